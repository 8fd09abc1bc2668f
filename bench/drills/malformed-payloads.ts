// 10 000 random or malformed intake payloads, then hostile requests generated from the OpenAPI document for every
// operation and Slack endpoint: no 5xx, and a rejected request leaves no row behind.
import { randomUUID } from 'node:crypto';
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
import { FakeSlack } from '../../test/support/fake-slack.js';
import { slackSignatureHeaders } from '../../test/support/slack-signing.js';
import { figure, type Figure } from '../support/figures.js';
import { hostileRequests, type HostileRequest, type OpenApiDocument } from '../support/hostile-requests.js';
import { JSON_HEADERS, inParallel } from '../support/incidents.js';
import { draftNotice } from '../support/notices.js';
import { ADMIN_TOKEN, Service, embeddedDatabaseUrl, freePort, withTempDir } from '../support/service.js';
import type { DrillResult } from './drill-result.js';

const PAYLOADS = 10_000;
const SEED = 20261123;
const CONCURRENCY = 8;
const SHOWN_FAILURES = 3;
const SLACK_SECRET = 'drill-slack-signing-secret';
/** The replay guard remembers every signed Slack request it let through, whatever came of it: not a stray. */
const WRITTEN_FOR_EVERY_REQUEST = ['slack_requests_seen'];

const instant = fc.oneof(
  fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom('2026-10-24T10:00:00', '2026-10-24', '24/10/2026 10:00', '2026-13-45T25:61:00Z', ''),
  fc.string(),
);
const loose = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: fc.anything(), weight: 1 });

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
    availability: loose(
      fc.record({ outageHours: fc.double({ min: -1, max: 200_000 }), restorable: fc.boolean(), permanentLoss: fc.boolean() }),
    ),
    sectors: loose(fc.subarray([...SECTORS])),
    awareAt: instant,
    occurredAt: instant,
    affectedControllers: loose(
      fc.array(fc.record({ name: fc.string({ maxLength: 201 }), contact: fc.string(), noticeHours: fc.integer({ min: -1, max: 800 }) }), {
        maxLength: 3,
      }),
    ),
  },
  { requiredKeys: [] },
);

/** A valid incident with one field replaced by anything, removed, or joined by an unknown field. */
const mutatedIncident = fc
  .tuple(fc.constantFrom(...Object.keys(anIncident()), 'awareAt', 'unknownField', '__proto__', 'constructor'), fc.option(fc.anything()))
  .map(([field, value]) => {
    // Deliberately untyped: the drill removes or replaces any field, which the typed factory would not allow.
    const incident: Record<string, unknown> = { ...anIncident() };
    if (value === null) delete incident[field];
    else Object.defineProperty(incident, field, { value, enumerable: true, configurable: true, writable: true });
    return incident;
  });

const body: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: plausibleFacts.map((facts) => JSON.stringify(facts)), weight: 4 },
  { arbitrary: mutatedIncident.map((incident) => JSON.stringify(incident)), weight: 3 },
  { arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)), weight: 2 },
  { arbitrary: fc.string({ maxLength: 200 }), weight: 1 },
  {
    arbitrary: fc.constantFrom('{', '{"title":', '[1,2', 'null', '"x"', '{"title":"a"}}', `{"title":"${'x'.repeat(200_000)}"}`),
    weight: 1,
  },
);

export async function drillMalformedPayloads(): Promise<DrillResult> {
  return withTempDir('breach-desk-drill-payloads-', async (dataDir) => {
    const slack = await FakeSlack.start();
    // The scheduler is off: the rows in the database are then only those the requests wrote.
    const service = Service.start({
      port: await freePort(),
      dataDir,
      slackApiUrl: slack.url,
      slackSigningSecret: SLACK_SECRET,
      scheduler: false,
    });
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
          const response = await fetch(`${service.baseUrl}/api/v1/incidents`, {
            method: 'POST',
            headers: JSON_HEADERS,
            body: payloads[index],
          });
          const answer = (await response.json().catch(() => null)) as { id?: string } | null;
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status >= 500) serverErrors.push(payloads[index]);
          if (response.status === 201 && answer?.id) accepted.push(answer.id);
        });
        const strays = await rowsNotFromAcceptedRequests(db, accepted, Number(before[0].last));
        const strayTotal = Object.values(strays).reduce((sum, n) => sum + n, 0);
        for (const payload of serverErrors.slice(0, SHOWN_FAILURES)) console.log(`payload answered 5xx: ${payload.slice(0, 2000)}`);
        const hostile = await sendHostileRequests(service.baseUrl, db, slack, accepted[0]);
        const failures = [
          ...(serverErrors.length ? [`${serverErrors.length} payloads got a 5xx`] : []),
          ...(strayTotal ? [`rows written by rejected requests: ${JSON.stringify(strays)}`] : []),
          ...(accepted.length ? [] : ['no payload was accepted, so nothing shows that accepted ones are written']),
          ...hostile.failures,
        ];
        return {
          failures,
          figures: [
            figure('payloads_sent', payloads.length),
            figure('payloads_seed', SEED),
            figure(
              'payloads_statuses',
              [...statuses]
                .sort(([a], [b]) => a - b)
                .map(([status, n]) => `${status}×${n}`)
                .join(' '),
            ),
            figure('payloads_server_errors', serverErrors.length),
            figure('payloads_accepted', accepted.length),
            figure('payloads_stray_rows', strayTotal),
            ...hostile.figures,
          ],
        };
      } finally {
        await db.end();
      }
    } finally {
      await service.stop();
      await slack.stop();
    }
  });
}

/**
 * Every class of hostile request, generated for every operation of /docs-json (and Slack's two endpoints):
 * none may get a 5xx, none outside Slack a 2xx, and the database must hold exactly what it held before.
 */
async function sendHostileRequests(
  baseUrl: string,
  db: Pool,
  slack: FakeSlack,
  incidentId: string | undefined,
): Promise<{ failures: string[]; figures: Figure[] }> {
  const noticeId = await draftNotice(baseUrl);
  const document = (await (await fetch(`${baseUrl}/docs-json`)).json()) as OpenApiDocument;
  const ids = (template: string, name: string): string => {
    if (name === 'key') return 'gdpr_art33';
    if (name === 'version') return '1';
    if (template.startsWith('/api/v1/incidents/') && incidentId) return incidentId;
    if (template.startsWith('/api/v1/notices/')) return noticeId;
    return randomUUID();
  };
  const requests = hostileRequests(document, { token: ADMIN_TOKEN, ids, seed: SEED, slackResponseUrl: slack.responseUrl('drill') });
  const before = await databaseSnapshot(db);
  const outcomes = new Map<string, Map<number, number>>();
  const serverErrors: HostileRequest[] = [];
  const acceptedOutsideSlack: HostileRequest[] = [];
  await inParallel(requests.length, CONCURRENCY, async (index) => {
    const request = requests[index];
    const headers = request.slackSigned
      ? { ...request.headers, ...slackSignatureHeaders(request.body ?? '', { secret: SLACK_SECRET, at: new Date() }) }
      : request.headers;
    const response = await fetch(`${baseUrl}${request.path}`, { method: request.method, headers, body: request.body });
    await response.arrayBuffer();
    const byStatus = outcomes.get(request.kind) ?? new Map<number, number>();
    byStatus.set(response.status, (byStatus.get(response.status) ?? 0) + 1);
    outcomes.set(request.kind, byStatus);
    if (response.status >= 500) serverErrors.push(request);
    else if (response.status < 300 && !request.slackSigned) acceptedOutsideSlack.push(request);
  });
  const after = await databaseSnapshot(db);
  const changed = Object.keys(after).filter((table) => after[table] !== before[table] && !WRITTEN_FOR_EVERY_REQUEST.includes(table));
  const shown = (request: HostileRequest) =>
    `${request.method} ${request.path} ${request.headers['Content-Type'] ?? ''} ${(request.body ?? '').slice(0, 300)}`;
  for (const request of serverErrors.slice(0, SHOWN_FAILURES)) console.log(`hostile request answered 5xx: ${shown(request)}`);
  for (const request of acceptedOutsideSlack.slice(0, SHOWN_FAILURES)) console.log(`hostile request accepted: ${shown(request)}`);
  return {
    failures: [
      ...(serverErrors.length ? [`${serverErrors.length} hostile requests got a 5xx`] : []),
      ...(acceptedOutsideSlack.length ? [`${acceptedOutsideSlack.length} hostile requests were accepted`] : []),
      ...(changed.length
        ? [`hostile requests changed ${changed.map((table) => `${table} (${before[table]} → ${after[table]})`).join(', ')}`]
        : []),
    ],
    figures: [
      figure('hostile_requests_sent', requests.length),
      figure(
        'hostile_operations',
        Object.values(document.paths).reduce((n, methods) => n + Object.keys(methods).length, 0),
      ),
      ...[...outcomes].map(([kind, byStatus]) =>
        figure(
          `hostile_${kind}_statuses`,
          [...byStatus]
            .sort(([a], [b]) => a - b)
            .map(([status, n]) => `${status}×${n}`)
            .join(' '),
        ),
      ),
      figure('hostile_server_errors', serverErrors.length),
      figure(
        'hostile_stray_rows',
        changed.reduce((n, table) => n + Math.abs(after[table] - before[table]), 0),
      ),
    ],
  };
}

/** Rows per table of the service's schema. */
async function databaseSnapshot(db: Pool): Promise<Record<string, number>> {
  const { rows: tables } = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM "${name}"`)).rows[0].n);
  return counts;
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
