import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { ValidationPipe, type INestApplication, type NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express';
import type { Express } from 'express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import helmet from 'helmet';
import { RejectUnstorableInputPipe } from './common/reject-unstorable-input.pipe.js';
import { rememberValidationRules } from './common/remembered-validation-rules.js';
import { APP_CONFIG, type AppConfig } from './config/config.js';
import { requireJsonBody } from './common/require-json-body.js';
import { VALIDATION_OPTIONS } from './common/validation.js';

/**
 * Nest's Express adapter, except that Node builds each request and response on Express's own prototypes.
 * Express gives every request and response a new prototype as it starts handling them (`Object.setPrototypeOf` in
 * its `app.handle`). Measured on Node 20 at a steady 190 requests a second, that made 6–12 % of every request's
 * bytes outlive V8's young-generation collections (29 % of a bare Express app's, against 0.1 % here), so the old
 * generation filled: a full collection every 6–7 s at the intake's peak, one or two in 15 s at half of it. Born with
 * those prototypes, the objects keep them and Express's setPrototypeOf changes nothing. (docs/benchmarks.md, tenth
 * session)
 */
export class PrototypedExpressAdapter extends ExpressAdapter {
  override initHttpServer(options: NestApplicationOptions): void {
    // Options Breach Desk does not use keep Nest's own server.
    if (options.httpsOptions || options.forceCloseConnections) {
      super.initHttpServer(options);
      return;
    }
    const express = this.getInstance<Express>();
    this.httpServer = createServer(
      { IncomingMessage: bornOn(IncomingMessage, express.request), ServerResponse: bornOn(ServerResponse, express.response) },
      express,
    );
  }
}

/** A constructor that runs `base` (a function-style Node constructor) on an object whose prototype is `prototype`. */
function bornOn<T extends object>(base: T, prototype: object): T {
  function Born(this: object, ...args: unknown[]): void {
    Reflect.apply(base as (...args: unknown[]) => void, this, args);
  }
  Born.prototype = prototype;
  return Born as unknown as T;
}

/** Everything on top of the module graph: validation, security headers, docs. main.ts and the tests share it. */
export function configureApp(app: INestApplication): void {
  // X-Forwarded-For names the client only when it comes from a configured proxy (TRUST_PROXY); otherwise
  // anyone could pick their own address and slip past the rate limit and the lockout.
  (app as NestExpressApplication).set('trust proxy', app.get<AppConfig>(APP_CONFIG).trustProxy);
  app.use(helmet({ contentSecurityPolicy: false }));
  app.use('/api', requireJsonBody);
  rememberValidationRules();
  app.useGlobalPipes(new RejectUnstorableInputPipe(), new ValidationPipe(VALIDATION_OPTIONS));
  SwaggerModule.setup('docs', app, openApiDocument(app), { jsonDocumentUrl: 'docs-json' });
}

/** The document /docs-json serves; the typed client (client/) is generated from it. */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Breach Desk')
      .setDescription('GDPR personal-data-breach response: intake, explainable risk, legal clocks, notices, escalation')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
}
