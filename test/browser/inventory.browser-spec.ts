import { expect } from '@playwright/test';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { englishPage, expectAccessible, signInOnPage, startConsole, type ConsoleUnderTest } from '../support/console-app';
import { aConsoleUser } from '../support/console-user';

const EXAMPLE = join(__dirname, '../../examples/cloud-pbx-inventory.json');

describe('the inventory in the console', () => {
  let c: ConsoleUnderTest;
  let page: Page;

  beforeAll(async () => {
    c = await startConsole();
    const admin = await aConsoleUser(c.t, ['admin', 'responder']);
    page = await englishPage(c, { viewport: { width: 1280, height: 800 } });
    await page.goto('/');
    await signInOnPage(c, page, admin);
  });
  afterAll(async () => {
    await c?.close();
  });

  it('starts empty, imports an example file and lists its systems with their data sets and customers', async () => {
    await page.getByRole('link', { name: 'Inventory' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Inventory' })).toBeVisible();
    await expect(page.getByText('No systems yet.')).toBeVisible();
    await page.getByLabel('Inventory file (JSON or CSV)').setInputFiles(EXAMPLE);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('status')).toContainText('Systems: 8 added');
    const recordings = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Call recordings, transcripts/ }) });
    await expect(recordings).toContainText('processor');
    await expect(recordings).toContainText('Clinica Beta SRL');
    await expectAccessible(page);
  });

  it('shows a bad sheet’s problems by row and column, and changes nothing', async () => {
    const sheet = 'systemSlug,systemName,dataSet,role,dataCategories,subjectCategories\nlogs,Logs,1,controller,helth,users\n';
    await page
      .getByLabel('Inventory file (JSON or CSV)')
      .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('row 2, dataCategories has "helth", which is not a data category');
    await expect(page.getByRole('heading', { name: 'Logs' })).toHaveCount(0);
    await expectAccessible(page);
  });

  it('adds a customer and a system that holds its data', async () => {
    await page.getByRole('button', { name: 'New customer' }).click();
    const dialog = page.getByRole('dialog', { name: 'New customer' });
    await dialog.getByLabel('Name', { exact: true }).fill('Shop Zeta SRL');
    await dialog.getByLabel('Contact for breach warnings').fill('dpo@zeta.test');
    await dialog.getByLabel('Window to warn (hours)').fill('36');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Shop Zeta SRL' })).toBeVisible();

    await page.getByRole('button', { name: 'New system' }).click();
    const form = page.getByRole('dialog', { name: 'New system' });
    await form.getByLabel('Slug').fill('order-exports');
    await form.getByLabel('Name', { exact: true }).fill('Order exports');
    await form.getByLabel('Our role').selectOption('processor');
    await form.getByRole('checkbox', { name: 'contact details' }).check();
    await form.getByRole('checkbox', { name: 'customers', exact: true }).check();
    await form.getByRole('button', { name: 'Add a customer' }).click();
    await form.getByLabel('Customer 1').selectOption({ label: 'Shop Zeta SRL' });
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Save' }).click();
    const system = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Order exports/ }) });
    await expect(system).toContainText('Shop Zeta SRL');
  });

  it('shows an incident that touched our data and a customer’s with each role’s part and its reasons', async () => {
    const customer = (
      await c.t.api().post('/api/v1/customers').send({ name: 'Shop Eta SRL', contact: 'dpo@eta.test', noticeHours: 24 }).expect(201)
    ).body;
    await c.t
      .api()
      .post('/api/v1/systems')
      .send({
        slug: 'voice-agent-calls',
        name: 'Voice agent calls',
        dataSets: [
          { role: 'controller', dataCategories: ['identity', 'account'], subjectCategories: ['users'], subjectsAffected: 300 },
          {
            role: 'processor',
            dataCategories: ['identity', 'communications_content'],
            subjectCategories: ['customers'],
            customers: [{ customerId: customer.id, subjectsAffected: 5000 }],
          },
        ],
      })
      .expect(201);
    const incident = (
      await c.t
        .api()
        .post('/api/v1/incidents')
        .send({ title: 'Voice agent recordings exposed', systems: ['voice-agent-calls'], breachTypes: ['confidentiality'] })
        .expect(201)
    ).body;
    await page.goto(`/incidents/${incident.id}`);
    const ours = page.getByRole('region', { name: 'Our own data, as controller: voice-agent-calls' });
    const theirs = page.getByRole('region', { name: 'Our customers’ data, as processor: voice-agent-calls' });
    await expect(ours).toContainText('notify ANSPDCP');
    await expect(theirs).toContainText('warn the controllers (Art. 33(2))');
    await expect(theirs).toContainText('Shop Eta SRL');
    await expect(theirs.getByRole('listitem').first()).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/incidents/${incident.id}?lang=ro`);
    await expect(
      page.getByRole('heading', { name: 'Datele clienților, în calitate de persoană împuternicită de operator: voice-agent-calls' }),
    ).toBeVisible();
  });

  it('speaks Romanian with the legal terms', async () => {
    await page.goto('/inventory?lang=ro');
    await expect(page.getByRole('heading', { level: 1, name: 'Inventar' })).toBeVisible();
    await expect(page.getByText('persoană împuternicită de operator').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Exportă CSV' })).toBeVisible();
    await expectAccessible(page);
  });
});
