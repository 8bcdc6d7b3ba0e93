import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '@app/config';

/**
 * Structured logs with request ids and no personal data: no headers, no bodies, and URLs without their query
 * string (searches may carry a citizen's phone number).
 */
export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      redact: { paths: ['req.headers', 'password', 'refreshToken', 'accessToken', '*.password', '*.citizenPhone', '*.citizenName'], remove: true },
      autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/health' },
      transport: config.env === 'development' && process.stdout.isTTY ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
    },
    // Route logs through Nest's context-aware logger too.
    forRoutes: ['*path'],
  };
}
