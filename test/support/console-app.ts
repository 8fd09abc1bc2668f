import { createServer } from 'node:net';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { FakeSlack } from './fake-slack';
import { FakeTimeSource } from './fake-time';
import { startTestApp, type TestApp } from './test-app';

export const SLACK_CHANNEL = 'C0CONSOLE';

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

/** A port nobody listens on now; PUBLIC_URL must name it before the service starts. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
