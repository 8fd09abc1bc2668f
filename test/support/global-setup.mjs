// One real PostgreSQL for the whole run: the service's own embedded-postgres launcher (built by `pretest`);
// each test file creates its own database in it, so files never see each other's rows.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

export default async function globalSetup() {
  if (process.env.TEST_DATABASE_ADMIN_URL) return; // an external server was given
  const require = createRequire(import.meta.url);
  let launcher;
  try {
    launcher = require('../../dist/database/embedded-postgres.js');
  } catch {
    throw new Error('dist/ is missing: run the tests with `npm test`, which builds first');
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'breach-desk-test-'));
  const database = await launcher.startEmbeddedPostgres({ dataDir, ephemeral: true, settings: { max_connections: '300' } });
  globalThis.__BREACH_DESK_PG__ = { database, dataDir };
  const adminUrl = new URL(database.url);
  adminUrl.pathname = '/postgres';
  process.env.TEST_DATABASE_ADMIN_URL = adminUrl.toString();
}
