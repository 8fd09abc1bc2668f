// 10 000 random or malformed intake payloads: no 500, and a rejected request leaves no row behind.
import fc from 'fast-check';
import { Pool } from 'pg';
import {
  BREACH_TYPES,
  DATA_CATEGORIES,
  ENCRYPTION_LEVELS,
  IDENTIFIABILITY_LEVELS,
  INCIDENT_ROLES,
  RECIPIENTS,
  SECTORS,
  SUBJECT_CATEGORIES,
} from '../../src/risk/facts.js';
import { anIncident } from '../../test/support/factories.js';
import { figure } from '../support/figures.js';
import { JSON_HEADERS, inParallel } from '../support/incidents.js';
import { Service, embeddedDatabaseUrl, freePort, withTempDir } from '../support/service.js';
import type { DrillResult } from './drill-result.js';

const PAYLOADS = 10_000;
const SEED = 20261123;
const CONCURRENCY = 8;
const SHOWN_FAILURES = 3;

const instant = fc.oneof(
  fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2026-10-24T10:00:00', '2026-10-24', '24/10/2026 10:00', '2026-13-45T25:61:00Z', ''),
  fc.string(),
);
const loose = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: fc.anything(), weight: 1 });

/** Facts that are often valid, and when not, wrong in one or a few fields. */
const plausibleFacts = fc.record(
  {
    title: loose(fc.string({ minLength: 1, maxLength: 200 })),
    description: loose(fc.string({ maxLength: 300 })),
    role: loose(fc.constantFrom(...INCIDENT_ROLES)),
    breachTypes: loose(fc.subarray([...BREACH_TYPES], { minLength: 1 })),
    malicious: loose(fc.boolean()),
    dataCategories: loose(fc.subarray([...DATA_CATEGORIES], { minLength: 1 })),
    subjectCategories: loose(fc.subarray([...SUBJECT_CATEGORIES])),
    subjectsAffected: loose(fc.integer({ min: -10, max: 20_000_000 })),
    recordsAffected: loose(fc.oneof(fc.integer({ min: 0 }), fc.double())),
    identifiability: loose(fc.constantFrom(...IDENTIFIABILITY_LEVELS)),
    confidentiality: loose(fc.record({ recipients: fc.constantFrom(...RECIPIENTS), dataRetrieved: fc.boolean() })),
    encryption: loose(fc.record({ level: fc.constantFrom(...ENCRYPTION_LEVELS), keyCompromised: fc.boolean() })),
    availability: loose(fc.record({ outageHours: fc.double({ min: -1, max: 200_000 }), restorable: fc.boolean(), permanentLoss: fc.boolean() })),
    sectors: loose(fc.subarray([...SECTORS])),
    awareAt: instant,
    occurredAt: instant,
    affectedControllers: loose(fc.array(fc.record({ name: fc.string({ maxLength: 201 }), contact: fc.string(), noticeHours: fc.integer({ min: -1, max: 800 }) }), { maxLength: 3 })),
  },
  { requiredKeys: [] },
);

/** A valid incident with one field replaced by anything, removed, or joined by an unknown field. */
const mutatedIncident = fc
  .tuple(fc.constantFrom(...Object.keys(anIncident()), 'awareAt', 'unknownField', '__proto__', 'constructor'), fc.option(fc.anything()))
  .map(([field, value]) => {
    const incident = anIncident();
    if (value === null) delete incident[field];
    else Object.defineProperty(incident, field, { value, enumerable: true, configurable: true, writable: true });
    return incident;
  });

const body: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: plausibleFacts.map((facts) => JSON.stringify(facts)), weight: 4 },
  { arbitrary: mutatedIncident.map((incident) => JSON.stringify(incident)), weight: 3 },
  { arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)), weight: 2 },
  { arbitrary: fc.string({ maxLength: 200 }), weight: 1 },
  { arbitrary: fc.constantFrom('{', '{"title":', '[1,2', 'null', '"x"', '{"title":"a"}}', `{"title":"${'x'.repeat(200_000)}"}`), weight: 1 },
);

export async function drillMalformedPayloads(): Promise<DrillResult> {
  return withTempDir('breach-desk-drill-payloads-', async (dataDir) => {
    const service = Service.start({ port: await freePort(), dataDir });
    try {
      await service.untilReady();
      const db = new Pool({ connectionString: await embeddedDatabaseUrl(dataDir), max: 1 });
      try {
        const { rows: before } = await db.query<{ last: string }>(`SELECT coalesce(max(id), 0) AS last FROM audit_log`);
        const payloads = fc.sample(body, { numRuns: PAYLOADS, seed: SEED });
        const statuses = new Map<number, number>();
        const serverErrors: string[] = [];
        const accepted: string[] = [];
        await inParallel(payloads.length, CONCURRENCY, async (index) => {
          const response = await fetch(`${service.baseUrl}/api/v1/incidents`, { method: 'POST', headers: JSON_HEADERS, body: payloads[index] });
          const answer = (await response.json().catch(() => null)) as { id?: string } | null;
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status >= 500) serverErrors.push(payloads[index]);
          if (response.status === 201 && answer?.id) accepted.push(answer.id);
        });
        const strays = await rowsNotFromAcceptedRequests(db, accepted, Number(before[0].last));
        const strayTotal = Object.values(strays).reduce((sum, n) => sum + n, 0);
        for (const payload of serverErrors.slice(0, SHOWN_FAILURES)) console.log(`payload answered 5xx: ${payload.slice(0, 2000)}`);
        const failures = [
          ...(serverErrors.length ? [`${serverErrors.length} payloads got a 5xx`] : []),
          ...(strayTotal ? [`rows written by rejected requests: ${JSON.stringify(strays)}`] : []),
          ...(accepted.length ? [] : ['no payload was accepted, so nothing shows that accepted ones are written']),
        ];
        return {
          failures,
          figures: [
            figure('payloads_sent', payloads.length),
            figure('payloads_seed', SEED),
            figure('payloads_statuses', [...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(' ')),
            figure('payloads_server_errors', serverErrors.length),
            figure('payloads_accepted', accepted.length),
            figure('payloads_stray_rows', strayTotal),
          ],
        };
      } finally {
        await db.end();
      }
    } finally {
      await service.stop();
    }
  });
}

/** Rows that belong to no incident answered 201, and audit entries (after `auditBefore`) about anything else. */
async function rowsNotFromAcceptedRequests(db: Pool, accepted: readonly string[], auditBefore: number): Promise<Record<string, number>> {
  const count = async (sql: string, values: unknown[]): Promise<number> => Number((await db.query<{ n: string }>(sql, values)).rows[0].n);
  const strays: Record<string, number> = {};
  for (const table of ['incidents', 'assessments', 'clocks', 'escalation_steps', 'outbox']) {
    const column = table === 'incidents' ? 'id' : 'incident_id';
    strays[table] = await count(`SELECT count(*) AS n FROM ${table} WHERE ${column} <> ALL($1)`, [accepted]);
  }
  strays.missing_incidents = accepted.length - (await count(`SELECT count(*) AS n FROM incidents WHERE id = ANY($1)`, [accepted]));
  strays.audit_log = await count(
    `SELECT count(*) AS n FROM audit_log a
     WHERE a.id > $2 AND NOT (a.entity_type = 'incident' AND a.entity_id = ANY($1::text[]))
       AND NOT (a.entity_type = 'clock' AND a.entity_id IN (SELECT id::text FROM clocks WHERE incident_id = ANY($1::uuid[])))`,
    [accepted, auditBefore],
  );
  strays.reference_numbers = (await count(`SELECT coalesce(sum(last), 0) AS n FROM reference_counters`, [])) - accepted.length;
  return strays;
}
