// The built service as an operator runs it: no DATABASE_URL (embedded PostgreSQL), kill -9, restart.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { anIncident } from '../support/factories.js';

const MAIN = join(__dirname, '..', '..', 'dist', 'main.js');

interface Running {
  child: ChildProcess;
  /** stdout and stderr together, as an operator's terminal shows them. */
  output: () => string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function run(env: Record<string, string>): Running {
  const { DATABASE_URL: _ignored, ADMIN_TOKEN: _alsoIgnored, ...inherited } = process.env;
  const child = spawn(process.execPath, [MAIN], { env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => ((output += chunk), (stdout += chunk)));
  child.stderr!.on('data', (chunk) => ((output += chunk), (stderr += chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, stdout: () => stdout, stderr: () => stderr, exited };
}

/** The value once `probe` finds it, polling for up to 10 s; undefined if it never does. */
async function eventually<T>(probe: () => T | undefined): Promise<T | undefined> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    const found = probe();
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  return undefined;
}

async function untilReady(base: string, running: Running): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 200) {
    if (running.child.exitCode !== null) throw new Error(`service exited early:\n${running.output()}`);
    const ok = await request(base)
      .get('/health/ready')
      .then(
        (r) => r.status === 200,
        () => false,
      );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`service not ready in 60 s:\n${running.output()}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('the service process on its embedded PostgreSQL', () => {
  let dataDir: string;
  let current: Running | null = null;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'breach-desk-process-'));
    await chmod(dataDir, 0o755);
  });
  afterAll(async () => {
    current?.child.kill('SIGTERM');
    await current?.exited;
    await rm(dataDir, { recursive: true, force: true });
  });

  it('stops at start with one clear line naming a bad variable', async () => {
    const bad = run({ DATA_DIR: dataDir, PORT: 'eighty' });
    expect(await bad.exited).toBe(2);
    expect(bad.output()).toContain('PORT must be a whole number from 0 to 65535, got "eighty"');
  });

  it('refuses an ADMIN_TOKEN without real entropy', async () => {
    const weak = run({ DATA_DIR: dataDir, ADMIN_TOKEN: 'a'.repeat(40) });
    expect(await weak.exited).toBe(2);
    expect(weak.output()).toContain('ADMIN_TOKEN must be at least 32 characters of random text');
  });

  it('prints a first admin token once, keeps every incident across kill -9, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = { DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' };

    current = run(env);
    await untilReady(base, current);
    // A block of its own on stderr, never among the JSON log lines on stdout that log shippers keep. Read once it
    // has arrived: stderr is a pipe of its own, and on a busy machine it can come after /health/ready answers.
    const running = current;
    const token = await eventually(() => /\n {2}(bd_[A-Za-z0-9_-]{43})\n/.exec(running.stderr())?.[1]);
    expect(token).toBeDefined();
    expect(current.stderr()).toContain('Breach Desk first start. Admin API token (shown once, keep it safe):');
    // Beside it, the admin's one-time console invitation (issue 14.3), on this service's address.
    const invitation = /\n {2}http:\/\/localhost:\d+\/invitation\/([A-Za-z0-9_-]{43})\n/.exec(current.stderr())?.[1];
    expect(invitation).toBeDefined();
    const invited = await request(base).get(`/api/v1/invitations/${invitation}`).expect(200);
    expect(invited.body).toMatchObject({ email: 'admin@breach-desk.local', role: 'admin', totpRequired: true });
    expect(current.stdout()).not.toContain(token);
    // Complete lines only: the service may be writing the next one.
    const lines = current.stdout().split('\n').slice(0, -1).filter(Boolean);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    const created = await request(base).post('/api/v1/incidents').set('Authorization', `Bearer ${token}`).send(anIncident()).expect(201);
    const slackOff = current
      .output()
      .split('\n')
      .filter((line) => line.includes('Slack is off'));
    expect(slackOff).toHaveLength(1);
    expect(JSON.parse(slackOff[0])).toMatchObject({ level: 'warn', context: 'SlackOutbox' });

    current.child.kill('SIGKILL');
    await current.exited;

    current = run(env);
    await untilReady(base, current);
    expect(current.output()).not.toMatch(/bd_[A-Za-z0-9_-]{43}/);
    const read = await request(base).get(`/api/v1/incidents/${created.body.id}`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(read.body.reference).toBe(created.body.reference);

    current.child.kill('SIGTERM');
    expect(await current.exited).toBe(0);
    // PostgreSQL stops after the service, not beside it: the last audit checkpoint is written on the way out.
    expect(current.output()).not.toContain('checkpoint not written');
    current = null;
    await expect(stat(join(dataDir, 'pg', 'postmaster.pid'))).rejects.toThrow();
  });
});
