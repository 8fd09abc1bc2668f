// `npm start` cold (its build, then start to /health/ready on a fresh data directory, initdb included), a start on
// an existing one, and memory when idle.
import { spawn } from 'node:child_process';
import { figure, type Figure } from './support/figures.js';
import { REPO_ROOT, Service, freePort, sleep, withTempDir } from './support/service.js';

const IDLE_SETTLE_MS = 5_000;

export interface StartupResult {
  figures: Figure[];
  /** What `npm start` costs on a fresh clone's first run: `npm run build` (its prestart) plus the cold start. */
  npmStartColdMs: number;
  coldMs: number;
  warmMs: number;
  idleRssMb: number;
}

export async function benchStartup(): Promise<StartupResult> {
  const buildMs = await timedBuild();
  return withTempDir('breach-desk-bench-start-', async (dataDir) => {
    const port = await freePort();
    const cold = Service.start({ port, dataDir });
    const coldMs = await cold.untilReady().finally(() => cold.stop());
    const warm = Service.start({ port, dataDir });
    try {
      const warmMs = await warm.untilReady();
      await sleep(IDLE_SETTLE_MS);
      const idleRssMb = await warm.rssMegabytes();
      return {
        npmStartColdMs: buildMs + coldMs,
        coldMs,
        warmMs,
        idleRssMb,
        figures: [
          figure('npm_start_cold', buildMs + coldMs, 'ms'),
          figure('build', buildMs, 'ms'),
          figure('cold_start', coldMs, 'ms'),
          figure('warm_start', warmMs, 'ms'),
          figure('idle_rss', idleRssMb, 'MB'),
        ],
      };
    } finally {
      await warm.stop();
    }
  });
}

/** `npm run build` from scratch (it empties dist/ and web/dist/ first), as `npm start` runs it. */
function timedBuild(): Promise<number> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const build = spawn('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    build.once('error', fail);
    build.once('exit', (code) => (code === 0 ? done(performance.now() - started) : fail(new Error(`npm run build exited with ${code}`))));
  });
}
