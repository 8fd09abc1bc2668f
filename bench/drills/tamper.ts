// The database owner deletes the audit log's tail, then rewrites and re-hashes the chain: verify reports both.
import { Client } from 'pg';
import { entryHash } from '../../src/audit/hash-chain.js';
import { figure } from '../support/figures.js';
import { ADMIN_TOKEN, Service, embeddedDatabaseUrl, freePort, withTempDir } from '../support/service.js';
import type { DrillResult } from './drill-result.js';

const INCIDENTS = 20;
const TAIL = 3;

interface Verification {
  ok: boolean;
  entries: number;
  missingEntries: { from: number; to: number } | null;
  rewritten: boolean;
  problems: string[];
}

export async function drillTamper(): Promise<DrillResult> {
  return withTempDir('breach-desk-drill-tamper-', async (dataDir) => {
    const service = Service.start({ port: await freePort(), dataDir });
    try {
      await service.untilReady();
      const api = (path: string, method = 'GET', body?: unknown) =>
        fetch(`${service.baseUrl}${path}`, {
          method,
          headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        }).then(async (r) => ({ status: r.status, body: (await r.json()) as unknown }));
      const logIncidents = async (count: number) => {
        for (let i = 0; i < count; i++) {
          await api('/api/v1/incidents', 'POST', {
            title: `Tamper drill ${i}`,
            role: 'controller',
            breachTypes: ['confidentiality'],
            dataCategories: ['identity', 'contact'],
            subjectsAffected: 10,
          });
        }
      };
      // Two checkpoints, as the periodic signing leaves them: the deletion contradicts the later, the rewrite the earlier.
      await logIncidents(INCIDENTS / 2);
      await api('/api/v1/audit/checkpoints', 'POST');
      await logIncidents(INCIDENTS / 2);
      const checkpoint = (await api('/api/v1/audit/checkpoints', 'POST')).body as { entries: number };
      const before = (await api('/api/v1/audit/verify')).body as Verification;

      const owner = new Client({ connectionString: await embeddedDatabaseUrl(dataDir) });
      await owner.connect();
      try {
        await asOwnerWithoutTrigger(owner, () => owner.query('DELETE FROM audit_log WHERE id > $1', [checkpoint.entries - TAIL]));
        const afterDeletion = (await api('/api/v1/audit/verify')).body as Verification;
        await asOwnerWithoutTrigger(owner, () => rewriteFrom(owner, 2));
        const afterRewrite = (await api('/api/v1/audit/verify')).body as Verification;

        const failures = [
          ...(before.ok ? [] : ['the untouched chain did not verify']),
          ...(!afterDeletion.ok && afterDeletion.missingEntries?.to === checkpoint.entries ? [] : ['the deleted tail was not reported']),
          ...(!afterRewrite.ok && afterRewrite.rewritten ? [] : ['the rewritten chain was not reported']),
        ];
        return {
          failures,
          figures: [
            figure('tamper_entries_signed', checkpoint.entries),
            figure(
              'tamper_tail_reported_missing',
              afterDeletion.missingEntries ? afterDeletion.missingEntries.to - afterDeletion.missingEntries.from + 1 : 0,
            ),
            figure('tamper_rewrite_reported', afterRewrite.rewritten ? 1 : 0),
          ],
        };
      } finally {
        await owner.end();
      }
    } finally {
      await service.stop();
    }
  });
}

async function asOwnerWithoutTrigger(owner: Client, work: () => Promise<unknown>): Promise<void> {
  await owner.query('BEGIN');
  await owner.query('ALTER TABLE audit_log DISABLE TRIGGER USER');
  await work();
  await owner.query('ALTER TABLE audit_log ENABLE TRIGGER USER');
  await owner.query('COMMIT');
}

/** Edits entry `id` and recomputes every later hash, so the chain links up again on its own. */
async function rewriteFrom(owner: Client, id: number): Promise<void> {
  await owner.query(`UPDATE audit_log SET actor_name = 'Someone else' WHERE id = $1`, [id]);
  const { rows } = await owner.query('SELECT * FROM audit_log WHERE id >= $1 ORDER BY id', [id - 1]);
  let prevHash = rows[0].hash as string;
  for (const row of rows.slice(1)) {
    const fields = {
      id: Number(row.id),
      at: row.at,
      actor: row.actor,
      actorName: row.actor_name,
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      before: row.before,
      after: row.after,
      prevHash,
    };
    prevHash = entryHash(fields);
    await owner.query('UPDATE audit_log SET prev_hash = $1, hash = $2 WHERE id = $3', [fields.prevHash, prevHash, row.id]);
  }
}
