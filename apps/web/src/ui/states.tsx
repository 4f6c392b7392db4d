import type { ComponentChildren } from 'preact';
import { useTexts } from '../i18n/lang';
import { commonTexts } from '../i18n/common';
import { ApiError } from '../lib/graphql';
import { Button } from './Button';

export function LoadingState({ text }: { text?: string }) {
  const t = useTexts(commonTexts);
  return <p class="state state-loading" role="status" aria-live="polite">{text ?? t.loading}</p>;
}

export function EmptyState({ text, children }: { text?: string; children?: ComponentChildren }) {
  const t = useTexts(commonTexts);
  return (
    <div class="state state-empty" data-testid="empty-state">
      <p>{text ?? t.empty}</p>
      {children}
    </div>
  );
}

/** A failed load: the server's message (or "cannot be reached") and a retry button. */
export function ErrorState({ error, onRetry }: { error?: unknown; onRetry?: () => void }) {
  const t = useTexts(commonTexts);
  const message = error instanceof ApiError && error.code !== 'NETWORK' ? error.message : error ? t.networkError : t.loadFailed;
  return (
    <div class="state state-error" role="alert" data-testid="error-state">
      <p>{message}</p>
      {onRetry && <Button variant="secondary" onClick={onRetry}>{t.retry}</Button>}
    </div>
  );
}
