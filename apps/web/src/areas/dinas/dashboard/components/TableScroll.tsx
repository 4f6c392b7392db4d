import type { ComponentChildren } from 'preact';

/**
 * A wide table scrolls inside its panel on a 360 px phone instead of pushing the whole page
 * sideways; the region is focusable so keyboard users can scroll it too (WCAG 2.1.1).
 */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ComponentChildren }) {
  return <div class="table-scroll" role="region" tabIndex={0} aria-labelledby={labelledBy}>{children}</div>;
}
