import type { ComponentChildren } from 'preact';

export function Card({ title, children, testId }: { title?: string; children: ComponentChildren; testId?: string }) {
  return (
    <section class="card" data-testid={testId} aria-label={title}>
      {title && <h2 class="card-title">{title}</h2>}
      {children}
    </section>
  );
}

/** A screen's title and its optional actions, the first thing after the header. */
export function ScreenTitle({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="screen-title">
      <h1>{title}</h1>
      {children}
    </div>
  );
}
