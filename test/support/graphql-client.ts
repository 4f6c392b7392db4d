import { randomInt } from 'node:crypto';

export interface GraphqlError {
  message: string;
  path?: string[];
  extensions?: { code?: string; reason?: string; issues?: { field: string; value?: unknown; message: string }[]; [k: string]: unknown };
}

export interface GraphqlResponse<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: GraphqlError[];
}

/** A fresh fake client address, so rate limits of one test never touch another (TRUST_PROXY_HOPS=1: the test is its own proxy). */
export const randomClientIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

/**
 * A caller of the API over real HTTP. Each client has its own address; `as(token)` gives the same
 * client signed in.
 */
export class GraphqlClient {
  constructor(
    readonly url: string,
    readonly token: string | null = null,
    readonly clientIp: string = randomClientIp(),
  ) {}

  as(token: string | null): GraphqlClient {
    return new GraphqlClient(this.url, token, this.clientIp);
  }

  async request<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResponse<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': this.clientIp,
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T | null; errors?: GraphqlError[] };
    return { status: response.status, data: body.data ?? null, errors: body.errors };
  }

  /** Fails the test with the server's errors when the operation did not succeed. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors ?? result)}`);
    }
    return result.data;
  }

  /** The error code of the first error, or null when the operation succeeded. */
  async code(query: string, variables: Record<string, unknown> = {}): Promise<string | null> {
    const result = await this.request(query, variables);
    return result.errors?.[0]?.extensions?.code ?? null;
  }
}
