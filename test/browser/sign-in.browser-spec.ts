import { expect } from '@playwright/test';
import type { Page } from 'playwright-core';
import { startConsole, englishPage, expectAccessible, freshCode, signInOnPage, type ConsoleUnderTest } from '../support/console-app';
import { aConsoleUser, invitationToken, totpCode } from '../support/console-user';

const PASSWORD = 'a long passphrase for the console';
// The invitation used the current 30 s step's code: the next one accepted must be of a later step.
const NEXT_STEP_MS = 30_000;

// Screen readers pick their voice by it.
const documentLanguage = (page: Page) => page.evaluate<string>('document.documentElement.lang');

describe('signing in to the console', () => {
  let c: ConsoleUnderTest;
  beforeAll(async () => {
    c = await startConsole();
  });
  afterAll(async () => {
    await c?.close();
  });

  /** The setup key as the page shows it, whether as text or as a read-only field. */
  const setupKeyOn = async (page: Page) => {
    const key = page.getByLabel('Setup key', { exact: true });
    return ((await key.evaluate((element) => (element as { value?: string }).value ?? element.textContent)) as string).replace(/\s/g, '');
  };

  it('takes an invited DPO from the invitation link through a password and TOTP enrolment to the board', async () => {
    const invited = (
      await c.t
        .api()
        .post('/api/v1/users')
        .send({ name: 'Dora Dumitrescu', email: 'dora@exemplu.ro', roles: ['dpo'] })
        .expect(201)
    ).body;
    expect(invited.invitationUrl).toBe(`${c.baseUrl}/invitation/${invitationToken(invited.invitationUrl)}`);
    const page = await englishPage(c);
    await page.goto(invited.invitationUrl);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Confirm password', { exact: true }).fill(PASSWORD);
    const secret = await setupKeyOn(page);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expectAccessible(page);
    await page.getByLabel('Code', { exact: true }).fill(totpCode(c.t, secret));
    await page.getByRole('button', { name: 'Activate' }).click();
    await expect(page.getByRole('heading', { name: 'Recovery codes' })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: /^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/ })).toHaveCount(10);

    c.t.time.advance(NEXT_STEP_MS);
    await page.getByRole('link', { name: 'Continue to sign in' }).click();
    await page.getByLabel('Email', { exact: true }).fill('dora@exemplu.ro');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Code', { exact: true }).fill(totpCode(c.t, secret));
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Open incidents' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Dora Dumitrescu' })).toBeVisible();
    await page.context().close();
  });

  it('keeps a DPO out without the code, and says the code is needed', async () => {
    const invited = (
      await c.t
        .api()
        .post('/api/v1/users')
        .send({ name: 'Radu Rusu', email: 'radu@exemplu.ro', roles: ['dpo'] })
        .expect(201)
    ).body;
    const token = invitationToken(invited.invitationUrl);
    const secret = (await c.t.api().get(`/api/v1/invitations/${token}`).expect(200)).body.totp.secret as string;
    await c.t
      .api()
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ password: PASSWORD, code: totpCode(c.t, secret) })
      .expect(200);
    const page = await englishPage(c);
    await page.getByLabel('Email', { exact: true }).fill('radu@exemplu.ro');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText(/code/i);
    await expect(page.getByLabel('Code', { exact: true })).toBeFocused();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.context().close();
  });

  it('switches between Romanian and English, Romanian first for a Romanian organisation', async () => {
    const context = await c.browser.newContext({ baseURL: c.baseUrl });
    const page = await context.newPage();
    await page.goto('/sign-in');
    await expect.poll(() => documentLanguage(page)).toBe('ro');
    const romanian = await page.getByRole('heading', { level: 1 }).textContent();
    await page.getByLabel('Limba').selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Breach Desk' })).toBeVisible();
    await expect.poll(() => documentLanguage(page)).toBe('en');
    expect(romanian).not.toBe('Sign in to Breach Desk');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Breach Desk' })).toBeVisible();
    await page.getByLabel('Language').selectOption('ro');
    await expect(page.getByRole('heading', { level: 1, name: romanian! })).toBeVisible();
    await expectAccessible(page);
    await context.close();
  });

  it('gives a DPO new recovery codes on her account page, confirmed with a fresh code, and the old ones stop working', async () => {
    const dpo = await aConsoleUser(c.t, ['dpo']);
    const page = await englishPage(c);
    await page.goto('/account');
    await signInOnPage(c, page, dpo);
    await expect(page.getByText('Recovery codes left: 10 of 10.')).toBeVisible();
    await page.getByLabel('Code', { exact: true }).fill('000000');
    await page.getByRole('button', { name: 'New recovery codes' }).click();
    await expect(page.getByText('That code is wrong. Try the current one.')).toBeVisible();
    await page.getByLabel('Code', { exact: true }).fill(freshCode(c, dpo));
    await page.getByRole('button', { name: 'New recovery codes' }).click();
    const codes = page.getByRole('listitem').filter({ hasText: /^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/ });
    await expect(codes).toHaveCount(10);
    await expectAccessible(page);
    const shown = await codes.allTextContents();
    expect(shown).not.toContain(dpo.recoveryCodes[0]);
    const stored: { n: number }[] = await c.t.dataSource.query(
      'SELECT count(*)::int AS n FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL',
      [dpo.id],
    );
    expect(stored).toEqual([{ n: 10 }]);
    await page.context().close();
  });
});
