import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { configureApp, PrototypedExpressAdapter } from './bootstrap.js';
import { JsonLogger } from './common/request-logging.js';
import { ConfigError, loadConfig } from './config/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Breach Desk cannot start: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = new JsonLogger(config.logLevel);
  let embedded: EmbeddedDatabase | null = null;
  if (!config.databaseUrl) {
    logger.log(`DATABASE_URL is not set: starting the embedded PostgreSQL in ${config.dataDir}`, 'database');
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir });
  }
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, config.databaseUrl ?? embedded!.url),
    new PrototypedExpressAdapter(),
    {
      logger,
      rawBody: true,
    },
  );
  configureApp(app);

  // Graceful shutdown: finish requests, close the pool, then stop the embedded server.
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    // The embedded-postgres package stops its server on these signals by itself (async-exit-hook), beside
    // this shutdown rather than after it: in-flight requests and the last audit checkpoint would lose their database.
    process.removeAllListeners(signal);
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.log(`${signal}: shutting down`, 'main');
      void app
        .close()
        .then(() => embedded?.stop())
        .then(
          () => process.exit(0),
          (error) => {
            logger.error(String(error), undefined, 'main');
            process.exit(1);
          },
        );
    });
  }
  await app.listen(config.port);
  logger.log(`Breach Desk listening on port ${config.port}; API docs at /docs`, 'main');
}

main().catch((error: unknown) => {
  process.stderr.write(`Breach Desk failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
