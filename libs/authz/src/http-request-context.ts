import { IncomingMessage } from 'node:http';
import { RequestContext } from './request-context';

/**
 * Builds the caller's context for a plain HTTP route (exports): the API provides it with the same
 * token checks as GraphQL. The guard stores the result on the request for the handler.
 */
export abstract class HttpRequestContextResolver {
  abstract fromHttp(req: IncomingMessage): Promise<RequestContext>;
}

/** Where the guard leaves the context of a plain HTTP request. */
export const HTTP_REQUEST_CONTEXT = Symbol('jalin:http-request-context');

export type RequestWithContext = IncomingMessage & { [HTTP_REQUEST_CONTEXT]?: RequestContext };
