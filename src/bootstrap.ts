import { ValidationPipe, type INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import helmet from 'helmet';
import { RejectUnstorableInputPipe } from './common/reject-unstorable-input.pipe.js';
import { APP_CONFIG, type AppConfig } from './config/config.js';
import { requireJsonBody } from './common/require-json-body.js';
import { VALIDATION_OPTIONS } from './common/validation.js';

/** Everything on top of the module graph: validation, security headers, docs. main.ts and the tests share it. */
export function configureApp(app: INestApplication): void {
  // X-Forwarded-For names the client only when it comes from a configured proxy (TRUST_PROXY); otherwise
  // anyone could pick their own address and slip past the rate limit and the lockout.
  (app as NestExpressApplication).set('trust proxy', app.get<AppConfig>(APP_CONFIG).trustProxy);
  app.use(helmet({ contentSecurityPolicy: false }));
  app.use('/api', requireJsonBody);
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
