// The built service (dist/main.js) as a child process, the way an operator runs it.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Compiled to bench/out/bench/support/: four levels below the repository.
export const REPO_ROOT = resolve(__dirname, '..', '..', '..', '..');
const MAIN = join(REPO_ROOT, 'dist', 'main.js');
export const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef';
// The name src/database/embedded-postgres.ts gives the service's database.
const EMBEDDED_DATABASE_NAME = 'breach_desk';
const APP_VARIABLES = [
  'PORT',
  'DATABASE_URL',
  'DATA_DIR',
  'ADMIN_TOKEN',
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_API_URL',
  'SLACK_CHANNEL',
  'TZ_DISPLAY',
  'RATE_LIMIT_PER_MINUTE',
  'LOG_LEVEL',
  'SCHEDULER',
  'MIGRATION_DATABASE_URL',
  'AUDIT_SIGNING_KEY',
  'AUDIT_CHECKPOINT_MINUTES',
  'PDF_CONCURRENCY',
  'PDF_QUEUE',
  'PDF_TIME_BUDGET_MS',
  'PDF_MEMORY_BUDGET_MB',
];
const READY_POLL_MS = 20;

export interface ServiceOptions {
  port: number;
  /** The embedded PostgreSQL's home when `databaseUrl` is not given. */
  dataDir?: string;
  databaseUrl?: string;
  /** A fake Slack's SLACK_API_URL; without it Slack is off. */
  slackApiUrl?: string;
  /** With slackApiUrl: Slack's signed requests are taken, signed with this secret. */
  slackSigningSecret?: string;
  /** Off: alerts are planned but not dispatched, so that the only rows written are those requests write. */
  scheduler?: boolean;
  /** Another build's entry (e.g. a baseline's dist/main.js) instead of this repository's dist/main.js. */
  main?: string;
}

export const SLACK_CHANNEL = 'C0BENCH';

export class Service {
  readonly baseUrl: string;
  private log = '';
  private readonly exited: Promise<number | null>;

  private constructor(
    private readonly child: ChildProcess,
    port: number,
    private readonly spawnedAt: number,
  ) {
    this.baseUrl = `http://127.0.0.1:${port}`;
    child.stdout!.on('data', (chunk: Buffer) => (this.log += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (this.log += chunk.toString()));
    this.exited = new Promise((done) => child.once('exit', (code) => done(code)));
  }

  static start(options: ServiceOptions): Service {
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !APP_VARIABLES.includes(name)));
    const env: Record<string, string | undefined> = {
      ...inherited,
      PORT: String(options.port),
      ADMIN_TOKEN,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '1000000',
      SCHEDULER: options.scheduler === false ? 'off' : 'on',
      ...(options.dataDir ? { DATA_DIR: options.dataDir } : {}),
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      ...(options.slackApiUrl ? { SLACK_API_URL: options.slackApiUrl, SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_CHANNEL } : {}),
      ...(options.slackSigningSecret ? { SLACK_SIGNING_SECRET: options.slackSigningSecret } : {}),
    };
    const spawnedAt = performance.now();
    const child = spawn(process.execPath, [options.main ?? MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    return new Service(child, options.port, spawnedAt);
  }

  get pid(): number {
    return this.child.pid!;
  }

  output(): string {
    return this.log;
  }

  /** Milliseconds from spawn to the first 200 from /health/ready. */
  async untilReady(timeoutMs = 60_000): Promise<number> {
    const deadline = this.spawnedAt + timeoutMs;
    while (performance.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`the service exited before it was ready:\n${this.log}`);
      const ready = await fetch(`${this.baseUrl}/health/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) return performance.now() - this.spawnedAt;
      await sleep(READY_POLL_MS);
    }
    throw new Error(`the service was not ready within ${timeoutMs} ms:\n${this.log}`);
  }

  /** Resident memory of the Node process alone (its embedded PostgreSQL runs in processes of its own). */
  async rssMegabytes(): Promise<number> {
    const status = await readFile(`/proc/${this.pid}/status`, 'utf8');
    const kilobytes = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1]);
    return kilobytes / 1024;
  }

  /** Clears the RSS high-water mark (its worker threads included) by writing 5 to clear_refs (Linux). */
  async resetPeakRss(): Promise<void> {
    await writeFile(`/proc/${this.pid}/clear_refs`, '5');
  }

  /** The RSS high-water mark (VmHWM) since the start or the last resetPeakRss. */
  async peakRssMegabytes(): Promise<number> {
    const status = await readFile(`/proc/${this.pid}/status`, 'utf8');
    return Number(/^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1]) / 1024;
  }

  async kill(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM: the service closes its pool and its embedded PostgreSQL, then exits. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    this.child.kill('SIGTERM');
    return this.exited;
  }
}

/** The connection string of the embedded PostgreSQL a running service keeps in `dataDir`. */
export async function embeddedDatabaseUrl(dataDir: string): Promise<string> {
  const { password } = JSON.parse(await readFile(join(dataDir, 'embedded-postgres.json'), 'utf8')) as { password: string };
  // postmaster.pid, line 4: the port the server listens on
  const port = (await readFile(join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[3].trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${EMBEDDED_DATABASE_NAME}`;
}

export async function withTempDir<T>(prefix: string, work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no free port'))));
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/**
 * Has the kernel write out every dirty page now (sync), before a timed phase. Otherwise what an earlier phase wrote
 * (an intake peak, a load of 1 M incidents, which a cluster with fsync off leaves wholly in the page cache) is
 * written back 30 s later (vm.dirty_expire_centisecs), in the middle of the timed phase: every commit's WAL flush
 * waited 100–300 ms behind it (a raw INSERT's p99 was 124–216 ms with it and 5–7 ms without), and the CPU the
 * write-back takes slows reads. Timed phases measure a settled machine, not an earlier phase's aftermath.
 */
export function writeBackDirtyPages(): void {
  execFileSync('sync');
}
