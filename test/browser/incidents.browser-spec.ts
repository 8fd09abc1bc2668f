import { expect } from '@playwright/test';
import type { Page } from 'playwright-core';
import { hours, minutes } from '../support/fake-time';
import { anIncident } from '../support/factories';
import {
  englishPage,
  expectAccessible,
  screenshotForDocs,
  signInOnPage,
  startConsoleForAnOrganisation,
  type ConsoleUnderTest,
} from '../support/console-app';
import { aConsoleUser, type ConsoleUser } from '../support/console-user';

// On the board each incident is a link whose name starts with its reference (the accessible-name contract).
const INCIDENT_LINK = /^BR-\d{4}-\d{4}/;

describe('incidents in the console: the board, logging a breach, an incident, the register', () => {
  let c: ConsoleUnderTest;
  let dora: ConsoleUser;
  let page: Page;

  beforeAll(async () => {
    c = await startConsoleForAnOrganisation();
    dora = await aConsoleUser(c.t, ['dpo']);
    // Aware 60 h ago: the 72 h authority clock has 12 h left, so its countdown shows amber.
    await c.t
      .api()
      .post('/api/v1/incidents')
      .send(anIncident({ title: 'CRM export mailed to a supplier', awareAt: c.t.time.hoursAgo(60).toISOString() }))
      .expect(201);
    page = await englishPage(c, { viewport: { width: 1280, height: 800 } });
    await page.goto('/');
    await signInOnPage(c, page, dora);
  });
  afterAll(async () => {
    await c?.close();
  });

  it('lists open incidents on the board, each a link named by its reference, with a countdown that moves', async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Open incidents' })).toBeVisible();
    const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /CRM export mailed to a supplier/ }) });
    await expect(row.getByRole('link', { name: INCIDENT_LINK })).toBeVisible();
    await expect(row).toContainText(/due in 1[12]:\d\d/);
    const [, hh, mm] = /due in (\d\d):(\d\d)/.exec((await row.textContent())!)!;
    await expectAccessible(page);
    await screenshotForDocs(page, 'board');

    // The browser's clock moves 2 h on: the countdown follows without a reload.
    await page.clock.install();
    await page.clock.fastForward(hours(2) + minutes(1));
    const left = Number(hh) * 60 + Number(mm) - 121;
    await expect(row).toContainText(`due in ${String(Math.floor(left / 60)).padStart(2, '0')}:${String(left % 60).padStart(2, '0')}`);
    await page.reload();
  });

  it('asks for the board’s data, the session and the configuration before the console’s script runs, and once each', async () => {
    const asked: string[] = [];
    const record = (request: { url(): string }) => asked.push(new URL(request.url()).pathname);
    page.on('request', record);
    try {
      await page.goto('/');
      await expect(page.getByRole('link', { name: INCIDENT_LINK })).toBeVisible();
    } finally {
      page.off('request', record);
    }
    const early = ['/api/v1/console/config', '/api/v1/auth/session', '/api/v1/console/board'];
    // web/public/early.js asked for each (before the bundle, which it does not wait for); the console took each answer.
    const taken = await page.evaluate<[string, boolean][]>(
      'Object.entries(window.earlyAnswers ?? {}).map(([path, answer]) => [path, answer === undefined])',
    );
    expect(taken).toEqual(early.map((path) => [path, true]));
    for (const path of early) expect(asked.filter((p) => p === path)).toEqual([path]);
  });

  it('logs a breach through the guided form while the assessment beside it follows the facts', async () => {
    await page.goto('/');
    // The main navigation's link: once the board has drawn, its own "Log a breach" button is a second one.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log a breach' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Log a personal data breach' })).toBeVisible();
    const whatIf = page.getByRole('complementary', { name: 'Assessment so far' });
    await page.getByLabel('Title', { exact: true }).fill('Laptop with patient letters stolen');
    await page.getByRole('checkbox', { name: /^confidentiality breach/ }).check();
    await page.getByRole('checkbox', { name: 'identity data', exact: true }).check();
    await expect(whatIf).toContainText(/Risk\s*unlikely to result in a risk/);
    await page.getByRole('checkbox', { name: 'health data', exact: true }).check();
    await expect(whatIf).toContainText(/Risk\s*high risk/);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Log the breach' }).click();
    const heading = page.getByRole('heading', { level: 1, name: INCIDENT_LINK });
    await expect(heading).toBeVisible();
    await expect(heading).toContainText('Laptop with patient letters stolen');
    const reference = INCIDENT_LINK.exec((await heading.textContent())!)![0];
    const id = new URL(page.url()).pathname.split('/').pop();
    const stored = (await c.t.api().get(`/api/v1/incidents/${id}`).expect(200)).body;
    expect(stored).toMatchObject({ title: 'Laptop with patient letters stolen', dataCategories: ['identity', 'health'] });
    await expectAccessible(page);

    await page.goto('/');
    await expect(page.getByRole('link', { name: new RegExp(`^${reference}`) })).toBeVisible();
  });

  it('opens an incident from the board, its main heading led by the reference', async () => {
    await page.goto('/');
    const link = page.getByRole('link', { name: /CRM export mailed to a supplier/ });
    const reference = INCIDENT_LINK.exec((await link.textContent())!)![0];
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${reference}`) })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Clocks' })).toBeVisible();
    await expectAccessible(page);
    await screenshotForDocs(page, 'incident');
  });

  it('lets a responder acknowledge an incident (opened from the board by keyboard); the board then shows who and when', async () => {
    const [{ name }] = await c.t.dataSource.query('SELECT name FROM users WHERE id = $1', [dora.id]);
    await page.goto('/');
    await page.getByRole('link', { name: /CRM export mailed to a supplier/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: INCIDENT_LINK })).toContainText('CRM export mailed to a supplier');
    await expect(page.getByText('not acknowledged yet')).toBeVisible();
    await page.getByRole('button', { name: 'Acknowledge' }).click();
    await expect(page.getByText(`Acknowledged by ${name}`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Acknowledge' })).toHaveCount(0);
    await expectAccessible(page);

    await page.goto('/');
    const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /CRM export mailed to a supplier/ }) });
    await expect(row).toContainText(`Acknowledged by ${name}`);
    // Local time shown, the UTC instant on hover.
    await expect(row.locator('.board-ack time')).toHaveAttribute('title', / UTC$/);
  });

  it('downloads the register as CSV', async () => {
    await page.getByRole('link', { name: 'Register' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Breach register/ })).toBeVisible();
    await expectAccessible(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = await streamText(await download.createReadStream());
    expect(csv.split(/\r?\n/)[0]).toMatch(/^\uFEFF?reference,title,/);
    expect(csv).toContain('CRM export mailed to a supplier');
  });

  it.each([
    ['/audit', /^Audit/],
    ['/account', /sessions/i],
  ])('shows %s to the DPO with no serious accessibility fault', async (path, heading) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page);
  });
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
