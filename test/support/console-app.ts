import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { freePort } from '../../bench/support/service';
import { launchChromium, seriousAxeViolations } from './browser';
import { totpCode, type ConsoleUser } from './console-user';
import { FakeSlack } from './fake-slack';
import { FakeTimeSource } from './fake-time';
import { anOrganisation } from './organisation';
import { startTestApp, type TestApp } from './test-app';

export const SLACK_CHANNEL = 'C0CONSOLE';
// A TOTP code is taken once: the next one must be of a later 30 s step.
export const NEXT_TOTP_STEP_MS = 30_000;

export interface ConsoleUnderTest {
  t: TestApp;
  slack: FakeSlack;
  browser: Browser;
  /** Where the service listens, e.g. http://127.0.0.1:41234 (also its PUBLIC_URL, so Slack links point here). */
  baseUrl: string;
  close: () => Promise<void>;
}

/**
 * The real service on a real port and its own database, Slack faked at the HTTP edge, and a headless Chromium.
 * Time starts at the real now, so that the browser's clock and the service's agree until a test moves them.
 */
/** The console for an organisation that has set its identity and claims no sector regime (the GDPR clocks alone). */
export async function startConsoleForAnOrganisation(): Promise<ConsoleUnderTest> {
  const c = await startConsole();
  await c.t
    .api()
    .put('/api/v1/organisation')
    .send(anOrganisation({ sectors: [] }))
    .expect(200);
  return c;
}

export async function startConsole(env: Record<string, string> = {}): Promise<ConsoleUnderTest> {
  const time = new FakeTimeSource(new Date());
  const browser = await launchChromium();
  const slack = await FakeSlack.start({ now: () => time.now() });
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const t = await startTestApp({
    time,
    env: {
      PUBLIC_URL: baseUrl,
      SLACK_BOT_TOKEN: 'xoxb-console-test',
      SLACK_SIGNING_SECRET: 'console-signing-secret',
      SLACK_CHANNEL,
      SLACK_API_URL: slack.url,
      ...env,
    },
  });
  await t.app.listen(port, '127.0.0.1');
  return {
    t,
    slack,
    browser,
    baseUrl,
    close: async () => {
      await browser.close();
      await t.close();
      await slack.stop();
    },
  };
}

/** A page of its own (cookies, storage) in English, the language of the accessible-name contract. */
export async function englishPage(c: ConsoleUnderTest, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await c.browser.newContext({ baseURL: c.baseUrl, ...options });
  const page = await context.newPage();
  // The console keeps the language it was last asked for (?lang=…) for the pages that follow.
  await page.goto('/sign-in?lang=en');
  return page;
}

/** axe-core on the page as it is now: no serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

/**
 * Signs `user` in on the sign-in page the page is at (or was sent to); the code is for the service's time,
 * which then moves to the next 30 s step, since a code is taken once.
 */
export async function signInOnPage(c: ConsoleUnderTest, page: Page, user: ConsoleUser): Promise<void> {
  await page.getByLabel('Email', { exact: true }).fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  if (user.secret) await page.getByLabel('Code', { exact: true }).fill(totpCode(c.t, user.secret));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  if (user.secret) c.t.time.advance(NEXT_TOTP_STEP_MS);
}

/** A fresh code from `user`'s authenticator, for a step-up; the service's time moves past its step. */
export function freshCode(c: ConsoleUnderTest, user: ConsoleUser): string {
  const code = totpCode(c.t, user.secret!);
  c.t.time.advance(NEXT_TOTP_STEP_MS);
  return code;
}

/** With UPDATE_SCREENSHOTS=1 (npm run screenshots), the page as docs/screenshots/NAME.png for the README. */
export async function screenshotForDocs(page: Page, name: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  await page.screenshot({ path: join(__dirname, '..', '..', 'docs', 'screenshots', `${name}.png`), fullPage: false });
}
