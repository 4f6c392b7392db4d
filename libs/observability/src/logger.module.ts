import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { DynamicModule, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { Logger, LoggerModule, PinoLogger } from 'nestjs-pino';
import { pinoHttp } from 'pino-http';
import { AppConfig } from '@jalin/config';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Accepts a caller's x-request-id when it is sane (a load balancer's), else makes one. */
export function requestIdOf(req: IncomingMessage, res?: ServerResponse): string {
  const existing = (req as IncomingMessage & { id?: string }).id;
  if (existing) return existing;
  const header = req.headers['x-request-id'];
  const id = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
  res?.setHeader('x-request-id', id);
  return id;
}

/**
 * Structured JSON logs (pino): Nest's own logger writes through nestjs-pino's root logger, and each
 * HTTP request gets one access line (pino-http) with its request id.
 *
 * nestjs-pino's request-context middleware is deliberately not mounted (`forRoutes: []`): it keeps
 * the request's logger in an AsyncLocalStorage, and on Node 20 the first `run()` turns on promise
 * hooks for the whole process, which cost the API 12% of its CPU on promise-heavy GraphQL answers
 * (measured with bench:api's CPU profiles). Code that must name the request in a log line takes the
 * id from the GraphQL context instead (see the API's error-log plugin).
 */
@Module({})
export class ObservabilityModule implements NestModule {
  /** Injected so nestjs-pino has made its root logger before the access log is built on it. */
  constructor(readonly nestLogger: Logger) {}

  static forApp(app: 'api' | 'worker'): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            pinoHttp: { level: config.LOG_LEVEL, base: { app }, redact: ['req.headers.authorization', 'req.headers.cookie'] },
            forRoutes: [],
          }),
        }),
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(accessLogOf(PinoLogger.root)).forRoutes({ path: '{/*splat}', method: RequestMethod.ALL });
  }
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** What an access line says of a request: no headers, so no token or cookie can reach it. */
const requestFields = (req: { id: string; method: string; url: string; remoteAddress?: string; headers: Record<string, unknown> }) =>
  ({ id: req.id, method: req.method, url: req.url, remoteAddress: req.remoteAddress, userAgent: req.headers['user-agent'] });
const responseFields = (res: { statusCode: number }) => ({ statusCode: res.statusCode });

/**
 * One access line per request at `info` (pino-http), with the request's id, which the response
 * also carries in x-request-id. pino-http binds a child logger to every request whether or not its
 * line will be written, which cost a fifth of the cheapest answer's CPU: where `info` is not
 * logged, requests only get their id.
 */
function accessLogOf(root: typeof PinoLogger.root): Middleware {
  if (!root.isLevelEnabled('info')) {
    return (req, res, next) => {
      (req as IncomingMessage & { id?: string }).id = requestIdOf(req, res);
      next();
    };
  }
  return pinoHttp({
    logger: root,
    genReqId: requestIdOf,
    autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/health') },
    serializers: { req: requestFields, res: responseFields },
  });
}
