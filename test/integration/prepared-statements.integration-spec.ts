// The intake's statement is sent as a named prepared statement (parsed and planned once per connection): it must answer
// what a plain query answers, keep PostgreSQL's error codes (the settings guard is recognised by its code), and pass
// through the data source's logger like every statement TypeORM sends.
import { bindStatement, queryPrepared } from '../../src/database/sql-fragment';
import { startIntegration, type Integration } from '../support/integration';

describe('prepared statements on PostgreSQL', () => {
  let app: Integration;

  beforeAll(async () => {
    app = await startIntegration();
  });
  afterAll(() => app.close());

  const doubled = (value: number) => bindStatement((bind) => `SELECT ${bind(value)}::int * 2 AS doubled`);

  it('prepares a statement once per connection, by its text, and binds new values each time', async () => {
    await app.dataSource.transaction(async (manager) => {
      expect(await queryPrepared(manager, doubled(21))).toEqual([{ doubled: 42 }]);
      expect(await queryPrepared(manager, doubled(5))).toEqual([{ doubled: 10 }]);
      const prepared: { statement: string }[] = await manager.query(
        `SELECT statement FROM pg_prepared_statements WHERE name LIKE 'prepared\\_%'`,
      );
      expect(prepared.map((p) => p.statement)).toEqual([doubled(0).text]);
    });
  });

  it('answers outside a transaction from the pool, and keeps the error code PostgreSQL gave', async () => {
    expect(await queryPrepared(app.dataSource.manager, doubled(4))).toEqual([{ doubled: 8 }]);
    const failing = bindStatement((bind) => `SELECT 1 / ${bind(0)}::int AS never`);
    await expect(queryPrepared(app.dataSource.manager, failing)).rejects.toMatchObject({ code: '22012' });
  });

  it('passes the statement and its values through the data source logger, its failure too', async () => {
    const logged = jest.spyOn(app.dataSource.logger, 'logQuery');
    const failed = jest.spyOn(app.dataSource.logger, 'logQueryError');
    try {
      await queryPrepared(app.dataSource.manager, doubled(3));
      expect(logged).toHaveBeenCalledWith(doubled(3).text, [3]);
      const malformed = bindStatement((bind) => `SELECT ${bind('x')}::int`);
      await expect(queryPrepared(app.dataSource.manager, malformed)).rejects.toThrow();
      expect(failed).toHaveBeenCalledWith(expect.objectContaining({ code: '22P02' }), 'SELECT $1::int', ['x']);
    } finally {
      logged.mockRestore();
      failed.mockRestore();
    }
  });
});
