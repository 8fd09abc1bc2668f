// A notice's PDF cannot take the service down: the largest body the API accepts is laid out in linear time, in a
// worker thread within a time and a memory budget, with renders bounded, while the service keeps answering.
import request from 'supertest';
import { MAX_BODY } from '../../src/notices/notice.dto.js';
import { PdfRenderer } from '../../src/notices/pdf-renderer.service.js';
import { anIncident } from '../support/factories.js';
import { anOrganisation } from '../support/organisation.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// pdf-parse's index.js runs a debug self-test when required directly; its library file does not.
const pdfParse: (data: Buffer) => Promise<{ text: string; numpages: number }> = require('pdf-parse/lib/pdf-parse.js');

/** Bodies of MAX_BODY characters that each once made the layout quadratic (or worse). */
const LARGEST_BODIES: [string, string][] = [
  ['one word', 'x'.repeat(MAX_BODY)],
  ['a heading with a long run of spaces', `# a${' '.repeat(MAX_BODY - 4)}b`],
  // Two bytes each: as many as the 100 kB request limit lets through.
  ['a letter under 50 000 combining accents', `a${'\u0301'.repeat(50_000)}`],
];

async function draftNotice(t: TestApp): Promise<string> {
  await t.api().put('/api/v1/organisation').send(anOrganisation()).expect(200);
  const incident = await t.api().post('/api/v1/incidents').send(anIncident()).expect(201);
  const notice = await t
    .api()
    .post(`/api/v1/incidents/${incident.body.id}/notices`)
    .send({ kind: 'authority', language: 'en' })
    .expect(201);
  return notice.body.id as string;
}

const pdfOf = (t: TestApp, noticeId: string) => t.api().get(`/api/v1/notices/${noticeId}/document?format=pdf`).responseType('blob');

describe('notice PDFs: bounded, off the event loop', () => {
  let t: TestApp;
  let noticeId: string;
  beforeAll(async () => {
    // One render at a time and nobody waiting, so that a second one at once is refused.
    t = await startTestApp({ env: { PDF_CONCURRENCY: '1', PDF_QUEUE: '0' } });
    noticeId = await draftNotice(t);
  });
  afterAll(() => t.close());

  it.each(LARGEST_BODIES)(
    'renders the largest body the API accepts (%s) within the default budgets, and the service lives on',
    async (_, body) => {
      await t.api().patch(`/api/v1/notices/${noticeId}`).send({ body }).expect(200);
      const response = await pdfOf(t, noticeId).expect(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      const { numpages } = await pdfParse(response.body as Buffer);
      expect(numpages).toBeGreaterThanOrEqual(1);
      await request(t.http).get('/health/live').expect(200);
    },
  );

  it('breaks a word longer than a line across lines instead of cutting it off', async () => {
    const word = 'ab'.repeat(MAX_BODY / 2);
    await t.api().patch(`/api/v1/notices/${noticeId}`).send({ body: word }).expect(200);
    const { text, numpages } = await pdfParse((await pdfOf(t, noticeId).expect(200)).body as Buffer);
    expect(numpages).toBeGreaterThan(10);
    expect(text.replace(/[\s\u200b]/g, '')).toBe(word);
  });

  it('answers /health/live while a large PDF is being made', async () => {
    await t.api().patch(`/api/v1/notices/${noticeId}`).send({ body: LARGEST_BODIES[0][1] }).expect(200);
    const renderer = t.app.get(PdfRenderer);
    let pdfDone = false;
    const pdf = pdfOf(t, noticeId).then((response) => {
      pdfDone = true;
      return response;
    });
    while (renderer.active === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await request(t.http).get('/health/live').expect(200, { status: 'ok' });
    expect(pdfDone).toBe(false);
    expect((await pdf).status).toBe(200);
  });

  it('refuses a render beyond the bound with 503 and Retry-After, and makes the other', async () => {
    await t.api().patch(`/api/v1/notices/${noticeId}`).send({ body: LARGEST_BODIES[0][1] }).expect(200);
    const answers = await Promise.all([pdfOf(t, noticeId), pdfOf(t, noticeId)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 503]);
    const refused = answers.find((answer) => answer.status === 503)!;
    expect(refused.headers['retry-after']).toBe('30');
    expect(JSON.parse((refused.body as Buffer).toString()).message[0]).toMatch(/PDFs are being made.*ask again in 30 s/);
  });
});

describe('notice PDFs over budget', () => {
  let t: TestApp;
  let noticeId: string;
  beforeAll(async () => {
    t = await startTestApp({ env: { PDF_TIME_BUDGET_MS: '100' } });
    noticeId = await draftNotice(t);
  });
  afterAll(() => t.close());

  it('answers 422 with a sentence that names the budget and the formats that always work', async () => {
    await t
      .api()
      .patch(`/api/v1/notices/${noticeId}`)
      .send({ body: 'x'.repeat(MAX_BODY) })
      .expect(200);
    const response = await pdfOf(t, noticeId).expect(422);
    const answer = JSON.parse((response.body as Buffer).toString());
    expect(answer).toMatchObject({ statusCode: 422, error: 'Unprocessable Entity' });
    expect(answer.message).toEqual([
      expect.stringMatching(/^the PDF of this notice needs more than 100 ms to make.*\?format=md or \?format=html$/),
    ]);
    await t.api().get(`/api/v1/notices/${noticeId}/document?format=html`).expect(200);
    await request(t.http).get('/health/live').expect(200);
  });
});
