// The console in headless Chromium against the built service (dist/main.js serving web/dist): the JavaScript
// the first page loads (gzipped), and the board's time to interactive with 1 000 open incidents.
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../test/support/browser.js';
import { anIncident } from '../test/support/factories.js';
import { figure, median, type Figure } from './support/figures.js';
import { inParallel, postIncident } from './support/incidents.js';
import { ADMIN_TOKEN, Service, freePort, withTempDir } from './support/service.js';

interface ConsoleUser {
  email: string;
  password: string;
}

const OPEN_INCIDENTS = 1_000;
const INTAKE_CONCURRENCY = 8;
const BOARD_RUNS = 5;
// Each incident's reference leads its link's name on the board (the console's accessible-name contract).
const INCIDENT_LINK = /^BR-\d{4}-\d+/;

export interface ConsoleResult {
  figures: Figure[];
  firstPageJsGzipKb: number;
  boardInteractiveMs: number;
}

export async function benchConsole(): Promise<ConsoleResult> {
  return withTempDir('breach-desk-bench-console-', async (dataDir) => {
    const port = await freePort();
    // No scheduler: the 1 000 incidents' alerts are planned, not sent, so the board is measured alone.
    const service = Service.start({ port, dataDir, scheduler: false });
    let browser: Browser | undefined;
    try {
      await service.untilReady();
      const user = await responder(service.baseUrl);
      await inParallel(OPEN_INCIDENTS, INTAKE_CONCURRENCY, async (index) => {
        const created = await postIncident(service.baseUrl, JSON.stringify(anIncident({ title: `Bench board ${index}` })));
        if (created.status !== 201) throw new Error(`intake answered ${created.status}`);
      });
      browser = await launchChromium();
      const signInJs = await firstPageJs(browser, service.baseUrl, null);
      const boardJs = await firstPageJs(browser, service.baseUrl, user);
      const runs: number[] = [];
      for (let run = 0; run < BOARD_RUNS; run++) runs.push(await boardInteractiveMs(browser, service.baseUrl, user));
      const firstPageJsGzipKb = Math.max(signInJs.gzipBytes, boardJs.gzipBytes) / 1000;
      const boardInteractiveMedianMs = median(runs);
      return {
        firstPageJsGzipKb,
        boardInteractiveMs: boardInteractiveMedianMs,
        figures: [
          figure(
            'console_sign_in_js_gzip',
            signInJs.gzipBytes / 1000,
            `kB (${signInJs.files} files, ${Math.round(signInJs.rawBytes / 1000)} kB raw)`,
          ),
          figure(
            'console_board_js_gzip',
            boardJs.gzipBytes / 1000,
            `kB (${boardJs.files} files, ${Math.round(boardJs.rawBytes / 1000)} kB raw)`,
          ),
          figure('console_board_1000_interactive_first', runs[0], 'ms'),
          figure('console_board_1000_interactive_median', boardInteractiveMedianMs, `ms (${BOARD_RUNS} fresh loads)`),
          figure('console_board_1000_interactive_max', Math.max(...runs), 'ms'),
        ],
      };
    } finally {
      await browser?.close();
      await service.stop();
    }
  });
}

async function signedInContext(browser: Browser, baseUrl: string, user: ConsoleUser | null): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl });
  if (user) {
    const answer = await context.request.post('/api/v1/auth/login', { data: { email: user.email, password: user.password } });
    if (!answer.ok()) throw new Error(`sign-in answered ${answer.status()}: ${await answer.text()}`);
  }
  return context;
}

/** Every script the page at `/` loads until it shows its main heading, gzipped one by one as a server would. */
async function firstPageJs(
  browser: Browser,
  baseUrl: string,
  user: ConsoleUser | null,
): Promise<{ files: number; rawBytes: number; gzipBytes: number }> {
  const context = await signedInContext(browser, baseUrl, user);
  try {
    const page = await context.newPage();
    const scripts: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body());
    });
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // Lazy chunks asked for after the first paint are the page's own too.
    await page.waitForLoadState('networkidle');
    const bodies = await Promise.all(scripts);
    return {
      files: bodies.length,
      rawBytes: bodies.reduce((sum, body) => sum + body.length, 0),
      gzipBytes: bodies.reduce((sum, body) => sum + gzipSync(body).length, 0),
    };
  } finally {
    await context.close();
  }
}

/** From navigation (a fresh context: nothing cached) until the 1 000th incident's link can be clicked. */
async function boardInteractiveMs(browser: Browser, baseUrl: string, user: ConsoleUser): Promise<number> {
  const context = await signedInContext(browser, baseUrl, user);
  try {
    const page = await context.newPage();
    const started = performance.now();
    await page.goto('/', { waitUntil: 'commit' });
    const last = page.getByRole('link', { name: INCIDENT_LINK }).nth(OPEN_INCIDENTS - 1);
    await last.click({ trial: true, timeout: 60_000 });
    const elapsed = performance.now() - started;
    if ((await page.getByRole('link', { name: INCIDENT_LINK }).count()) !== OPEN_INCIDENTS)
      throw new Error('the board does not show every open incident');
    return elapsed;
  } finally {
    await context.close();
  }
}

/** A responder (no second factor) invited by the admin and activated through the API, as the console does it. */
async function responder(baseUrl: string): Promise<ConsoleUser> {
  const user = { email: 'bench@example.ro', password: 'bench console passphrase' };
  const created = await fetch(`${baseUrl}/api/v1/users`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Bench Responder', email: user.email, roles: ['responder'] }),
  });
  const { invitationUrl } = (await created.json()) as { invitationUrl: string };
  const token = invitationUrl.slice(invitationUrl.lastIndexOf('/') + 1);
  const accepted = await fetch(`${baseUrl}/api/v1/invitations/${token}/accept`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ password: user.password }),
  });
  if (!accepted.ok) throw new Error(`the invitation answered ${accepted.status}: ${await accepted.text()}`);
  return user;
}
