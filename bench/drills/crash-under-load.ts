// kill -9 the service while it takes incidents, start it again: every incident answered 201 is there.
import { Pool } from 'pg';
import { anIncident } from '../../test/support/factories.js';
import { figure } from '../support/figures.js';
import { JSON_HEADERS, postIncident } from '../support/incidents.js';
import { Service, embeddedDatabaseUrl, freePort, sleep, withTempDir } from '../support/service.js';
import type { DrillResult } from './drill-result.js';

const CONNECTIONS = 10;
const LOAD_BEFORE_KILL_MS = 5_000;

export async function drillCrashUnderLoad(): Promise<DrillResult> {
  return withTempDir('breach-desk-drill-crash-', async (dataDir) => {
    const port = await freePort();
    const first = Service.start({ port, dataDir });
    await first.untilReady();
    const acknowledged: string[] = [];
    const unexpected: number[] = [];
    let loading = true;
    const client = async (): Promise<void> => {
      const body = JSON.stringify(anIncident());
      while (loading) {
        // After the kill, fetch rejects (connection reset or refused): that client is done.
        const answer = await postIncident(first.baseUrl, body).catch(() => null);
        if (!answer) return;
        if (answer.status === 201 && answer.id) acknowledged.push(answer.id);
        else unexpected.push(answer.status);
      }
    };
    const clients = Array.from({ length: CONNECTIONS }, client);
    await sleep(LOAD_BEFORE_KILL_MS);
    await first.kill();
    loading = false;
    await Promise.all(clients);

    const second = Service.start({ port, dataDir });
    try {
      const restartMs = await second.untilReady();
      const db = new Pool({ connectionString: await embeddedDatabaseUrl(dataDir), max: 1 });
      const { rows: found } = await db.query<{ found: string }>(`SELECT count(*) AS found FROM incidents WHERE id = ANY($1)`, [
        acknowledged,
      ]);
      const { rows: numbering } = await db.query<{ incidents: string; numbered: string }>(
        `SELECT (SELECT count(*) FROM incidents) AS incidents, (SELECT coalesce(sum(last), 0) FROM reference_counters) AS numbered`,
      );
      await db.end();
      const audit = (await (await fetch(`${second.baseUrl}/api/v1/audit/verify`, { headers: JSON_HEADERS })).json()) as { ok: boolean };
      const missing = acknowledged.length - Number(found[0].found);
      const referenceGaps = Number(numbering[0].numbered) - Number(numbering[0].incidents);
      const failures = [
        ...(acknowledged.length === 0 ? ['no incident was acknowledged before the kill'] : []),
        ...(unexpected.length ? [`intake answered ${[...new Set(unexpected)].join(', ')} before the kill`] : []),
        ...(missing ? [`${missing} acknowledged incidents are gone after the restart`] : []),
        ...(referenceGaps ? [`${referenceGaps} reference numbers were skipped`] : []),
        ...(audit.ok ? [] : ['the audit chain does not verify after the restart']),
      ];
      return {
        failures,
        figures: [
          figure('crash_acknowledged', acknowledged.length),
          figure('crash_missing_after_restart', missing),
          figure('crash_reference_gaps', referenceGaps),
          figure('crash_audit_chain_ok', audit.ok),
          figure('crash_restart_to_ready', restartMs, 'ms'),
        ],
      };
    } finally {
      await second.stop();
    }
  });
}
