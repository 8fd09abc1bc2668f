// node client/out/client/openapi-document.js <file>: writes the service's OpenAPI document without a database.
// The Nest application is built in preview mode (routes and decorators read, no provider started, nothing
// connects); the test in test/e2e/openapi-client.e2e-spec.ts checks the types made from it match /docs-json.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { writeFile } from 'node:fs/promises';
import { AppModule } from '../src/app.module.js';
import { openApiDocument } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/config.js';

async function main(target: string | undefined): Promise<void> {
  if (!target) throw new Error('usage: node client/out/client/openapi-document.js <file>');
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const app = await NestFactory.create(AppModule.forRoot(config, 'postgres://preview.invalid/never-connected'), {
    preview: true,
    logger: false,
  });
  await writeFile(target, JSON.stringify(openApiDocument(app), null, 2));
  await app.close();
}

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
