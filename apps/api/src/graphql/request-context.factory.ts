import { IncomingMessage } from 'node:http';
import { Injectable } from '@nestjs/common';
import { RequestContext } from '@jalin/authz';
import { AccessTokenService } from '@jalin/identity';
import { requestIdOf } from '@jalin/observability';

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]+)$/;

/** Builds the per-request (or per-connection) context: the verified caller, the client, loaders. */
@Injectable()
export class RequestContextFactory {
  constructor(private readonly accessTokens: AccessTokenService) {}

  async fromHttp(req: IncomingMessage & { ip?: string }): Promise<RequestContext> {
    return this.build(req.headers.authorization, req.ip ?? req.socket.remoteAddress ?? 'unknown', requestIdOf(req));
  }

  /** graphql-ws: the token arrives in connection_init's payload. */
  async fromConnectionParams(params: Record<string, unknown> | undefined, req: IncomingMessage): Promise<RequestContext> {
    const header = params?.authorization ?? params?.Authorization;
    return this.build(typeof header === 'string' ? header : undefined, req.socket.remoteAddress ?? 'unknown', requestIdOf(req));
  }

  private async build(authorization: string | undefined, clientIp: string, requestId: string): Promise<RequestContext> {
    const context: RequestContext = { user: null, authError: null, clientIp, requestId, loaders: new Map() };
    if (!authorization) return context;
    const match = BEARER.exec(authorization);
    if (!match) return { ...context, authError: 'Authorization header must be "Bearer <accessToken>"' };
    const check = await this.accessTokens.verify(match[1]);
    return { ...context, user: check.user, authError: check.error };
  }
}
