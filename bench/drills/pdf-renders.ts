// Three PDFs of the largest accepted body at once, while /health/live is asked every 50 ms: each probe must be
// answered within 200 ms throughout, and every PDF made.
import { loadavg } from 'node:os';
import { figure, percentile } from '../support/figures.js';
import { LARGEST_BODIES, draftNotice, fetchPdf, setNoticeBody } from '../support/notices.js';
import { Service, freePort, sleep, withTempDir } from '../support/service.js';
import type { DrillResult } from './drill-result.js';

const RENDERS = 3;
const PROBE_EVERY_MS = 50;
const LIVE_WITHIN_MS = 200;
const BASELINE_PROBES = 60;

export async function drillPdfRenders(): Promise<DrillResult> {
  return withTempDir('breach-desk-drill-pdf-', async (dataDir) => {
    const service = Service.start({ port: await freePort(), dataDir });
    try {
      await service.untilReady();
      const noticeId = await draftNotice(service.baseUrl);
      await setNoticeBody(service.baseUrl, noticeId, LARGEST_BODIES.one_word);
      const probe = async () => {
        const started = performance.now();
        const ok = await fetch(`${service.baseUrl}/health/live`).then(
          (response) => response.ok,
          () => false,
        );
        return { ms: performance.now() - started, ok };
      };
      // The same probes with nothing rendering: what the machine alone costs them.
      const baseline = [];
      for (let n = 0; n < BASELINE_PROBES; n++, await sleep(PROBE_EVERY_MS)) baseline.push(await probe());
      let rendering = true;
      const probes: { ms: number; ok: boolean }[] = [];
      const probing = (async () => {
        while (rendering) {
          probes.push(await probe());
          await sleep(PROBE_EVERY_MS);
        }
      })();
      const renders = await Promise.all(Array.from({ length: RENDERS }, () => fetchPdf(service.baseUrl, noticeId)));
      rendering = false;
      await probing;
      const slow = probes.filter((probe) => !probe.ok || probe.ms > LIVE_WITHIN_MS);
      const failures = [
        ...renders.filter((render) => render.status !== 200).map((render) => `a PDF answered ${render.status}`),
        ...(slow.length ? [`${slow.length} of ${probes.length} /health/live probes failed or took over ${LIVE_WITHIN_MS} ms`] : []),
        ...(probes.length ? [] : ['no /health/live probe ran while the PDFs were made']),
      ];
      const probeMs = probes.map((probe) => probe.ms);
      return {
        failures,
        figures: [
          figure('pdf_drill_renders_ms', renders.map((render) => Math.round(render.ms)).join(' ')),
          figure('pdf_drill_live_probes', probes.length),
          figure('pdf_drill_live_p99', percentile(probeMs, 99), 'ms'),
          figure('pdf_drill_live_max', Math.max(...probeMs), 'ms'),
          figure('pdf_drill_live_max_without_renders', Math.max(...baseline.map((b) => b.ms)), 'ms'),
          // Other work on the machine shows in the probes; this says how much there was.
          figure('pdf_drill_load_average', loadavg()[0]),
        ],
      };
    } finally {
      await service.stop();
    }
  });
}
