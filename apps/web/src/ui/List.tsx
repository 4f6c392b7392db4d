import type { ComponentChildren } from 'preact';

/** A plain list of rows; each row a whole tappable link when `href` is given. */
export function List({ children, label, testId }: { children: ComponentChildren; label: string; testId?: string }) {
  return <ul class="list" aria-label={label} data-testid={testId}>{children}</ul>;
}

export interface ListItemProps {
  href?: string;
  title: string;
  meta?: ComponentChildren;
  children?: ComponentChildren;
  unread?: boolean;
  testId?: string;
}

export function ListItem({ href, title, meta, children, unread, testId }: ListItemProps) {
  const body = (
    <>
      <span class="list-title">{title}</span>
      {children && <span class="list-body">{children}</span>}
      {meta && <span class="list-meta">{meta}</span>}
    </>
  );
  return (
    <li class={`list-item${unread ? ' unread' : ''}`} data-testid={testId}>
      {href ? <a href={href} class="list-link">{body}</a> : <div class="list-link">{body}</div>}
    </li>
  );
}
