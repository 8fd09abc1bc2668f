// The OpenAPI document describes every request and answer, and the typed client generated from it (client/)
// is current and works against the real service.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { undeclaredFields, undocumented } from '../support/openapi.js';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../support/test-app.js';
import { logAndReadBack } from './openapi-client-usage.js';

const ROOT = join(__dirname, '..', '..');

/** The types `npm run client:generate` would write for this document (its own script: see client/schema-types.mjs). */
async function schemaTypes(document: object): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'breach-desk-client-'));
  try {
    await writeFile(join(dir, 'openapi.json'), JSON.stringify(document));
    await promisify(execFile)(process.execPath, [
      join(ROOT, 'client', 'schema-types.mjs'),
      join(dir, 'openapi.json'),
      join(dir, 'schema.d.ts'),
    ]);
    return await readFile(join(dir, 'schema.d.ts'), 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('OpenAPI document and typed client', () => {
  let t: TestApp;
  let document: any;
  beforeAll(async () => {
    t = await startTestApp();
    document = (await t.api().get('/docs-json').expect(200)).body;
  });
  afterAll(() => t.close());

  it('documents a schema for every request body and every answer, and no object without its fields', () => {
    // toEqual([]) lists every undocumented place when it fails.
    expect(undocumented(document)).toEqual([]);
  });

  it('has client/schema.d.ts generated from the document the running service serves', async () => {
    const committed = await readFile(join(ROOT, 'client', 'schema.d.ts'), 'utf8');
    const current = await schemaTypes(document);
    if (current !== committed) {
      const lines = [committed.split('\n'), current.split('\n')];
      const at = lines[0].findIndex((line, i) => line !== lines[1][i]);
      throw new Error(
        `client/schema.d.ts does not match /docs-json: run \`npm run client:generate\`.\n` +
          `First difference at line ${at + 1}:\n  committed: ${lines[0][at]}\n  current:   ${lines[1][at]}`,
      );
    }
  });

  it('logs an incident and reads it back through the typed client, and every field it answers is documented', async () => {
    await new Promise<void>((resolve) => t.http.listen(0, '127.0.0.1', resolve));
    const { port } = t.http.address() as AddressInfo;
    const { logged, read, riskLevel } = await logAndReadBack(`http://127.0.0.1:${port}`, ADMIN_TOKEN);

    expect(logged.reference).toMatch(/^BR-\d{4}-\d{4}$/);
    expect(read).toMatchObject({ id: logged.id, title: 'Call recordings bucket exposed', subjectsAffected: 1200, notes: [] });
    expect(['unlikely', 'risk', 'high_risk']).toContain(riskLevel);
    const schemaOf = (path: string, method: string, status: string) =>
      document.paths[path][method].responses[status].content['application/json'].schema;
    expect(undeclaredFields(document, schemaOf('/api/v1/incidents', 'post', '201'), logged)).toEqual([]);
    expect(undeclaredFields(document, schemaOf('/api/v1/incidents/{id}', 'get', '200'), read)).toEqual([]);
  });

  it('compiles code written against the client, and rejects a wrong path, field or value', () => {
    const config = ts.getParsedCommandLineOfConfigFile(
      join(ROOT, 'tsconfig.json'),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
    )!;
    const program = ts.createProgram([join(__dirname, 'openapi-client-usage.ts')], {
      ...config.options,
      noEmit: true,
      rootDir: ROOT,
      types: ['node'],
    });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    // The three misuses are marked @ts-expect-error: were any of them accepted, that line would be an error here.
    expect(errors).toEqual([]);
  });
});
