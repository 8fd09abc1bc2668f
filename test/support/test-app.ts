import type { INestApplication } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp, PrototypedExpressAdapter } from '../../src/bootstrap';
import { TimeSource } from '../../src/common/time-source';
import { loadConfig, type AppConfig } from '../../src/config/config';
import { FakeTimeSource } from './fake-time';
import { createTestDatabase, type TestDatabase } from './test-database';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
export const TEST_DATA_DIR = join(tmpdir(), 'breach-desk-test-data');

export interface TestApp {
  app: INestApplication;
  http: Server;
  time: FakeTimeSource;
  config: AppConfig;
  dataSource: DataSource;
  databaseUrl: string;
  /** supertest with the admin token. */
  api: (token?: string) => AuthedAgent;
  /** Stops the app; with `keepDatabase` the database survives for a restart on the same URL. */
  close: (options?: { keepDatabase?: boolean }) => Promise<void>;
}

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
export type AuthedAgent = Record<Method, (path: string) => request.Test>;

export interface TestAppOptions {
  env?: Record<string, string>;
  time?: FakeTimeSource;
  databaseUrl?: string;
}

/** The application's modules, compiled and not yet started, on a real database of its own; shared with the integration tier. */
export async function compileTestModule(
  options: TestAppOptions = {},
): Promise<{ moduleRef: TestingModule; config: AppConfig; time: FakeTimeSource; database: TestDatabase }> {
  const database = options.databaseUrl ? { url: options.databaseUrl, drop: async () => undefined } : await createTestDatabase();
  const config = loadConfig({
    ADMIN_TOKEN,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000',
    SCHEDULER: 'off',
    // the audit signing key and each database's checkpoint file (named after the database) live here
    DATA_DIR: TEST_DATA_DIR,
    ...options.env,
    DATABASE_URL: database.url,
  });
  const time = options.time ?? new FakeTimeSource();
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config, database.url)] })
    .overrideProvider(TimeSource)
    .useValue(time)
    .compile();
  return { moduleRef, config, time, database };
}

/** The real application on a real database of its own, with time under the test's control. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const { moduleRef, config, time, database } = await compileTestModule(options);
  const app = moduleRef.createNestApplication(new PrototypedExpressAdapter(), { logger: false, rawBody: true });
  configureApp(app);
  await app.init();
  const http = app.getHttpServer() as Server;
  const api = (token = ADMIN_TOKEN): AuthedAgent => {
    const agent = request(http);
    const withToken = (method: Method) => (path: string) => agent[method](path).set('Authorization', `Bearer ${token}`);
    return {
      get: withToken('get'),
      post: withToken('post'),
      patch: withToken('patch'),
      put: withToken('put'),
      delete: withToken('delete'),
    };
  };
  return {
    app,
    http,
    time,
    config,
    dataSource: app.get(DataSource),
    databaseUrl: database.url,
    api,
    close: async ({ keepDatabase = false } = {}) => {
      await app.close();
      if (!keepDatabase) await database.drop();
    },
  };
}
