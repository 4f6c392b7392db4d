import { IncomingMessage, ServerResponse } from 'node:http';
import { Injectable } from '@nestjs/common';
import { RequestContext, RequestLanguage } from '@jalin/authz';
import { AppConfig } from '@jalin/config';
import { AccessTokenService } from '@jalin/identity';
import { requestIdOf } from '@jalin/observability';
import { clientAddress } from '../http/client-address';
import { httpSessionCookie } from './http-session-cookie';
import { requestLanguageOf } from './request-language';

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]+)$/;

/** A graphql-ws connection's credentials, kept so that each operation verifies them again. */
export interface SocketCredentials {
  authorization: string | undefined;
  clientIp: string;
  requestId: string;
  lang: RequestLanguage;
}

/** Builds the context of one request or one socket operation: the verified caller, the client, loaders. */
@Injectable()
export class RequestContextFactory {
  constructor(
    private readonly accessTokens: AccessTokenService,
    private readonly config: AppConfig,
  ) {}

  /** With the response (GraphQL over HTTP) the context also carries the refresh-token cookie. */
  async fromHttp(req: IncomingMessage, res?: ServerResponse): Promise<RequestContext> {
    const context = await this.build(req.headers.authorization, clientAddress(req, this.config.trustedProxyHops), requestIdOf(req), requestLanguageOf(req.headers['accept-language']));
    if (res) context.sessionCookie = httpSessionCookie(req, res, this.config.REFRESH_TOKEN_TTL_DAYS * 86_400);
    return context;
  }

  /**
   * graphql-ws: the token arrives in connection_init's payload, and the language as its
   * `accept-language` (else the upgrade request's header, which browsers send by themselves).
   */
  socketCredentials(params: Record<string, unknown> | undefined, req: IncomingMessage): SocketCredentials {
    const header = params?.authorization ?? params?.Authorization;
    const lang = requestLanguageOf(params?.['accept-language'] ?? params?.['Accept-Language'] ?? req.headers['accept-language']);
    return { authorization: typeof header === 'string' ? header : undefined, clientIp: clientAddress(req, this.config.trustedProxyHops), requestId: requestIdOf(req), lang };
  }

  /**
   * A fresh context per socket operation: the token verified again (expired or revoked since
   * connection_init means no user) and loaders of its own, so nothing is cached across operations.
   */
  fromSocket(credentials: SocketCredentials): Promise<RequestContext> {
    return this.build(credentials.authorization, credentials.clientIp, credentials.requestId, credentials.lang);
  }

  private async build(authorization: string | undefined, clientIp: string, requestId: string, lang: RequestLanguage): Promise<RequestContext> {
    const context: RequestContext = { user: null, authError: null, clientIp, requestId, lang, loaders: new Map() };
    if (!authorization) return context;
    const match = BEARER.exec(authorization);
    if (!match) return { ...context, authError: 'Authorization header must be "Bearer <accessToken>"' };
    const check = await this.accessTokens.verify(match[1]);
    return { ...context, user: check.user, authError: check.error };
  }
}
