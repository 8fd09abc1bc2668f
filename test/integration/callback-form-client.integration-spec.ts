// Every statement TypeORM sends goes through the pool's CallbackFormClient: its promise form must answer and fail
// exactly as pg's own, and its other forms (a callback, a submittable query) must reach pg untouched.
import type { Pool, PoolClient } from 'pg';
import { Query } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { CallbackFormClient } from '../../src/database/callback-form-client';
import { startIntegration, type Integration } from '../support/integration';

describe('the pool client on PostgreSQL', () => {
  let app: Integration;
  let client: PoolClient;

  beforeAll(async () => {
    app = await startIntegration();
  });
  beforeEach(async () => {
    client = await (app.dataSource.driver as PostgresDriver).master.connect();
  });
  afterEach(() => client.release());
  afterAll(() => app.close());

  it("is the data source's pool client", () => {
    expect(client).toBeInstanceOf(CallbackFormClient);
    expect(((app.dataSource.driver as PostgresDriver).master as Pool & { Client: unknown }).Client).toBe(CallbackFormClient);
  });

  it("answers TypeORM's statements with their rows, values bound", async () => {
    expect(await app.dataSource.query('SELECT $1::int * 2 AS doubled, $2::text AS word', [21, 'ok'])).toEqual([
      { doubled: 42, word: 'ok' },
    ]);
    const result = await client.query({ text: 'SELECT $1::int AS n', values: [7] });
    expect(result.rows).toEqual([{ n: 7 }]);
    expect(result.command).toBe('SELECT');
  });

  it("rejects with PostgreSQL's error and code, with a stack that leads back to the statement's sender", async () => {
    async function divideByZero(): Promise<unknown> {
      return await client.query('SELECT 1 / $1::int', [0]);
    }
    const failure = (await divideByZero().catch((error: unknown) => error)) as Error & { code: string };
    expect(failure).toBeInstanceOf(Error);
    expect(failure.code).toBe('22012');
    expect(failure.stack).toContain('divideByZero');
    // The connection is still usable after a failed statement.
    expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it("leaves pg's callback form as it is", async () => {
    const rows = await new Promise((resolve, reject) =>
      client.query('SELECT $1::int AS n', [3], (error, result) => (error ? reject(error) : resolve(result.rows))),
    );
    expect(rows).toEqual([{ n: 3 }]);
  });

  it('leaves a submittable query to pg: it answers the query itself, which emits its rows', async () => {
    const query = new Query('SELECT generate_series(1, 3) AS n');
    expect(client.query(query)).toBe(query);
    const rows: unknown[] = [];
    await new Promise<void>((resolve, reject) => {
      query.on('row', (row: unknown) => rows.push(row));
      query.on('end', () => resolve());
      query.on('error', reject);
    });
    expect(rows).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });
});
