import { expect } from '@playwright/test';
import { startConsole, type ConsoleUnderTest } from '../support/console-app';

describe('the browser harness', () => {
  let c: ConsoleUnderTest;
  beforeAll(async () => {
    c = await startConsole();
  });
  afterAll(async () => {
    await c?.close();
  });

  it('opens the service on its own port in headless Chromium', async () => {
    const page = await c.browser.newPage();
    await page.goto(`${c.baseUrl}/docs`);
    await expect(page.getByRole('heading', { name: /Breach Desk/ })).toBeVisible();
    await page.close();
  });
});
