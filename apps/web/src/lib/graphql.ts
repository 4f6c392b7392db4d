/** The app's only server: GraphQL at /graphql on the same origin, over fetch. */

export interface InputIssue {
  /** The argument path the API names, e.g. `input.password` or `email`. */
  field: string;
  /** The API's stable code of the issue (TOO_SHORT, REQUIRED, ...). */
  code?: string;
  /** Written by the API in the language the app asked for (Accept-Language). */
  message: string;
}

export interface GraphqlErrorBody {
  message: string;
  extensions?: { code?: string; issues?: InputIssue[] };
}

/** A refused call: `code` is the API's stable extensions.code, or NETWORK when no answer came. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly issues: readonly InputIssue[] = [],
  ) {
    super(message);
  }
}

/**
 * The header that asks the API for cookie sessions: the refresh token goes into an httpOnly
 * cookie and AuthPayload.refreshToken comes back empty, so page scripts never hold it.
 */
export const SESSION_MODE_HEADER = 'x-jalin-session';
export const SESSION_MODE_COOKIE = 'cookie';

/** One GraphQL request without any session handling (lib/session.ts adds the token and refresh). */
export async function request<T>(
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string | null; lang?: string } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        [SESSION_MODE_HEADER]: SESSION_MODE_COOKIE,
        ...(options.lang ? { 'accept-language': options.lang } : {}),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ApiError('NETWORK', (error as Error).message);
  }
  let body: { data?: T | null; errors?: GraphqlErrorBody[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError('NETWORK', `HTTP ${response.status}`);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.message, first.extensions?.issues ?? []);
  if (!body.data) throw new ApiError('INTERNAL_SERVER_ERROR', `HTTP ${response.status}`);
  return body.data;
}
