import { ScreenTitle } from './Card';

/** A screen still to be built: says what will come, so deep links already resolve. */
export function Placeholder({ title, body, testId }: { title: string; body: string; testId: string }) {
  return (
    <div data-testid={testId}>
      <ScreenTitle title={title} />
      <p class="card">{body}</p>
    </div>
  );
}
