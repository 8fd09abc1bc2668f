import type { DataSource } from 'typeorm';

// Any constant will do; it only has to be the same for every instance of the service.
const MIGRATION_LOCK = 7_331_001;

/** Several instances may start at once on one database: only one migrates, the others wait for it. */
export async function runMigrationsExclusively(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
