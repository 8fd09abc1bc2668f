import { expect } from '@playwright/test';
import type { Page } from 'playwright-core';
import { OutboxSender } from '../../src/slack/outbox-sender.service';
import { anIncident } from '../support/factories';
import {
  englishPage,
  expectAccessible,
  freshCode,
  screenshotForDocs,
  signInOnPage,
  startConsoleForAnOrganisation,
  type ConsoleUnderTest,
} from '../support/console-app';
import { aConsoleUser, type ConsoleUser } from '../support/console-user';

const BLANK = /\[REQUIRED: [^\]]*\]/g;

/** Nothing scrolls sideways: every part of the page fits the viewport's width. */
const fitsWidth = (page: Page) => page.evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth');

describe('a notice in the console: read, completed and approved by the DPO from the Slack link', () => {
  let c: ConsoleUnderTest;
  let dora: ConsoleUser;
  let radu: ConsoleUser;
  let rita: ConsoleUser;
  let noticeId: string;
  let readItLink: string;
  let noticePath: string;

  beforeAll(async () => {
    c = await startConsoleForAnOrganisation();
    dora = await aConsoleUser(c.t, ['dpo']);
    radu = await aConsoleUser(c.t, ['dpo']);
    rita = await aConsoleUser(c.t, ['reporter']);
    const incident = (
      await c.t
        .api()
        .post('/api/v1/incidents')
        .send(anIncident({ awareAt: c.t.time.hoursAgo(5).toISOString() }))
        .expect(201)
    ).body;
    const notice = (
      await c.t.api().post(`/api/v1/incidents/${incident.id}/notices`).send({ kind: 'authority', language: 'en' }).expect(201)
    ).body;
    noticeId = notice.id;
    noticePath = `/incidents/${incident.id}/notices/${notice.id}`;
    await c.t
      .api()
      .patch(`/api/v1/notices/${notice.id}`)
      .send({ body: `${notice.body}\n\nConsequences: [REQUIRED: the likely consequences for the people affected]\n` })
      .expect(200);
    await c.t.api().post(`/api/v1/notices/${notice.id}/submit`).expect(200);
    await c.t.app.get(OutboxSender).sendDue();
    const request = c.slack.messages.find((m) => JSON.stringify(m.blocks ?? m.text).includes('Read it'));
    readItLink = /Read it: <?([^\s>|"\\]+)/.exec(JSON.stringify(request?.blocks ?? request?.text))![1];
  });
  afterAll(async () => {
    await c?.close();
  });

  it('takes the DPO from the Slack link through sign-in to the notice, where she fills the blanks it still has', async () => {
    expect(readItLink).toBe(`${c.baseUrl}${noticePath}`);
    const page = await englishPage(c);
    await page.goto(readItLink);
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await signInOnPage(c, page, dora);
    await expect(page).toHaveURL(`${c.baseUrl}${noticePath}`);
    await expect(page.getByRole('button', { name: 'Approve' })).toBeVisible();
    const blanks = page.getByRole('region', { name: 'Blanks to fill' }).getByRole('link');
    await expect(blanks.filter({ hasText: 'the likely consequences for the people affected' })).toBeVisible();
    await expectAccessible(page);

    const editor = page.getByLabel('Markdown', { exact: true });
    const body = await editor.inputValue();
    expect(body).toMatch(BLANK);
    await editor.fill(body.replace(BLANK, 'Callers may receive targeted phishing'));
    await expect(blanks).toHaveCount(0);
    await page.getByRole('button', { name: 'Save' }).click();
    const stored = async () => (await c.t.api().get(`/api/v1/notices/${noticeId}`).expect(200)).body;
    await expect.poll(async () => (await stored()).body).toContain('Callers may receive targeted phishing');
    expect((await stored()).body).not.toMatch(BLANK);
    // An edit takes the notice back to a draft, to be submitted again.
    await page.getByRole('button', { name: 'Submit for approval' }).click();
    await expect.poll(async () => (await stored()).state).toBe('submitted');

    // Four eyes: whoever wrote the version on screen cannot approve it; the console says why.
    await page.getByRole('button', { name: 'Approve' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Code', { exact: true }).fill(freshCode(c, dora));
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await expect(dialog).toContainText(/four eyes/i);
    await page.context().close();
  });

  it('shows a reporter no Approve button, and the server refuses a reporter who approves anyway', async () => {
    const page = await englishPage(c);
    await page.goto(noticePath);
    await signInOnPage(c, page, rita);
    await expect(page.getByRole('button', { name: 'Download PDF' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Reject' })).toHaveCount(0);
    const notice = (await c.t.api().get(`/api/v1/notices/${noticeId}`).expect(200)).body;
    const session = await (await page.request.get('/api/v1/auth/session')).json();
    const approve = await page.request.post(`/api/v1/notices/${noticeId}/approve`, {
      data: { version: notice.version, bodyHash: notice.bodyHash, totpCode: '000000' },
      headers: { 'X-CSRF-Token': session.csrfToken },
    });
    expect(approve.status()).toBe(403);
    await c.t
      .api(rita.token)
      .post(`/api/v1/notices/${noticeId}/approve`)
      .send({ version: notice.version, bodyHash: notice.bodyHash })
      .expect(403);
    expect((await c.t.api().get(`/api/v1/notices/${noticeId}`).expect(200)).body.state).toBe('submitted');
    await page.context().close();
  });

  it('keeps Approve within reach at 200 % zoom', async () => {
    // 200 % zoom of a 1280 × 800 window: a 640 × 400 CSS-pixel viewport drawn at twice the density.
    const page = await englishPage(c, { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    await page.goto(noticePath);
    await signInOnPage(c, page, radu);
    const approve = page.getByRole('button', { name: 'Approve' });
    await approve.scrollIntoViewIfNeeded();
    await expect(approve).toBeInViewport();
    expect(await fitsWidth(page)).toBe(true);
    await page.context().close();
  });

  it('lets another DPO approve from her phone with a fresh second-factor code, naming the version and hash on screen', async () => {
    const page = await englishPage(c, { viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await page.goto(readItLink);
    await signInOnPage(c, page, radu);
    await expect(page).toHaveURL(`${c.baseUrl}${noticePath}`);
    expect(await fitsWidth(page)).toBe(true);
    const notice = (await c.t.api().get(`/api/v1/notices/${noticeId}`).expect(200)).body;
    await page.getByRole('button', { name: 'Approve' }).tap();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(notice.bodyHash);
    await expectAccessible(page);
    await dialog.getByLabel('Code', { exact: true }).fill(freshCode(c, radu));
    await dialog.getByRole('button', { name: 'Confirm' }).tap();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0);
    const approved = (await c.t.api().get(`/api/v1/notices/${noticeId}`).expect(200)).body;
    expect(approved).toMatchObject({ state: 'approved', approvedVersion: notice.version, approvedHash: notice.bodyHash });
    await expect(page.getByRole('button', { name: 'Mark as sent' })).toBeVisible();
    await page.context().close();
  });

  it('shows the approved notice as it will be sent', async () => {
    const page = await englishPage(c, { viewport: { width: 1280, height: 800 } });
    await page.goto(noticePath);
    await signInOnPage(c, page, radu);
    await expect(page.getByRole('heading', { level: 2, name: 'The document as it will be sent' })).toBeVisible();
    await expectAccessible(page);
    await screenshotForDocs(page, 'notice');
    await page.context().close();
  });
});
