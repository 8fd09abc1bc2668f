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
import { aConsoleUser, totpCode, type ConsoleUser } from '../support/console-user';

const BLANK = /\[REQUIRED: [^\]]*\]/g;

/** Nothing scrolls sideways: every part of the page fits the viewport's width. */
const fitsWidth = (page: Page) => page.evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth');

interface NoticeAwaitingApproval {
  noticeId: string;
  noticePath: string;
  /** The "Read it" link of the Slack approval request. */
  readItLink: string;
}

/** An authority notice, drafted by the admin's API token with a blank still to fill, submitted: Slack asks the DPOs. */
async function aNoticeAwaitingApproval(c: ConsoleUnderTest): Promise<NoticeAwaitingApproval> {
  const incident = (
    await c.t
      .api()
      .post('/api/v1/incidents')
      .send(anIncident({ awareAt: c.t.time.hoursAgo(5).toISOString() }))
      .expect(201)
  ).body;
  const notice = (await c.t.api().post(`/api/v1/incidents/${incident.id}/notices`).send({ kind: 'authority', language: 'en' }).expect(201))
    .body;
  await c.t
    .api()
    .patch(`/api/v1/notices/${notice.id}`)
    .send({ body: `${notice.body}\n\nConsequences: [REQUIRED: the likely consequences for the people affected]\n` })
    .expect(200);
  await c.t.api().post(`/api/v1/notices/${notice.id}/submit`).expect(200);
  await c.t.app.get(OutboxSender).sendDue();
  const request = c.slack.messages.find((m) => JSON.stringify(m.blocks ?? m.text).includes('Read it'));
  const readItLink = /Read it: <?([^\s>|"\\]+)/.exec(JSON.stringify(request?.blocks ?? request?.text))![1];
  return { noticeId: notice.id, noticePath: `/incidents/${incident.id}/notices/${notice.id}`, readItLink };
}

/**
 * The scenario up to the approval: the DPO opens the Slack link, signs in, lands on the notice, fills the blank
 * it lists, saves (a new version, back to draft) and submits it again. She has then written the version up for approval.
 */
async function fromTheSlackLinkFillTheBlank(c: ConsoleUnderTest, page: Page, dpo: ConsoleUser, n: NoticeAwaitingApproval): Promise<void> {
  expect(n.readItLink).toBe(`${c.baseUrl}${n.noticePath}`);
  await page.goto(n.readItLink);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await signInOnPage(c, page, dpo);
  await expect(page).toHaveURL(`${c.baseUrl}${n.noticePath}`);
  const blanks = page.getByRole('region', { name: 'Blanks to fill' }).getByRole('link');
  await expect(blanks.filter({ hasText: 'the likely consequences for the people affected' })).toBeVisible();
  await expectAccessible(page);

  const editor = page.getByLabel('Markdown', { exact: true });
  const body = await editor.inputValue();
  expect(body).toMatch(BLANK);
  await editor.fill(body.replace(BLANK, 'Callers may receive targeted phishing'));
  await expect(blanks).toHaveCount(0);
  await page.getByRole('button', { name: 'Save' }).click();
  const stored = async () => (await c.t.api().get(`/api/v1/notices/${n.noticeId}`).expect(200)).body;
  await expect.poll(async () => (await stored()).body).toContain('Callers may receive targeted phishing');
  expect((await stored()).body).not.toMatch(BLANK);
  // An edit takes the notice back to a draft, to be submitted again.
  await page.getByRole('button', { name: 'Submit for approval' }).click();
  await expect.poll(async () => (await stored()).state).toBe('submitted');
}

describe('a notice in the console: read, completed and approved by the DPO from the Slack link', () => {
  let c: ConsoleUnderTest;
  let dora: ConsoleUser;
  let radu: ConsoleUser;
  let rita: ConsoleUser;
  let awaiting: NoticeAwaitingApproval;
  let noticeId: string;
  let readItLink: string;
  let noticePath: string;

  beforeAll(async () => {
    c = await startConsoleForAnOrganisation();
    dora = await aConsoleUser(c.t, ['dpo']);
    radu = await aConsoleUser(c.t, ['dpo']);
    rita = await aConsoleUser(c.t, ['reporter']);
    awaiting = await aNoticeAwaitingApproval(c);
    ({ noticeId, readItLink, noticePath } = awaiting);
  });
  afterAll(async () => {
    await c?.close();
  });

  it('takes the DPO from the Slack link through sign-in to the notice to fill its blank; having written that version, she is told why she cannot approve it, and the server refuses her', async () => {
    const page = await englishPage(c);
    await fromTheSlackLinkFillTheBlank(c, page, dora, awaiting);

    // Four eyes, single-person approval off (the default): said on the page, before any dialog, with what to do.
    const why = page.getByRole('note');
    await expect(why).toContainText('so you cannot approve it: another DPO must (four eyes)');
    await expect(why).toContainText('Ask another DPO to approve it');
    await expect(why.getByRole('link', { name: 'Organisation' })).toHaveAttribute('href', '/organisation');
    await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Reject' })).toBeVisible();
    await expectAccessible(page);

    const notice = (await c.t.api().get(`/api/v1/notices/${noticeId}`).expect(200)).body;
    const session = await (await page.request.get('/api/v1/auth/session')).json();
    const approve = await page.request.post(`/api/v1/notices/${noticeId}/approve`, {
      data: { version: notice.version, bodyHash: notice.bodyHash, totpCode: freshCode(c, dora) },
      headers: { 'X-CSRF-Token': session.csrfToken },
    });
    expect(approve.status()).toBe(403);
    expect((await approve.json()).code).toBe('FOUR_EYES');
    expect((await c.t.api().get(`/api/v1/notices/${noticeId}`).expect(200)).body.state).toBe('submitted');
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

describe('a company with one DPO: she approves alone what she wrote, giving her reason, once an admin allows it', () => {
  let c: ConsoleUnderTest;
  let dora: ConsoleUser;
  let awaiting: NoticeAwaitingApproval;

  beforeAll(async () => {
    c = await startConsoleForAnOrganisation();
    dora = await aConsoleUser(c.t, ['dpo']);
    awaiting = await aNoticeAwaitingApproval(c);
  });
  afterAll(async () => {
    await c?.close();
  });

  it('lets an admin allow single-person approval on the Organisation page, saying what it means', async () => {
    // Not a DPO: the company's one DPO stays dora. (The admin role alone does not read the organisation's settings.)
    const admin = await aConsoleUser(c.t, ['admin', 'reporter']);
    const page = await englishPage(c);
    await page.goto('/organisation');
    await signInOnPage(c, page, admin);
    const allow = page.getByRole('checkbox', { name: 'Allow single-person approval' });
    await expect(allow).not.toBeChecked();
    await expect(allow).toHaveAccessibleDescription(/approve it alone, giving a reason the approval records/);
    await allow.check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status')).toBeVisible();
    expect((await c.t.api().get('/api/v1/organisation').expect(200)).body.singlePersonApproval).toEqual({ allowed: true });
    await page.context().close();
  });

  it('takes her from the Slack link through sign-in to the notice, where she fills the blank and approves it with a fresh code and her reason', async () => {
    const page = await englishPage(c);
    await fromTheSlackLinkFillTheBlank(c, page, dora, awaiting);
    await expect(page.getByRole('note')).toHaveCount(0);
    await page.getByRole('button', { name: 'Approve' }).click();
    const dialog = page.getByRole('dialog');
    const [, version, hash] = /You approve version (\d+), body hash ([0-9a-f]{64})/.exec((await dialog.textContent()) ?? '')!;
    const reason = dialog.getByLabel('Why no second person approves', { exact: true });
    await expect(reason).toHaveAccessibleDescription(/The approval records your reason/);
    await expectAccessible(page);

    // Without a reason, the API's own line, under the field; nothing approved, and the code not spent.
    await dialog.getByLabel('Code', { exact: true }).fill(totpCode(c.t, dora.secret!));
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await expect(reason).toHaveAccessibleDescription(/singlePersonReason must/);
    await expectAccessible(page);
    expect((await c.t.api().get(`/api/v1/notices/${awaiting.noticeId}`).expect(200)).body.state).toBe('submitted');

    const why = 'We are a company of four; I am the only DPO.';
    await reason.fill(why);
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0);
    const approved = (await c.t.api().get(`/api/v1/notices/${awaiting.noticeId}`).expect(200)).body;
    expect(approved).toMatchObject({
      state: 'approved',
      approvedVersion: Number(version),
      approvedHash: hash,
      bodyHash: hash,
      approvedBy: `user:${dora.id}`,
      approvedSinglePersonReason: why,
      approvedWithSecondFactor: true,
    });
    await expect(page.getByText('Approved by one person')).toBeVisible();
    await expect(page.getByText(`Reason: ${why}`)).toBeVisible();
    await page.context().close();
  });
});
