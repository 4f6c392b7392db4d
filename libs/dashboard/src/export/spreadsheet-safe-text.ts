/**
 * OWASP CSV injection: a spreadsheet program runs a cell that starts with = + - @ (or a tab or
 * carriage return before one) as a formula. Every text cell of every CSV export goes through
 * here, so a buyer named `=HYPERLINK(...)` shows as text. Numbers the exporter writes stay
 * numbers (they are JS numbers, not strings, and amounts are never negative).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function spreadsheetSafeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
