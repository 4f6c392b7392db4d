import { IncomingMessage } from 'node:http';
import { Duplex } from 'node:stream';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { CloseCode, Context, Disposable, MessageType, stringifyMessage } from 'graphql-ws';
import { Extra, useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { RequestContext, RequestLanguage } from '@jalin/authz';
import { AppConfig } from '@jalin/config';
import { GraphqlErrorCode } from '@jalin/errors';
import { logServerErrors } from './error-log.plugin';
import { formatClientError, inRequestLanguage } from './format-error';
import { GRAPHQL_LIMITS, GraphqlLimits } from './graphql-limits';
import { RequestContextFactory, SocketCredentials } from './request-context.factory';
import { MAX_REQUEST_BYTES } from './request-size';
import { CompiledExecutor } from './compiled-executor';
import { codeExecutionErrors, prepareSocketOperation } from './socket-operation';

/** What a connection keeps from connection_init: its credentials, verified again per operation. */
type SocketExtra = { credentials?: SocketCredentials };
type SocketContext = Context<Record<string, unknown>, Extra & SocketExtra>;

/** The HTTP endpoint's path: graphql-ws shares it. */
const GRAPHQL_WS_PATH = '/graphql';

const format = (errors: readonly GraphQLError[], lang: RequestLanguage | undefined) =>
  errors.map((error) => inRequestLanguage(formatClientError(error.toJSON(), error), lang));

/**
 * graphql-ws at /graphql, owned here rather than by Nest's Apollo driver so that it gets what HTTP
 * gets: messages up to MAX_REQUEST_BYTES (larger ones close the socket with 1009), the same parse
 * options and validation rules (GRAPHQL_LIMITS), the same compiled executor, the same error
 * formatting and logging.
 *
 * Identity: connection_init must carry a valid access token (else 4403, as before). Every operation
 * verifies it again and gets a fresh context (its own loaders); every GRAPHQL_WS_TOKEN_CHECK_MS a
 * connection with live operations verifies it too. A token that expired or was revoked closes the
 * socket with 4401 Unauthorized (an operation refused that way first gets an UNAUTHENTICATED
 * error): the client refreshes its session and connects again.
 */
@Injectable()
export class GraphqlWebSocketServer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(GraphqlWebSocketServer.name);
  private readonly connections = new Set<SocketContext>();
  private server?: Disposable;
  private checkTimer?: NodeJS.Timeout;
  private checking = false;

  constructor(
    private readonly config: AppConfig,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly adapterHost: HttpAdapterHost,
    private readonly contexts: RequestContextFactory,
    @Inject(GRAPHQL_LIMITS) private readonly limits: GraphqlLimits,
    private readonly executor: CompiledExecutor,
  ) {}

  onApplicationBootstrap(): void {
    const httpServer = this.adapterHost.httpAdapter?.getHttpServer();
    if (!httpServer) return;
    this.executor.useSchema(this.schemaHost.schema);
    const wss = new WebSocketServer({ noServer: true, path: GRAPHQL_WS_PATH, maxPayload: MAX_REQUEST_BYTES });
    this.server = useServer<Record<string, unknown>, SocketExtra>({
      // Queries and mutations run compiled, as on HTTP; subscriptions go to graphql-js's subscribe.
      execute: (args) => this.executor.execute(args),
      onConnect: (ctx) => this.connect(ctx),
      onSubscribe: (ctx, id, payload) => this.subscribe(ctx, id, payload),
      onNext: (_ctx, _id, _payload, args, result) => {
        // A subscription runs each event with the same context: loaders must not outlive the event.
        (args.contextValue as RequestContext).loaders.clear();
        if (!result.errors) return undefined;
        const errors = codeExecutionErrors(result.errors);
        logServerErrors(errors, { requestId: (args.contextValue as RequestContext).requestId, operationName: args.operationName });
        return { ...result, errors: format(errors, (args.contextValue as RequestContext).lang) };
      },
      onError: (ctx, _id, payload, errors) => {
        logServerErrors(errors, { requestId: ctx.extra.credentials?.requestId, operationName: payload.operationName });
        return format(errors, ctx.extra.credentials?.lang);
      },
      onClose: (ctx) => {
        this.connections.delete(ctx);
      },
    }, wss);
    httpServer.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      // ws answers 400 to any other path.
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    });
    this.checkTimer = setInterval(() => void this.checkLiveConnections(), this.config.GRAPHQL_WS_TOKEN_CHECK_MS);
    this.checkTimer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.checkTimer);
    await this.server?.dispose();
  }

  private async connect(ctx: SocketContext): Promise<boolean> {
    const credentials = this.contexts.socketCredentials(ctx.connectionParams, ctx.extra.request);
    if (!(await this.contexts.fromSocket(credentials)).user) return false; // refused at connection_init: 4403 Forbidden
    ctx.extra.credentials = credentials;
    this.connections.add(ctx);
    return true;
  }

  private async subscribe(ctx: SocketContext, id: string, payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null }) {
    const contextValue = await this.contexts.fromSocket(ctx.extra.credentials!);
    if (!contextValue.user) return this.refuseAndClose(ctx, id, contextValue.authError ?? 'Sign in again');
    const schema = this.schemaHost.schema;
    const document = prepareSocketOperation(schema, payload, this.limits);
    if (Array.isArray(document)) return document;
    return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
  }

  /** Sends the operation its UNAUTHENTICATED error, then closes; graphql-ws's own send is then a no-op. */
  private refuseAndClose(ctx: SocketContext, id: string, reason: string): GraphQLError[] {
    const refusal = new GraphQLError(reason, { extensions: { code: GraphqlErrorCode.UNAUTHENTICATED } });
    ctx.extra.socket.send(stringifyMessage({ id, type: MessageType.Error, payload: format([refusal], ctx.extra.credentials?.lang) }));
    this.close(ctx, reason);
    return [refusal];
  }

  private close(ctx: SocketContext, reason: string): void {
    this.connections.delete(ctx);
    ctx.extra.socket.close(CloseCode.Unauthorized, reason);
  }

  private async checkLiveConnections(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      const live = [...this.connections].filter((ctx) => Object.keys(ctx.subscriptions).length > 0);
      await Promise.all(live.map(async (ctx) => {
        const { user, authError } = await this.contexts.fromSocket(ctx.extra.credentials!);
        if (!user) this.close(ctx, authError ?? 'Sign in again');
      })).catch((err: unknown) => this.logger.warn({ err }, 'graphql-ws token check failed; trying again at the next tick'));
    } finally {
      this.checking = false;
    }
  }
}
