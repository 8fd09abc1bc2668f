// `npm run migration:generate` must propose nothing on a database the migrations built: the entities declare
// every check, index, unique key and foreign key TypeORM can express, under the names the migrations gave them.
import { DataSource } from 'typeorm';
import { typeormOptions } from '../../src/database/typeorm-options.js';
import { createTestDatabase } from '../support/test-database.js';

describe('migration:generate', () => {
  it('proposes no statement on a freshly migrated database', async () => {
    const database = await createTestDatabase();
    const dataSource = new DataSource(typeormOptions(database.url));
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      // What `typeorm migration:generate` writes: the schema builder's log of the up and down queries.
      const { upQueries, downQueries } = await dataSource.driver.createSchemaBuilder().log();
      const drafted = upQueries.map((q) => q.query);
      // toEqual([]) prints every drafted statement when it fails.
      expect(drafted).toEqual([]);
      expect(downQueries).toEqual([]);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
