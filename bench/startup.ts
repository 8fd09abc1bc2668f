// Start to /health/ready on a fresh data directory (initdb included) and on an existing one; memory when idle.
import { figure, type Figure } from './support/figures.js';
import { Service, freePort, sleep, withTempDir } from './support/service.js';

const IDLE_SETTLE_MS = 5_000;

export interface StartupResult {
  figures: Figure[];
  coldMs: number;
  warmMs: number;
  idleRssMb: number;
}

export async function benchStartup(): Promise<StartupResult> {
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
        coldMs,
        warmMs,
        idleRssMb,
        figures: [figure('cold_start', coldMs, 'ms'), figure('warm_start', warmMs, 'ms'), figure('idle_rss', idleRssMb, 'MB')],
      };
    } finally {
      await warm.stop();
    }
  });
}
