// PDF time and peak memory for the largest body the API accepts, on the built service (each PDF in a worker thread).
import { MAX_BODY } from '../src/notices/notice.dto.js';
import { figure, median, type Figure } from './support/figures.js';
import { LARGEST_BODIES, draftNotice, fetchPdf, setNoticeBody } from './support/notices.js';
import { Service, freePort, withTempDir } from './support/service.js';

const RUNS = 3;

export interface PdfBench {
  figures: Figure[];
  /** The slowest shape's median, and whether every render answered 200. */
  worstMs: number;
  worstPeakRssMb: number;
  allRendered: boolean;
}

export async function benchPdf(): Promise<PdfBench> {
  return withTempDir('breach-desk-bench-pdf-', async (dataDir) => {
    const service = Service.start({ port: await freePort(), dataDir });
    try {
      await service.untilReady();
      const noticeId = await draftNotice(service.baseUrl);
      const figures: Figure[] = [
        figure('pdf_largest_body', MAX_BODY, 'characters'),
        figure('pdf_rss_before', await service.rssMegabytes(), 'MB'),
      ];
      let worstMs = 0;
      let worstPeakRssMb = 0;
      let allRendered = true;
      for (const [shape, body] of Object.entries(LARGEST_BODIES)) {
        await setNoticeBody(service.baseUrl, noticeId, body);
        await service.resetPeakRss();
        const runs = [];
        for (let run = 0; run < RUNS; run++) runs.push(await fetchPdf(service.baseUrl, noticeId));
        const peakRssMb = await service.peakRssMegabytes();
        allRendered &&= runs.every((run) => run.status === 200);
        const ms = median(runs.map((run) => run.ms));
        worstMs = Math.max(worstMs, ms);
        worstPeakRssMb = Math.max(worstPeakRssMb, peakRssMb);
        figures.push(
          figure(`pdf_${shape}_median`, ms, 'ms'),
          figure(`pdf_${shape}_peak_rss`, peakRssMb, 'MB'),
          figure(`pdf_${shape}_size`, runs[0].bytes / 1024, 'KiB'),
          figure(`pdf_${shape}_statuses`, runs.map((run) => run.status).join(' ')),
        );
      }
      return { figures, worstMs, worstPeakRssMb, allRendered };
    } finally {
      await service.stop();
    }
  });
}
