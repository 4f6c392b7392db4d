/** The page's only server: GraphQL at /graphql (same origin) and the export downloads. */

export interface GraphqlError {
  message: string;
  extensions?: { code?: string };
}

export class ApiError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string | null): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ApiError('NETWORK', (error as Error).message);
  }
  let body: { data?: T | null; errors?: GraphqlError[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError('NETWORK', `HTTP ${response.status}`);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.message);
  if (!body.data) throw new ApiError('INTERNAL_SERVER_ERROR', `HTTP ${response.status}`);
  return body.data;
}

/** GETs an export with the access token and saves it under `fileName`. */
export async function download(path: string, params: Record<string, string>, token: string, fileName: string): Promise<void> {
  const query = new URLSearchParams(params).toString();
  const response = await fetch(`${path}${query ? `?${query}` : ''}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) {
    const body = await response.json().catch(() => null) as { code?: string; message?: string } | null;
    throw new ApiError(body?.code ?? (response.status === 401 ? 'UNAUTHENTICATED' : `HTTP_${response.status}`), body?.message ?? `HTTP ${response.status}`);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
