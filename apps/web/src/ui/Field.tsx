import type { ComponentChildren } from 'preact';

export interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string;
  /** The server's message for this field (fieldErrors(error)[name]). */
  error?: string | null;
  children: ComponentChildren;
}

/** Label, input, hint and the error slot, tied together for screen readers. */
export function FieldFrame({ id, label, hint, error, children }: FieldFrameProps) {
  return (
    <div class={`field${error ? ' field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      {children}
      {hint && <p class="field-hint" id={`${id}-hint`}>{hint}</p>}
      {error && <p class="field-error" id={`${id}-error`} role="alert" data-testid={`${id}-error`}>{error}</p>}
    </div>
  );
}

/** aria-describedby for an input inside FieldFrame. */
export function describedBy(id: string, hint?: string, error?: string | null): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}
