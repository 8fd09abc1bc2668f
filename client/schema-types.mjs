// node client/schema-types.mjs <openapi.json> <schema.d.ts>: the one way client/schema.d.ts is made from an
// OpenAPI document, used by `npm run client:generate` and by the test that compares the committed file with
// what /docs-json gives. A script of its own: openapi-typescript is an ES module, which jest cannot load.
import { readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';

const BANNER = "// Generated from Breach Desk's OpenAPI document (/docs-json) by `npm run client:generate`. Do not edit.\n";

const [source, target] = process.argv.slice(2);
if (!source || !target) {
  process.stderr.write('usage: node client/schema-types.mjs <openapi.json> <schema.d.ts>\n');
  process.exit(2);
}
// Given as an object, the document is taken as it is (no reference is fetched); alphabetized, the output is stable.
const document = JSON.parse(await readFile(source, 'utf8'));
await writeFile(target, BANNER + astToString(await openapiTS(document, { alphabetize: true })));
