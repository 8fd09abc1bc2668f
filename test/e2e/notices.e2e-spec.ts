import { createHash } from 'node:crypto';
import type { Response } from 'supertest';
import { aMalformedIncident, anIncident } from '../support/factories.js';
import { hours, minutes } from '../support/fake-time.js';
import { anOrganisation } from '../support/organisation.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { aUserWith } from '../support/users.js';

// pdf-parse's index.js runs a debug self-test when required directly; its library file does not.
const pdfParse: (data: Buffer) => Promise<{ text: string }> = require('pdf-parse/lib/pdf-parse.js');

type Kind = 'authority' | 'data_subjects' | 'controller';
type Language = 'ro' | 'en';

interface Notice {
  id: string;
  state: string;
  version: number;
  body: string;
  bodyHash: string;
  late: boolean;
  approvedHash: string | null;
  [field: string]: unknown;
}

const AWARE_AT = '2026-10-24T09:30:00+03:00';
const CONTROLLER = {
  name: 'Banca Exemplu SA',
  contact: 'dpo@banca-exemplu.ro',
  noticeHours: 12,
  subjectsAffected: 800,
  recordsAffected: 3100,
};

/** What a notice of each kind must say, in each language, besides the incident reference. */
const REQUIRED_ITEMS: Record<Kind, Record<Language, string[]>> = {
  authority: {
    en: [
      'Personal data breach notification to ANSPDCP',
      'Exemplu Telecom SRL',
      'Registration code (CUI)',
      'RO12345678',
      'dpo@exemplu.ro',
      'Date and time of becoming aware',
      '2026-10-24 06:30 UTC (local time 2026-10-24 09:30, UTC+03:00)',
      'New notification',
      'identity data',
      'content of communications',
      'Bucket made private; access logs under review.',
    ],
    ro: [
      'Notificarea încălcării securității datelor cu caracter personal către ANSPDCP',
      'Exemplu Telecom SRL',
      'Codul unic de înregistrare (CUI)',
      'RO12345678',
      'dpo@exemplu.ro',
      'Data și ora luării la cunoștință',
      '2026-10-24 06:30 UTC (ora locală 2026-10-24 09:30, UTC+03:00)',
      'Notificare nouă',
      'date de identificare',
      'conținutul comunicărilor',
      'Accesul public a fost blocat; jurnalele de acces sunt în curs de analiză.',
    ],
  },
  data_subjects: {
    en: [
      'A security incident that affected your personal data',
      'Exemplu Telecom SRL',
      'dpo@exemplu.ro',
      'On 24 October 2026 we found out that:',
      'identity data',
      'content of communications',
      'What we recommend',
    ],
    ro: [
      'Incident de securitate care a afectat datele dumneavoastră cu caracter personal',
      'Exemplu Telecom SRL',
      'dpo@exemplu.ro',
      'Pe 24 octombrie 2026 am aflat că:',
      'date de identificare',
      'conținutul comunicărilor',
      'Ce vă recomandăm',
    ],
  },
  controller: {
    en: [
      'Notification of a personal data breach to the controller (Art. 33(2) GDPR)',
      'Banca Exemplu SA (dpo@banca-exemplu.ro)',
      'Exemplu Telecom SRL, CUI RO12345678',
      'dpo@exemplu.ro',
      'Date and time of becoming aware',
      '2026-10-24 06:30 UTC (local time 2026-10-24 09:30, UTC+03:00)',
      'identity data',
      'content of communications',
    ],
    ro: [
      'Notificarea încălcării securității datelor cu caracter personal către operator (art. 33 alin. (2) din RGPD)',
      'Banca Exemplu SA (dpo@banca-exemplu.ro)',
      'Exemplu Telecom SRL, CUI RO12345678',
      'dpo@exemplu.ro',
      'Când am luat cunoștință',
      '2026-10-24 06:30 UTC (ora locală 2026-10-24 09:30, UTC+03:00)',
      'date de identificare',
      'conținutul comunicărilor',
    ],
  },
};

const KINDS_AND_LANGUAGES = (['authority', 'data_subjects', 'controller'] as const).flatMap((kind) =>
  (['ro', 'en'] as const).map((language) => [kind, language] as const),
);

/** Text extracted from a PDF breaks lines and spaces glyph runs its own way; compare without whitespace. */
const withoutSpaces = (text: string) => text.replace(/\s+/g, '');
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const messageOf = (response: Response) => (response.body.message as string[]).join('\n');

describe('notices', () => {
  let t: TestApp;
  let responder: string;
  let dpo: string;
  let reporter: string;
  let dpoId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.api().put('/api/v1/organisation').send(anOrganisation()).expect(200);
    responder = (await aUserWith(t, 'responder', { name: 'Radu' })).token;
    reporter = (await aUserWith(t, 'reporter', { name: 'Rita' })).token;
    const dpoUser = await aUserWith(t, 'dpo', { name: 'Ioana' });
    dpo = dpoUser.token;
    dpoId = dpoUser.id;
  });
  afterAll(() => t.close());

  // The GDPR notices: the telecom's call recordings would otherwise fall under the ePrivacy regime (GDPR Art. 95).
  const logIncident = async (overrides: Record<string, unknown> = {}) =>
    (
      await t
        .api(responder)
        .post('/api/v1/incidents')
        .send(anIncident({ regime: 'gdpr', ...overrides }))
        .expect(201)
    ).body as { id: string; reference: string };
  const draft = async (incidentId: string, request: Record<string, unknown>) =>
    (await t.api(responder).post(`/api/v1/incidents/${incidentId}/notices`).send(request).expect(201)).body as Notice;
  const command = (token: string, noticeId: string, action: string, body: Record<string, unknown> = {}) =>
    t.api(token).post(`/api/v1/notices/${noticeId}/${action}`).send(body);
  /** What the DPO read: the approval names the version and body hash the notice shows. */
  const readVersion = async (noticeId: string) => {
    const { version, bodyHash } = (await t.api(reporter).get(`/api/v1/notices/${noticeId}`).expect(200)).body as Notice;
    return { version, bodyHash };
  };
  const approved = async (noticeId: string) => {
    await command(responder, noticeId, 'submit').expect(200);
    return (await command(dpo, noticeId, 'approve', await readVersion(noticeId)).expect(200)).body as Notice;
  };
  const sent = async (noticeId: string, externalReference = 'ANSPDCP 4711/2026') =>
    (
      await command(responder, noticeId, 'sent', {
        sentAt: t.time.now().toISOString(),
        channel: 'ANSPDCP online form',
        externalReference,
      }).expect(200)
    ).body as Notice;
  const clockOf = async (incidentId: string, key: string) =>
    ((await t.api(reporter).get(`/api/v1/incidents/${incidentId}/clocks`).expect(200)).body as { key: string }[]).find(
      (clock) => clock.key === key,
    );
  const pdfTextOf = async (noticeId: string) => {
    const response = await t.api(reporter).get(`/api/v1/notices/${noticeId}/document?format=pdf`).responseType('blob').expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    return (await pdfParse(response.body as Buffer)).text;
  };

  describe.each(KINDS_AND_LANGUAGES)('a %s notice in %s', (kind, language) => {
    let incident: { id: string; reference: string };
    let notice: Notice;

    beforeAll(async () => {
      t.time.set('2026-10-24T07:00:00Z');
      incident = await logIncident(
        kind === 'controller' ? { awareAt: AWARE_AT, role: 'processor', affectedControllers: [CONTROLLER] } : { awareAt: AWARE_AT },
      );
      notice = await draft(incident.id, { kind, language });
    });

    it('starts as version 1 of a draft, with the hash of its body and the clock it will meet', () => {
      expect(notice).toMatchObject({ kind, language, state: 'draft', version: 1, late: false, approvedHash: null, sentAt: null });
      expect(notice.bodyHash).toBe(sha256(notice.body));
      expect(notice.clockKey).toBe({ authority: 'gdpr_art33', data_subjects: 'gdpr_art34', controller: 'processor_to_controller:0' }[kind]);
    });

    it('says every required item in the Markdown document', async () => {
      const response = await t.api(reporter).get(`/api/v1/notices/${notice.id}/document?format=md`).expect(200);
      expect(response.headers['content-type']).toBe('text/markdown; charset=utf-8');
      expect(response.headers['content-disposition']).toBe(`inline; filename="${incident.reference}-${kind}-${language}-v1.md"`);
      expect(response.text).toBe(notice.body);
      for (const item of [incident.reference, ...REQUIRED_ITEMS[kind][language]]) expect(response.text).toContain(item);
    });

    it('says every required item in the PDF, diacritics included', async () => {
      const text = withoutSpaces(await pdfTextOf(notice.id));
      for (const item of [incident.reference, ...REQUIRED_ITEMS[kind][language]]) expect(text).toContain(withoutSpaces(item));
      if (language === 'ro') {
        expect(text).toMatch(/ș/);
        expect(text).toMatch(/ț/);
        expect(text).not.toMatch(/[şţ]/); // never the cedilla forms
      }
    });

    it('is a printable HTML page in its language', async () => {
      const response = await t.api(reporter).get(`/api/v1/notices/${notice.id}/document?format=html`).expect(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.text).toContain(`<html lang="${language}">`);
      expect(response.text).toContain('Exemplu Telecom SRL');
    });
  });

  describe('approval', () => {
    it('is for a DPO only: a reporter and a responder get 403', async () => {
      const notice = await draft((await logIncident()).id, { kind: 'authority', language: 'ro' });
      await command(responder, notice.id, 'submit').expect(200);
      await command(reporter, notice.id, 'approve', await readVersion(notice.id)).expect(403);
      await command(responder, notice.id, 'approve', await readVersion(notice.id)).expect(403);
      const response = await command(dpo, notice.id, 'approve', await readVersion(notice.id)).expect(200);
      expect(response.body).toMatchObject({
        state: 'approved',
        approvedVersion: 1,
        approvedHash: sha256(notice.body),
        approvedBy: `user:${dpoId}`,
        approvedAt: t.time.now().toISOString(),
      });
    });

    it('is void once the approved text is edited: back to draft, a new version, the old one kept', async () => {
      const notice = await draft((await logIncident()).id, { kind: 'data_subjects', language: 'en' });
      await approved(notice.id);
      const body = `${notice.body}\nWe will write again when we know more.\n`;
      const edited = await t.api(responder).patch(`/api/v1/notices/${notice.id}`).send({ body }).expect(200);
      expect(edited.body).toMatchObject({
        state: 'draft',
        version: 2,
        body,
        bodyHash: sha256(body),
        approvedHash: null,
        approvedVersion: null,
        approvedBy: null,
      });
      const versions = await t.api(reporter).get(`/api/v1/notices/${notice.id}/versions`).expect(200);
      expect(versions.body.map((v: { version: number; bodyHash: string }) => [v.version, v.bodyHash])).toEqual([
        [1, sha256(notice.body)],
        [2, sha256(body)],
      ]);
      await command(responder, notice.id, 'sent', {
        sentAt: t.time.now().toISOString(),
        channel: 'email',
        externalReference: 'mailing 7',
      }).expect(409);
    });

    it('is refused while the text still has blanks to fill in, naming them', async () => {
      const notice = await draft((await logIncident()).id, { kind: 'authority', language: 'en' });
      const body = `${notice.body}\n[REQUIRED: the storage media]\n`;
      await t.api(responder).patch(`/api/v1/notices/${notice.id}`).send({ body }).expect(200);
      await command(responder, notice.id, 'submit').expect(200);
      const refused = await command(dpo, notice.id, 'approve', await readVersion(notice.id)).expect(400);
      expect(messageOf(refused)).toBe('body still has blanks to fill in before approval: [REQUIRED: the storage media]');
      expect((await t.api(reporter).get(`/api/v1/notices/${notice.id}`).expect(200)).body.state).toBe('submitted');
      await t.api(responder).patch(`/api/v1/notices/${notice.id}`).send({ body: notice.body }).expect(200);
      await approved(notice.id);
    });

    it("is refused while the organisation's identity still holds its default placeholders, naming the blanks", async () => {
      await t
        .api()
        .patch('/api/v1/organisation')
        .send({ dpo: { name: '[DPO name]', address: '[DPO address]' } })
        .expect(200);
      try {
        const notice = await draft((await logIncident()).id, { kind: 'authority', language: 'ro' });
        expect(notice.body).not.toContain('[DPO name]');
        await command(responder, notice.id, 'submit').expect(200);
        const refused = await command(dpo, notice.id, 'approve', await readVersion(notice.id)).expect(400);
        expect(messageOf(refused)).toContain('[OBLIGATORIU: numele responsabilului cu protecția datelor]');
        expect(messageOf(refused)).toContain('[OBLIGATORIU: adresa de corespondență a responsabilului cu protecția datelor]');
      } finally {
        await t.api().put('/api/v1/organisation').send(anOrganisation()).expect(200);
      }
    });

    it('can be refused with a reason, which a later submission clears', async () => {
      const notice = await draft((await logIncident()).id, { kind: 'authority', language: 'en' });
      await command(responder, notice.id, 'submit').expect(200);
      const blank = await command(dpo, notice.id, 'reject', { reason: '  ' }).expect(400);
      expect(messageOf(blank)).toContain('reason');
      const rejected = await command(dpo, notice.id, 'reject', { reason: 'Section 9 must name the storage media.' }).expect(200);
      expect(rejected.body).toMatchObject({ state: 'rejected', rejectedReason: 'Section 9 must name the storage media.' });
      const resubmitted = await command(responder, notice.id, 'submit').expect(200);
      expect(resubmitted.body).toMatchObject({ state: 'submitted', rejectedReason: null });
    });
  });

  describe('sending', () => {
    it('refuses an unapproved notice with a 409 that says why', async () => {
      const notice = await draft((await logIncident()).id, { kind: 'authority', language: 'en' });
      const record = { sentAt: t.time.now().toISOString(), channel: 'ANSPDCP online form', externalReference: 'ANSPDCP 1/2026' };
      const fromDraft = await command(responder, notice.id, 'sent', record).expect(409);
      expect(messageOf(fromDraft)).toBe("A notice in state 'draft' cannot be marked sent; only one in state 'approved' can.");
      await command(responder, notice.id, 'submit').expect(200);
      await command(responder, notice.id, 'sent', record).expect(409);
      expect((await t.api(reporter).get(`/api/v1/notices/${notice.id}`).expect(200)).body).toMatchObject({
        state: 'submitted',
        sentAt: null,
      });
    });

    it('stops the Art. 33 clock on time when an approved authority notice goes out within 72 hours', async () => {
      const incident = await logIncident();
      const notice = await draft(incident.id, { kind: 'authority', language: 'ro' });
      await approved(notice.id);
      t.time.advance(hours(30));
      const record = await sent(notice.id);
      expect(record).toMatchObject({
        state: 'sent',
        late: false,
        sentAt: t.time.now().toISOString(),
        channel: 'ANSPDCP online form',
        externalReference: 'ANSPDCP 4711/2026',
      });
      expect(await clockOf(incident.id, 'gdpr_art33')).toMatchObject({ state: 'met', late: false, metAt: t.time.now().toISOString() });
      await t.api(responder).patch(`/api/v1/notices/${notice.id}`).send({ body: 'changed' }).expect(409);
    });

    it('meets the Art. 34 clock with the letter to the people, and the next authority draft says how they were told', async () => {
      const incident = await logIncident();
      expect(await clockOf(incident.id, 'gdpr_art34')).toMatchObject({ state: 'running' });
      const letter = await draft(incident.id, { kind: 'data_subjects', language: 'en' });
      await approved(letter.id);
      await command(responder, letter.id, 'sent', {
        sentAt: t.time.now().toISOString(),
        channel: 'email to each customer',
        externalReference: 'mailing 2026-10',
        recipientCount: 1180,
      }).expect(200);
      expect(await clockOf(incident.id, 'gdpr_art34')).toMatchObject({ state: 'met', late: false });
      const authority = await draft(incident.id, { kind: 'authority', language: 'en' });
      // ANSPDCP form, section 2: the content, the means and the number of the people informed.
      expect(authority.body).toContain(
        '**Content of the communication to the data subjects:** the letter "A security incident that affected your personal data", version 1, attached',
      );
      expect(authority.body).toContain('**Means of communication used:** email to each customer');
      expect(authority.body).toContain('**Number of data subjects informed:** 1,180');
    });

    it("meets the processor's clock for the controller it warned", async () => {
      const incident = await logIncident({
        role: 'processor',
        affectedControllers: [
          CONTROLLER,
          { name: 'Energie Vest SA', contact: 'privacy@energievest.ro', subjectsAffected: 400, recordsAffected: 2300 },
        ],
      });
      const notice = await draft(incident.id, { kind: 'controller', language: 'ro', controllerIndex: 1 });
      expect(notice.clockKey).toBe('processor_to_controller:1');
      expect(notice.body).toContain('Energie Vest SA (privacy@energievest.ro)');
      expect(notice.body).not.toContain('Banca Exemplu SA');
      await approved(notice.id);
      await sent(notice.id, 'ticket 2026-118');
      expect(await clockOf(incident.id, 'processor_to_controller:1')).toMatchObject({ state: 'met' });
      expect(await clockOf(incident.id, 'processor_to_controller:0')).toMatchObject({ state: 'running' });
    });

    it('refuses a sending time in the future or before the approval', async () => {
      const notice = await draft((await logIncident()).id, { kind: 'authority', language: 'en' });
      const approval = await approved(notice.id);
      const at = (instant: number) => ({ sentAt: new Date(instant).toISOString(), channel: 'email', externalReference: 'x' });
      const future = await command(responder, notice.id, 'sent', at(t.time.now().getTime() + hours(1))).expect(400);
      expect(messageOf(future)).toBe('sentAt must not be in the future');
      const early = await command(responder, notice.id, 'sent', at(new Date(approval.approvedAt as string).getTime() - hours(1))).expect(
        400,
      );
      expect(messageOf(early)).toContain('sentAt must not be earlier than the approval');
    });
  });

  describe('a late authority notice (Art. 33(1))', () => {
    it('cannot be submitted without reasons for the delay, is accepted once they are given, and meets its clock late', async () => {
      const incident = await logIncident();
      t.time.advance(hours(73));
      const notice = await draft(incident.id, { kind: 'authority', language: 'en' });
      expect(notice.late).toBe(true);
      expect(notice.body).toContain('[REQUIRED: reasons for the delay]');

      const refused = await command(responder, notice.id, 'submit').expect(400);
      expect(messageOf(refused)).toMatch(/^reasonsForDelay must be given/);

      const reasons = 'The forensic report that identified the affected records arrived on day four.';
      const patched = await t.api(responder).patch(`/api/v1/notices/${notice.id}`).send({ reasonsForDelay: reasons }).expect(200);
      expect(patched.body).toMatchObject({ reasonsForDelay: reasons, version: 2, late: true });
      expect(patched.body.body).toContain(reasons);
      expect(patched.body.body).not.toContain('[REQUIRED: reasons for the delay]');

      await approved(notice.id);
      expect(await sent(notice.id)).toMatchObject({ state: 'sent', late: true });
      expect(await clockOf(incident.id, 'gdpr_art33')).toMatchObject({ state: 'met', late: true });
    });

    it('cannot be approved without reasons either, when it became late while waiting for approval', async () => {
      const incident = await logIncident();
      t.time.advance(hours(71));
      const notice = await draft(incident.id, { kind: 'authority', language: 'ro' });
      await command(responder, notice.id, 'submit').expect(200);
      t.time.advance(hours(2));
      const refused = await command(dpo, notice.id, 'approve', await readVersion(notice.id)).expect(400);
      expect(messageOf(refused)).toContain('reasonsForDelay');
      const patched = await t
        .api(responder)
        .patch(`/api/v1/notices/${notice.id}`)
        .send({ reasonsForDelay: 'Raportul criminalistic a sosit în ziua a patra.' })
        .expect(200);
      expect(patched.body.body).toContain('## 16. Motivele întârzierii\n\nAceastă notificare este transmisă la mai mult de 72 de ore');
      expect(patched.body.body).toContain('Raportul criminalistic a sosit în ziua a patra.');
      await approved(notice.id);
    });

    it('is judged on the deadline of the clock it meets: a provider’s notification 25 hours after detection is late (Reg. 611/2013 Art. 2(2))', async () => {
      const incident = await logIncident({ regime: 'eprivacy', occurredAt: undefined });
      t.time.advance(hours(25));
      const notice = await draft(incident.id, { kind: 'authority', language: 'ro' });
      expect(notice).toMatchObject({ clockKey: 'eprivacy_initial', late: true });
      expect(notice.body).toContain(
        '## 16. Motivele întârzierii\n\nAceastă notificare este transmisă la mai mult de 24 de ore după ce furnizorul a detectat',
      );
      expect(messageOf(await command(responder, notice.id, 'submit').expect(400))).toMatch(/^reasonsForDelay must be given/);
      const reasons = 'Abonații afectați au fost identificați abia după 30 de ore.';
      await t.api(responder).patch(`/api/v1/notices/${notice.id}`).send({ reasonsForDelay: reasons }).expect(200);
      await approved(notice.id);
      expect(await sent(notice.id)).toMatchObject({ state: 'sent', late: true });
      expect(await clockOf(incident.id, 'eprivacy_initial')).toMatchObject({ state: 'met', late: true });
    });
  });

  describe('a supplementary notice (Art. 33(4))', () => {
    it("refers to the first notification's external reference", async () => {
      const incident = await logIncident();
      const first = await draft(incident.id, { kind: 'authority', language: 'ro' });
      await approved(first.id);
      await sent(first.id, 'ANSPDCP 4711/2026');
      t.time.advance(hours(100));
      const supplement = await draft(incident.id, { kind: 'authority', language: 'ro', supplementTo: first.id });
      expect(supplement).toMatchObject({ supplementTo: first.id, late: false });
      expect(supplement.body).toContain('Completare a notificării nr. ANSPDCP 4711/2026');
      expect(withoutSpaces(await pdfTextOf(supplement.id))).toContain(withoutSpaces('Completare a notificării nr. ANSPDCP 4711/2026'));
      await command(responder, supplement.id, 'submit').expect(200);
    });

    it('says what changed since the notification it completes, and names the operator as it was notified', async () => {
      const incident = await logIncident();
      const first = await draft(incident.id, { kind: 'authority', language: 'ro' });
      await approved(first.id);
      await sent(first.id, 'ANSPDCP 4712/2026');
      await t
        .api()
        .put('/api/v1/organisation')
        .send(anOrganisation({ name: 'Exemplu Telecom Group SRL', address: 'Bd. Nou 2, Cluj-Napoca' }))
        .expect(200);
      await t
        .api(responder)
        .patch(`/api/v1/incidents/${incident.id}`)
        .send({ subjectsAffected: 1500, otherAuthoritiesInformed: [{ authority: 'dnsc', reference: 'DNSC-9' }] })
        .expect(200);
      const supplement = await draft(incident.id, { kind: 'authority', language: 'ro', supplementTo: first.id });
      expect(supplement.body).toContain('Numărul aproximativ de persoane vizate: 1.200 → 1.500');
      expect(supplement.body).toContain(
        'Alte autorități informate: nu se cunoaște → Directoratul Național de Securitate Cibernetică (DNSC)',
      );
      expect(supplement.body).toContain('**Denumirea:** Exemplu Telecom SRL');
      expect(supplement.body).not.toContain('Exemplu Telecom Group SRL');
      expect(supplement).not.toHaveProperty('organisationSnapshot');
      await t.api().put('/api/v1/organisation').send(anOrganisation()).expect(200);
    });

    it('completes only a sent authority notice of the same incident', async () => {
      const incident = await logIncident();
      const unsent = await draft(incident.id, { kind: 'authority', language: 'en' });
      const notYet = await t
        .api(responder)
        .post(`/api/v1/incidents/${incident.id}/notices`)
        .send({ kind: 'authority', language: 'en', supplementTo: unsent.id })
        .expect(409);
      expect(messageOf(notYet)).toContain('supplementTo');
      const other = await logIncident();
      const elsewhere = await t
        .api(responder)
        .post(`/api/v1/incidents/${other.id}/notices`)
        .send({ kind: 'authority', language: 'en', supplementTo: unsent.id })
        .expect(400);
      expect(messageOf(elsewhere)).toBe('supplementTo must name an authority notice of this incident');
      const letter = await t
        .api(responder)
        .post(`/api/v1/incidents/${incident.id}/notices`)
        .send({ kind: 'data_subjects', language: 'en', supplementTo: unsent.id })
        .expect(400);
      expect(messageOf(letter)).toContain('supplementTo applies only to kind');
    });
  });

  it('audits every transition, in the same chain as the clocks', async () => {
    const incident = await logIncident();
    const notice = await draft(incident.id, { kind: 'authority', language: 'en' });
    await command(responder, notice.id, 'submit').expect(200);
    await command(dpo, notice.id, 'reject', { reason: 'Add the storage media.' }).expect(200);
    await t
      .api(responder)
      .patch(`/api/v1/notices/${notice.id}`)
      .send({ body: `${notice.body}\nStorage: object storage, eu-central-1.\n` })
      .expect(200);
    await approved(notice.id);
    await sent(notice.id);
    const entries: { action: string; actor: string }[] = await t.dataSource.query(
      `SELECT action, actor FROM audit_log WHERE entity_type = 'notice' AND entity_id = $1 ORDER BY id`,
      [notice.id],
    );
    expect(entries.map((entry) => entry.action)).toEqual([
      'notice.created',
      'notice.submitted',
      'notice.rejected',
      'notice.edited',
      'notice.submitted',
      'notice.approved',
      'notice.sent',
    ]);
    expect(entries.find((entry) => entry.action === 'notice.approved')?.actor).toBe(`user:${dpoId}`);
    const clockMet = await t.dataSource.query(
      `SELECT a.action FROM audit_log a JOIN clocks c ON c.id::text = a.entity_id WHERE c.incident_id = $1 AND a.action = 'clock.met'`,
      [incident.id],
    );
    expect(clockMet).toHaveLength(1);
    expect((await t.api().get('/api/v1/audit/verify').expect(200)).body).toMatchObject({ ok: true });
  });

  it('is the provider’s form of Decision 184/2014 under the e-communications regime, and meets the ePrivacy clock', async () => {
    const incident = await logIncident({ regime: 'eprivacy', occurredAt: undefined });
    const notice = await draft(incident.id, { kind: 'authority', language: 'ro' });
    expect(notice.clockKey).toBe('eprivacy_initial');
    for (const text of [
      'Decizia ANSPDCP nr. 184/2014',
      'brese@dataprotection.ro',
      'semnătură electronică',
      'Prima notificare (art. 2 alin. (2) din Regulamentul (UE) nr. 611/2013)',
    ]) {
      expect(notice.body).toContain(text);
    }
    expect(notice.body).not.toContain('Decizia ANSPDCP nr. 128/2018');
    await approved(notice.id);
    await sent(notice.id, 'ANSPDCP e-mail 2026-77');
    expect(await clockOf(incident.id, 'eprivacy_initial')).toMatchObject({ state: 'met' });
    const letter = await draft(incident.id, { kind: 'data_subjects', language: 'ro' });
    expect(letter.clockKey).toBe('eprivacy_subscribers');
    expect(letter.body).toContain('Data estimată a incidentului: nu se cunoaște.');
  });

  it('is signed by the signatory named when drafting, else by the DPO', async () => {
    const incident = await logIncident();
    const signed = await draft(incident.id, {
      kind: 'authority',
      language: 'en',
      signatory: { name: 'Andrei Ionescu', position: 'Managing director' },
    });
    expect(signed.body).toMatch(
      /## Signature\n\n- \*\*Name:\*\* Andrei Ionescu\n- \*\*Position:\*\* Managing director\n- \*\*Date:\*\* \d{1,2} [A-Z][a-z]+ \d{4}\n/,
    );
    const unsigned = await draft(incident.id, { kind: 'authority', language: 'ro' });
    expect(unsigned.body).toContain('**Numele și prenumele:** Ioana Popescu\n- **Funcția:** Responsabil cu protecția datelor');
  });

  it.each([
    [{ textLanguage: 'de' }, 'textLanguage must be one of the following values: ro, en'],
    [{ translations: { ro: { description: 7 } } }, 'translations.ro.description must be a string'],
    [{ dataOutcome: 'lost' }, 'dataOutcome must be one of the following values'],
    [
      { otherAuthoritiesInformed: [{ authority: 'dnsc', reportedAt: '2026-10-24 10:00' }] },
      'otherAuthoritiesInformed.0.reportedAt must end with a time zone offset',
    ],
    [
      { affectedControllers: [{ name: 'X SA', contact: 'dpo@x.ro', subjectsAffected: -1 }] },
      'affectedControllers.0.subjectsAffected must not be less than 0',
    ],
  ])('refuses intake with a bad notice fact %p (400 naming the field)', async (overrides, expected) => {
    const response = await t.api(responder).post('/api/v1/incidents').send(aMalformedIncident(overrides)).expect(400);
    expect(messageOf(response)).toContain(expected);
  });

  describe('bad input', () => {
    let incidentId: string;
    let noticeId: string;
    beforeAll(async () => {
      incidentId = (await logIncident()).id;
      noticeId = (await draft(incidentId, { kind: 'authority', language: 'en' })).id;
    });

    it.each([
      ['an unknown kind', { kind: 'press_release', language: 'en' }, 'kind must be one of the following values'],
      ['an unknown language', { kind: 'authority', language: 'de' }, 'language must be one of the following values'],
      ['a supplementTo that is not an id', { kind: 'authority', language: 'en', supplementTo: 'ANSPDCP-1' }, 'supplementTo must be a UUID'],
      [
        'a controllerIndex for another kind',
        { kind: 'authority', language: 'en', controllerIndex: 0 },
        "controllerIndex applies only to kind 'controller'",
      ],
      [
        'a controllerIndex past the named controllers',
        { kind: 'controller', language: 'en', controllerIndex: 3 },
        'controllerIndex cannot be used: the incident names no affectedControllers',
      ],
      [
        'a blank signatory name',
        { kind: 'authority', language: 'en', signatory: { name: ' ', position: 'CEO' } },
        'signatory.name must not be blank',
      ],
    ])('refuses a draft with %s (400 naming the field)', async (_, request, expected) => {
      const response = await t.api(responder).post(`/api/v1/incidents/${incidentId}/notices`).send(request).expect(400);
      expect(messageOf(response)).toContain(expected);
    });

    it.each([
      ['nothing to change', {}, 'body or reasonsForDelay must be given'],
      ['a blank body', { body: ' \n' }, 'body must not be blank'],
      ['an unknown field', { state: 'approved' }, 'property state should not exist'],
    ])('refuses an edit with %s', async (_, request, expected) => {
      const response = await t.api(responder).patch(`/api/v1/notices/${noticeId}`).send(request).expect(400);
      expect(messageOf(response)).toContain(expected);
    });

    it('says an empty body is blank once, not also that it is too short', async () => {
      const response = await t.api(responder).patch(`/api/v1/notices/${noticeId}`).send({ body: '' }).expect(400);
      expect(response.body.message).toEqual(['body must not be blank']);
    });

    it('refuses reasons for a delay on a notice that is not for the authority', async () => {
      const letter = await draft(incidentId, { kind: 'data_subjects', language: 'en' });
      const response = await t.api(responder).patch(`/api/v1/notices/${letter.id}`).send({ reasonsForDelay: 'late' }).expect(400);
      expect(messageOf(response)).toBe('reasonsForDelay applies only to an authority notice (Art. 33(1))');
    });

    it.each([
      [
        'a sentAt without an offset',
        { sentAt: '2026-10-24T07:00:00', channel: 'email', externalReference: 'x' },
        'sentAt must end with a time zone offset',
      ],
      ['no channel', { sentAt: '2026-10-24T07:00:00Z', externalReference: 'x' }, 'channel'],
      ['no externalReference', { sentAt: '2026-10-24T07:00:00Z', channel: 'email' }, 'externalReference'],
    ])('refuses a sent record with %s', async (_, request, expected) => {
      const response = await command(responder, noticeId, 'sent', request).expect(400);
      expect(messageOf(response)).toContain(expected);
    });

    it('answers 404 for an unknown notice or incident, 400 for an id that is not one, and a format it cannot make', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(messageOf(await t.api(reporter).get(`/api/v1/notices/${unknown}`).expect(404))).toContain(`notice ${unknown} was not found`);
      await command(dpo, unknown, 'approve', { version: 1, bodyHash: '0'.repeat(64) }).expect(404);
      await t.api(responder).post(`/api/v1/incidents/${unknown}/notices`).send({ kind: 'authority', language: 'en' }).expect(404);
      await t.api(reporter).get('/api/v1/notices/not-an-id').expect(400);
      const format = await t.api(reporter).get(`/api/v1/notices/${noticeId}/document?format=docx`).expect(400);
      expect(messageOf(format)).toContain('format must be one of the following values');
    });
  });

  it('lists the notices of an incident, oldest first', async () => {
    const incident = await logIncident();
    const authority = await draft(incident.id, { kind: 'authority', language: 'ro' });
    t.time.advance(minutes(5));
    const letter = await draft(incident.id, { kind: 'data_subjects', language: 'ro' });
    const list = await t.api(reporter).get(`/api/v1/incidents/${incident.id}/notices`).expect(200);
    expect(list.body.map((notice: Notice) => notice.id)).toEqual([authority.id, letter.id]);
  });

  it('documents every notice endpoint in OpenAPI', async () => {
    const { body } = await t.api().get('/docs-json').expect(200);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/incidents/{id}/notices',
        '/api/v1/notices/{id}',
        '/api/v1/notices/{id}/versions',
        '/api/v1/notices/{id}/document',
        '/api/v1/notices/{id}/submit',
        '/api/v1/notices/{id}/approve',
        '/api/v1/notices/{id}/reject',
        '/api/v1/notices/{id}/sent',
      ]),
    );
    expect(Object.keys(body.components.schemas.CreateNoticeDto.properties)).toEqual([
      'kind',
      'language',
      'supplementTo',
      'controllerIndex',
      'signatory',
    ]);
    expect(Object.keys(body.components.schemas.MarkSentDto.properties)).toEqual([
      'sentAt',
      'channel',
      'externalReference',
      'recipientCount',
    ]);
    expect(body.components.schemas.NoticeView.properties).toHaveProperty('approvedHash');
  });
});
