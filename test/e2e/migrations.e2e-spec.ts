// Schema only by migration: every migration can be undone, in reverse order, and applied again.
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../src/database/migrations/index.js';
import { typeormOptions } from '../../src/database/typeorm-options.js';
import { createTestDatabase } from '../support/test-database.js';

async function ourRelations(dataSource: DataSource): Promise<string[]> {
  const rows: { name: string }[] = await dataSource.query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v') AND c.relname <> 'migrations'
     UNION ALL
     SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     -- Functions of extensions (TypeORM installs uuid-ossp) are not the migrations' to remove.
     WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
     ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

describe('migrations', () => {
  it('undo one by one to an empty schema, and apply again to the same schema', async () => {
    const database = await createTestDatabase();
    const dataSource = new DataSource(typeormOptions(database.url));
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      const migrated = await ourRelations(dataSource);
      expect(migrated).toEqual(expect.arrayContaining(['incidents', 'audit_log', 'clocks', 'escalation_steps', 'notices', 'audit_append']));

      for (let undone = 0; undone < MIGRATIONS.length; undone++) await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await ourRelations(dataSource)).toEqual([]);

      await dataSource.runMigrations({ transaction: 'each' });
      expect(await ourRelations(dataSource)).toEqual(migrated);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
