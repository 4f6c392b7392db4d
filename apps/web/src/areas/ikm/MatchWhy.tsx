import type { ScoreComponent } from './queries';

/** The engine's factors in plain words (the API writes each sentence in the reader's language). */
export function MatchWhy({ breakdown, title }: { breakdown: readonly ScoreComponent[]; title: string }) {
  return (
    <details class="match-why" data-testid="match-why">
      <summary>{title}</summary>
      <ul>
        {[...breakdown].sort((a, b) => b.weight * b.value - a.weight * a.value).map((part) => (
          <li key={part.factor} data-factor={part.factor}>{part.explanation}</li>
        ))}
      </ul>
    </details>
  );
}
