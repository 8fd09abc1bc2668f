import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { anIncident } from '../support/factories';
import { englishPage, expectAccessible, signInOnPage, startConsoleForAnOrganisation, type ConsoleUnderTest } from '../support/console-app';
import { aConsoleUser } from '../support/console-user';

const WIDTHS: [string, BrowserContextOptions][] = [
  ['a desktop window', { viewport: { width: 1280, height: 800 } }],
  ['a phone', { viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }],
];

// Every page of the console, signed in as someone who may see them all (admin and DPO).
describe.each(WIDTHS)('every page on %s: axe-core finds no serious or critical fault', (_, options) => {
  let c: ConsoleUnderTest;
  let page: Page;
  let incidentId: string;

  beforeAll(async () => {
    c = await startConsoleForAnOrganisation();
    incidentId = (
      await c.t
        .api()
        .post('/api/v1/incidents')
        .send(anIncident({ title: 'Payroll file on a public share' }))
        .expect(201)
    ).body.id;
    // The inventory page with a real inventory in it: its tables scroll sideways on a phone.
    await c.t
      .api()
      .post('/api/v1/inventory/import?format=json')
      .send(JSON.parse(readFileSync(join(__dirname, '../../examples/ai-saas-inventory.json'), 'utf8')))
      .expect(200);
    const admin = await aConsoleUser(c.t, ['admin', 'dpo']);
    page = await englishPage(c, options);
    await page.goto('/');
    await signInOnPage(c, page, admin);
    await expect(page.getByRole('heading', { level: 1, name: 'Open incidents' })).toBeVisible();
  });
  afterAll(async () => {
    await c?.close();
  });

  it.each([
    ['/', 'Open incidents'],
    ['/incidents/new', 'Log a personal data breach'],
    ['/register', /^Breach register/],
    ['/organisation', 'Organisation'],
    ['/users', 'Users'],
    ['/audit', /^Audit/],
    ['/inventory', 'Inventory'],
    ['/account', /sessions/i],
    ['/no/such/page', 'Page not found'],
  ])('%s', async (path, heading) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page);
  });

  it('an incident', async () => {
    await page.goto(`/incidents/${incidentId}`);
    await expect(page.getByRole('heading', { level: 1, name: /^BR-\d{4}-\d+/ })).toBeVisible();
    await expectAccessible(page);
  });
});
