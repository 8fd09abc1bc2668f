// The integration tier: the application's services and repositories on a real, migrated PostgreSQL of
// their own, called directly, with no HTTP in between.
import type { Type } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { FakeTimeSource } from './fake-time';
import { compileTestModule, type TestAppOptions } from './test-app';

export interface Integration {
  /** The application's instance of a provider (a service, a repository). */
  get<T>(type: Type<T>): T;
  time: FakeTimeSource;
  dataSource: DataSource;
  databaseUrl: string;
  close: () => Promise<void>;
}

export async function startIntegration(options: TestAppOptions = {}): Promise<Integration> {
  const { moduleRef, time, database } = await compileTestModule(options);
  moduleRef.useLogger(false);
  await moduleRef.init();
  return {
    get: (type) => moduleRef.get(type),
    time,
    dataSource: moduleRef.get(DataSource),
    databaseUrl: database.url,
    close: async () => {
      await moduleRef.close();
      await database.drop();
    },
  };
}
