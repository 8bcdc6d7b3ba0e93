import { NestFactory } from '@nestjs/core';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@app/config';
import { AllExceptionsFilter, RejectNulBytesPipe } from '@app/errors';
import { RedisIoAdapter } from '@app/realtime';
import { ApiModule, type ApiModuleOptions } from './api.module.js';
import { requestContextMiddleware } from './request-context.middleware.js';
import { securityHeaders } from './security-headers.js';
import { findWebDir, serveWeb } from './serve-web.js';

/** Builds the api application (used by main.ts and by the end-to-end tests, so both run the same wiring). */
export async function createApiApp(config: AppConfig, options: ApiModuleOptions): Promise<NestExpressApplication> {
  // The adapter is passed, not left to Nest's dynamic import, and a failed start throws instead of Nest's
  // process.exit(1): the caller (main.ts, a test) reports why, and a test run goes on with its other files.
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config, options), new ExpressAdapter(), {
    abortOnError: false,
    bufferLogs: true,
    bodyParser: true,
    // The signed intake API verifies its HMAC over the exact bytes received (req.rawBody).
    rawBody: true,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: '2mb' });
  app.use(securityHeaders);
  app.use(requestContextMiddleware);
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new AllExceptionsFilter());
  // PostgreSQL cannot store U+0000: refuse it in every body, query and path parameter before any handler runs.
  app.useGlobalPipes(new RejectNulBytesPipe());
  app.enableShutdownHooks();
  app.useWebSocketAdapter(config.redis.url ? new RedisIoAdapter(app, config.redis.url, config.queue.prefix) : new IoAdapter(app));

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Hotline Desk 接诉即办工单台 API')
      .setDescription('12345 市民热线街道工单台：排班、接单、派单、退单、初审、统计、报表。错误格式：{ code, message, details }。')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  const webDir = findWebDir();
  if (webDir) serveWeb(app, webDir);
  return app;
}
