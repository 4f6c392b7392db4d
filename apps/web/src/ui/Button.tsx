import type { ComponentChildren } from 'preact';

type Variant = 'primary' | 'secondary' | 'danger' | 'link';

export interface ButtonProps {
  onClick?: (event: MouseEvent) => void;
  'data-testid'?: string;
  'aria-label'?: string;
  variant?: Variant;
  /** Shows the busy text and blocks a second click while a request runs. */
  busy?: boolean;
  busyText?: string;
  type?: 'button' | 'submit';
  disabled?: boolean;
  wide?: boolean;
  children: ComponentChildren;
}

/** A button at least 44 px tall (touch target), primary by default. */
export function Button({ variant = 'primary', busy, busyText, type = 'button', disabled, wide, children, ...rest }: ButtonProps) {
  return (
    <button {...rest} type={type} class={`btn btn-${variant}${wide ? ' btn-wide' : ''}`} disabled={disabled || busy} aria-busy={busy ? 'true' : undefined}>
      {busy && busyText ? busyText : children}
    </button>
  );
}

/** An app link styled as a button. */
export function LinkButton({ href, variant = 'secondary', children }: { href: string; variant?: Variant; children: ComponentChildren }) {
  return <a href={href} class={`btn btn-${variant}`}>{children}</a>;
}
