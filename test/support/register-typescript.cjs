// Lets a worker thread started from the TypeScript sources (under ts-jest) require them, as the PDF worker is
// (src/notices/pdf-renderer.service.ts): .ts files are transpiled on load, and the `.js` suffix of a relative import
// finds the .ts file beside it, as jest's moduleNameMapper does in the test process. Transpiled files are kept
// in the temp directory by content hash, so that only the first worker pays for loading TypeScript.
const Module = require('node:module');
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { threadId } = require('node:worker_threads');

const CACHE = join(tmpdir(), 'breach-desk-transpiled');

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  try {
    return resolveFilename.call(this, request, ...rest);
  } catch (error) {
    if (request.startsWith('.') && request.endsWith('.js')) return resolveFilename.call(this, `${request.slice(0, -3)}.ts`, ...rest);
    throw error;
  }
};

Module._extensions['.ts'] = (module, filename) => {
  const source = readFileSync(filename, 'utf8');
  const cached = join(CACHE, `${createHash('sha256').update(filename).update('\0').update(source).digest('hex')}.js`);
  let output;
  try {
    output = readFileSync(cached, 'utf8');
  } catch {
    const ts = require('typescript');
    const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true };
    output = ts.transpileModule(source, { fileName: filename, compilerOptions }).outputText;
    mkdirSync(CACHE, { recursive: true });
    // Written whole under a unique name first: a parallel worker never reads half a file.
    const partial = `${cached}.${process.pid}.${threadId}`;
    writeFileSync(partial, output);
    renameSync(partial, cached);
  }
  module._compile(output, filename);
};
