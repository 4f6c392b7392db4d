import { DemoLogin } from '@jalin/demo-data';

/** The demo logins as a plain-text table (ASCII, so it survives any terminal and log file). */
export function formatLoginsTable(logins: readonly DemoLogin[], indent = '  '): string {
  const header = ['role', 'organization', 'e-mail', 'password'];
  const rows = logins.map((l) => [l.role, l.organization, l.email, l.password]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `${indent}| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const rule = `${indent}+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  return [rule, line(header), rule, ...rows.map(line), rule].join('\n');
}
