import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
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

/** Structured JSON logs (pino) with the request id on every line of a request. */
@Module({})
export class ObservabilityModule {
  static forApp(app: 'api' | 'worker'): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            pinoHttp: {
              level: config.LOG_LEVEL,
              base: { app },
              genReqId: requestIdOf,
              autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/health') },
              redact: ['req.headers.authorization', 'req.headers.cookie'],
              customProps: () => ({}),
            },
          }),
        }),
      ],
    };
  }
}
