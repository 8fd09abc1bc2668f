// Headless Chromium for the browser tests and the bench, with npm alone: the Chromium that @sparticuz/chromium
// ships inside its npm package (nothing is downloaded), or the one at BROWSER_PATH (a developer's own Chrome,
// Debian's /usr/bin/chromium).
import { execFile } from 'node:child_process';
import { mkdir, readFile, rmdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';

interface Executable {
  executablePath: string;
  args: string[];
  env: Record<string, string>;
}

// The package is ESM only, which jest's CommonJS runtime on Node 20 cannot load: a plain Node process asks
// it for the binary (unpacked into the temp folder the first time, about 2 s) and its recommended flags.
const ASK_SPARTICUZ = `
const { default: chromium } = await import('@sparticuz/chromium');
console.log(JSON.stringify({ executablePath: await chromium.executablePath(), args: chromium.args }));
`;
// Two test files unpacking at once would each see a half-written binary as already there.
const UNPACK_LOCK = join(tmpdir(), 'breach-desk-chromium.lock');
const LOCK_POLL_MS = 100;

async function sparticuzChromium(): Promise<Executable> {
  await lock();
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', ASK_SPARTICUZ], { cwd: __dirname });
    const { executablePath, args } = JSON.parse(stdout) as { executablePath: string; args: string[] };
    return {
      executablePath,
      // --single-process (for Lambda's sandbox) brings the whole browser down when a context closes.
      args: args.filter((arg) => arg !== '--single-process'),
      // Its own fonts (unpacked beside the binary), so that screenshots look alike on every machine.
      env: { FONTCONFIG_PATH: join(tmpdir(), 'fonts') },
    };
  } finally {
    await rmdir(UNPACK_LOCK);
  }
}

async function lock(): Promise<void> {
  for (;;) {
    try {
      await mkdir(UNPACK_LOCK);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
    }
  }
}

async function executable(): Promise<Executable> {
  const own = process.env.BROWSER_PATH;
  if (!own) return sparticuzChromium();
  // Chromium's sandbox refuses to start as root.
  return { executablePath: own, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [], env: {} };
}

export async function launchChromium(): Promise<Browser> {
  const { executablePath, args, env } = await executable();
  return chromium.launch({ executablePath, args, headless: true, env: { ...process.env, ...env } as Record<string, string> });
}

let axeSource: string | undefined;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** What axe-core (injected into the page) finds at the serious or critical level on the page as it is now. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated rather than added as a <script>: the console's Content-Security-Policy rightly blocks inline scripts.
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target }) => ({ target })) }));
}
