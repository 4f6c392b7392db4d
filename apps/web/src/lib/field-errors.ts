import { ApiError } from './graphql';

/**
 * The server's BAD_USER_INPUT issues by field, for showing each message at its field:
 * `input.password` and `password` both become `password` (the last path segment), so a form
 * names its fields like the API's input. The API writes them in the page's language (the app
 * sends it as Accept-Language). Other errors give {}; show those with formError().
 */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || error.code !== 'BAD_USER_INPUT') return {};
  const byField: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.field.split('.').filter((part) => !/^\d+$/.test(part)).pop() ?? issue.field;
    byField[field] ??= issue.message;
  }
  return byField;
}

/**
 * The message for the top of a form: the server's own message, except that a BAD_USER_INPUT
 * whose issues all sit at fields shown by the form needs none.
 */
export function formError(error: unknown, shownFields: readonly string[], networkText: string): string | null {
  if (!error) return null;
  if (!(error instanceof ApiError)) return (error as Error).message ?? String(error);
  if (error.code === 'NETWORK') return networkText;
  const fields = fieldErrors(error);
  const keys = Object.keys(fields);
  if (keys.length > 0 && keys.every((key) => shownFields.includes(key))) return null;
  return error.message;
}
