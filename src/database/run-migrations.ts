import type { DataSource } from 'typeorm';
import { DatabaseLock } from './locks.js';

/** Several instances may start at once on one database: only one migrates, the others wait for it. */
export async function runMigrationsExclusively(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [DatabaseLock.Migrations]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [DatabaseLock.Migrations]).catch(() => undefined);
    await runner.release();
  }
}
