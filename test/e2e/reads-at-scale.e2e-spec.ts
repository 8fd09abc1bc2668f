import { LIST_TOTAL_CAP } from '../../src/incidents/incidents.repository.js';
import { REGISTER_BATCH } from '../../src/register/register.service.js';
import { anIncident } from '../support/factories.js';
import { withClient } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// More than the list's count cap, and more than two export batches, so that rows cross batch boundaries; copies share
// their awareness in pairs, so that the order's tie-break (the reference) is crossed at a boundary too.
const COPIES = Math.max(LIST_TOTAL_CAP, 2 * REGISTER_BATCH) + 100;

describe('reads over many incidents: the register export and the incident list', () => {
  let t: TestApp;
  let stored: number;

  beforeAll(async () => {
    t = await startTestApp();
    const template = await t.api().post('/api/v1/incidents').send(anIncident()).expect(201);
    await withClient(t.databaseUrl, async (db) => {
      await db.query(
        `INSERT INTO incidents (id, reference, title, description, role, state, aware_at, facts, created_by, created_at, updated_at,
                                closed_at, close_category, close_reason, version)
         SELECT gen_random_uuid(), 'BR-1990-' || lpad(n::text, 4, '0'), CASE WHEN n % 3 = 0 THEN 'Lost laptop ' ELSE 'Phishing 50% ' END || n,
                t.description, t.role, CASE WHEN n % 2 = 0 THEN 'closed' ELSE 'open' END, timestamptz '1990-01-01Z' + (n / 2) * interval '1 hour',
                t.facts, t.created_by, t.created_at, t.updated_at, CASE WHEN n % 2 = 0 THEN t.created_at END,
                CASE WHEN n % 2 = 0 THEN 'resolved' END, CASE WHEN n % 2 = 0 THEN 'a copy' END, 1
         FROM incidents t, generate_series(1, $2::int) n WHERE t.id = $1`,
        [template.body.id, COPIES],
      );
      await db.query(
        `INSERT INTO assessments (incident_id, version, result, override, trigger, created_by, created_at)
         SELECT i.id, a.version, a.result, a.override, a.trigger, a.created_by, a.created_at
         FROM incidents i, assessments a WHERE i.reference LIKE 'BR-1990-%' AND a.incident_id = $1`,
        [template.body.id],
      );
      await db.query(
        `INSERT INTO clocks (incident_id, key, regime, recipient, notice_kind, legal_basis, starts_at, due_at, required, rule_reason, decision)
         SELECT i.id, k.key, k.regime, k.recipient, k.notice_kind, k.legal_basis, i.aware_at, i.aware_at + (k.due_at - k.starts_at),
                k.required, k.rule_reason, k.decision
         FROM incidents i, clocks k WHERE i.reference LIKE 'BR-1990-%' AND k.incident_id = $1`,
        [template.body.id],
      );
    });
    stored = COPIES + 1;
  });
  afterAll(() => t.close());

  async function references(where: string, order: string, values: unknown[] = []): Promise<string[]> {
    const rows: { reference: string }[] = await t.dataSource.query(
      `SELECT reference FROM incidents WHERE ${where} ORDER BY ${order}`,
      values,
    );
    return rows.map((row) => row.reference);
  }

  it('streams the CSV register in chunks, every incident once, oldest first', async () => {
    const csv = await t.api().get('/api/v1/register?format=csv').expect(200);
    // Streamed: chunked transfer, no length known up front.
    expect(csv.headers['transfer-encoding']).toBe('chunked');
    expect(csv.headers['content-length']).toBeUndefined();
    expect(csv.text.replace(/^\uFEFF/, '').startsWith('reference,title,')).toBe(true);
    expect(csv.text.endsWith('\r\n')).toBe(true);
    const exported = csv.text
      .split('\r\n')
      .filter((line) => /^BR-\d{4}-\d{4},/.test(line))
      .map((line) => line.slice(0, line.indexOf(',')));
    expect(exported).toHaveLength(stored);
    expect(exported).toEqual(await references('true', 'aware_at, reference'));
    expect(csv.text).toContain(`BR-1990-${String(COPIES).padStart(4, '0')},Phishing 50% ${COPIES},closed,`);
  });

  it('streams the JSON register too, as one document with every entry', async () => {
    const json = await t.api().get('/api/v1/register').expect(200);
    expect(json.headers['transfer-encoding']).toBe('chunked');
    expect(json.body.generatedAt).toEqual(expect.any(String));
    const entries: { reference: string; clockOutcomes: string[]; riskLevel: string | null }[] = json.body.entries;
    expect(entries.map((entry) => entry.reference)).toEqual(await references('true', 'aware_at, reference'));
    // Each batch is joined to its own assessments and clocks, not to its neighbour's.
    const copy = entries.find((entry) => entry.reference === `BR-1990-${String(REGISTER_BATCH + 1).padStart(4, '0')}`)!;
    expect(copy.riskLevel).toEqual(expect.any(String));
    expect(copy.clockOutcomes).toEqual(expect.arrayContaining([expect.stringMatching(/^gdpr_art33 → ANSPDCP: missed, due 1990-01-/)]));
  });

  it('lists newest first and pages through the same order', async () => {
    const all = await references('true', 'aware_at DESC, reference DESC');
    const second = await t.api().get('/api/v1/incidents?page=2&pageSize=50').expect(200);
    expect(second.body).toMatchObject({ page: 2, pageSize: 50, hasMore: true });
    expect(second.body.items.map((i: { reference: string }) => i.reference)).toEqual(all.slice(50, 100));
    const lastPage = Math.ceil(stored / 200);
    const last = await t.api().get(`/api/v1/incidents?page=${lastPage}&pageSize=200`).expect(200);
    expect(last.body.items.map((i: { reference: string }) => i.reference)).toEqual(all.slice(200 * (lastPage - 1)));
    expect(last.body.hasMore).toBe(false);
    const beforeLast = await t
      .api()
      .get(`/api/v1/incidents?page=${lastPage - 1}&pageSize=200`)
      .expect(200);
    expect(beforeLast.body.hasMore).toBe(true);
  });

  it(`counts exactly up to ${LIST_TOTAL_CAP} matches, and says so when more match`, async () => {
    expect(stored).toBeGreaterThan(LIST_TOTAL_CAP);
    const first = await t.api().get('/api/v1/incidents?pageSize=10').expect(200);
    expect(first.body).toMatchObject({ total: LIST_TOTAL_CAP, totalExact: false, hasMore: true });
    // Past the end: nothing to show, and the count is capped again.
    const beyond = await t.api().get('/api/v1/incidents?page=100&pageSize=200').expect(200);
    expect(beyond.body).toMatchObject({ items: [], total: LIST_TOTAL_CAP, totalExact: false, hasMore: false });
    // A page that reaches the last incident knows the exact count, cap or not.
    const last = await t
      .api()
      .get(`/api/v1/incidents?page=${Math.ceil(stored / 200)}&pageSize=200`)
      .expect(200);
    expect(last.body).toMatchObject({ total: stored, totalExact: true, hasMore: false });
    // Under the cap the count is exact on every page, the first one included.
    const open = await references(`state = 'open'`, 'aware_at DESC, reference DESC');
    expect(open.length).toBeLessThan(LIST_TOTAL_CAP);
    const openFirst = await t.api().get('/api/v1/incidents?state=open&pageSize=10').expect(200);
    expect(openFirst.body).toMatchObject({ total: open.length, totalExact: true, hasMore: true });
    const openBeyond = await t.api().get('/api/v1/incidents?state=open&page=100&pageSize=200').expect(200);
    expect(openBeyond.body).toMatchObject({ items: [], total: open.length, totalExact: true, hasMore: false });
  });

  it('filters by state and by awareness, counting what matches', async () => {
    const closed = await t.api().get('/api/v1/incidents?state=closed&pageSize=20').expect(200);
    const expected = await references(`state = 'closed'`, 'aware_at DESC, reference DESC');
    expect(closed.body.total).toBe(expected.length);
    expect(closed.body.items.map((i: { reference: string }) => i.reference)).toEqual(expected.slice(0, 20));

    const from = '1990-01-02T00:00:00Z';
    const to = '1990-01-03T00:00:00Z';
    const day = await t.api().get(`/api/v1/incidents?awareFrom=${from}&awareTo=${to}&state=open&pageSize=200`).expect(200);
    const inDay = await references(`aware_at >= $1 AND aware_at < $2 AND state = 'open'`, 'aware_at DESC, reference DESC', [from, to]);
    expect(inDay).toHaveLength(24);
    expect(day.body.total).toBe(24);
    expect(day.body.items.map((i: { reference: string }) => i.reference)).toEqual(inDay);
  });

  it('searches titles and references whatever the case, with % and _ taken literally', async () => {
    const laptops = await t.api().get('/api/v1/incidents?q=LAPTOP&pageSize=10').expect(200);
    const expected = await references(`title ILIKE '%laptop%'`, 'aware_at DESC, reference DESC');
    expect(expected).toHaveLength(Math.floor(COPIES / 3));
    expect(laptops.body.total).toBe(expected.length);
    expect(laptops.body.items.map((i: { reference: string }) => i.reference)).toEqual(expected.slice(0, 10));

    const one = await t.api().get('/api/v1/incidents?q=br-1990-0042').expect(200);
    expect(one.body.items.map((i: { reference: string }) => i.reference)).toEqual(['BR-1990-0042']);
    expect(one.body).toMatchObject({ total: 1, totalExact: true, hasMore: false });
    // The start of a reference (found by prefix) and its middle (found by substring) find what a substring search finds.
    for (const q of ['Br-1990-004', '1990-004', '-004']) {
      const found = await t.api().get(`/api/v1/incidents?q=${q}&pageSize=200`).expect(200);
      const expected = await references(`reference ILIKE $1 OR title ILIKE $1`, 'aware_at DESC, reference DESC', [`%${q}%`]);
      expect(expected.length).toBeGreaterThan(1);
      expect(found.body.items.map((i: { reference: string }) => i.reference)).toEqual(expected);
    }

    const percent = await t
      .api()
      .get(`/api/v1/incidents?q=${encodeURIComponent('50% 1')}&state=closed&pageSize=200`)
      .expect(200);
    const withPercent = await references(`title ILIKE '%50\\% 1%' AND state = 'closed'`, 'aware_at DESC, reference DESC');
    expect(percent.body.total).toBe(withPercent.length);
    expect(percent.body.items.map((i: { reference: string }) => i.reference)).toEqual(withPercent.slice(0, 200));
    expect((await t.api().get('/api/v1/incidents?q=50_').expect(200)).body.total).toBe(0);
  });

  it('shows each listed incident as GET /incidents/{id} does, with its own latest assessment, as plain JSON', async () => {
    const [once, thrice] = (await references('true', 'aware_at DESC, reference DESC')).slice(1, 3);
    // Two more versions of one incident's assessment, the latest a DPO's override: the list shows that one alone.
    await withClient(t.databaseUrl, async (db) => {
      await db.query(
        `INSERT INTO assessments (incident_id, version, result, override, trigger, created_by, created_at)
         SELECT a.incident_id, a.version + n, a.result,
                CASE WHEN n = 2 THEN jsonb_build_object('riskLevel', 'unlikely', 'notifyAuthority', false, 'notifyDataSubjects', false,
                  'justification', 'Logs show no access from outside.', 'by', 'user:dpo', 'byName', 'Ana', 'at', '1990-02-01T00:00:00.000Z',
                  'madeOnVersion', 2) END,
                CASE WHEN n = 2 THEN 'override' ELSE 'reassess' END, a.created_by, a.created_at + n * interval '1 hour'
         FROM assessments a JOIN incidents i ON i.id = a.incident_id, generate_series(1, 2) n WHERE i.reference = $1`,
        [thrice],
      );
    });
    const page = await t.api().get('/api/v1/incidents?pageSize=5').expect(200);
    expect(page.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(page.headers.etag).toEqual(expect.any(String));
    // The bytes are JSON.stringify's, key order included.
    expect(page.text).toBe(JSON.stringify(page.body));
    const items: { id: string; reference: string; assessment: { version: number; riskLevel: string } }[] = page.body.items;
    for (const item of items) {
      const { notes: _, ...one } = (await t.api().get(`/api/v1/incidents/${item.id}`).expect(200)).body;
      expect(item).toEqual(one);
    }
    const byReference = new Map(items.map((item) => [item.reference, item.assessment]));
    expect(byReference.get(once)).toMatchObject({ version: 1, override: null });
    expect(byReference.get(thrice)).toMatchObject({
      version: 3,
      riskLevel: 'unlikely',
      override: { justification: 'Logs show no access from outside.' },
    });
  });
});
