import { IncomingMessage } from 'node:http';
import { Injectable } from '@nestjs/common';
import { RequestContext } from '@jalin/authz';
import { AppConfig } from '@jalin/config';
import { AccessTokenService } from '@jalin/identity';
import { requestIdOf } from '@jalin/observability';
import { clientAddress } from '../http/client-address';

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]+)$/;

/** Builds the per-request (or per-connection) context: the verified caller, the client, loaders. */
@Injectable()
export class RequestContextFactory {
  constructor(private readonly accessTokens: AccessTokenService, private readonly config: AppConfig) {}

  async fromHttp(req: IncomingMessage): Promise<RequestContext> {
    return this.build(req.headers.authorization, clientAddress(req, this.config.trustedProxyHops), requestIdOf(req));
  }

  /** graphql-ws: the token arrives in connection_init's payload. */
  async fromConnectionParams(params: Record<string, unknown> | undefined, req: IncomingMessage): Promise<RequestContext> {
    const header = params?.authorization ?? params?.Authorization;
    return this.build(typeof header === 'string' ? header : undefined, clientAddress(req, this.config.trustedProxyHops), requestIdOf(req));
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
