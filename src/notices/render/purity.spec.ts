// notices/render and notices/lifecycle stay pure: no framework, no database, no hidden clock
// (STYLE.md, conventions 2 and 3).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const NOTICES = join(__dirname, '..');
const PURE_FOLDERS = ['render', 'lifecycle'];

const MODULE_REFERENCE = String.raw`(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)`;
const FORBIDDEN_MODULE = String.raw`['"](@nestjs\/[^'"]*|typeorm(?:\/[^'"]*)?|pg(?:\/[^'"]*)?)['"]`;
const FORBIDDEN_IMPORT = new RegExp(MODULE_REFERENCE + FORBIDDEN_MODULE, 'g');
const HIDDEN_CLOCK = /\bDate\.now\s*\(|\bnew\s+Date\s*\(\s*\)/g;

function sourceFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((entry) => sourceFiles(join(path, entry)));
}

const pureFiles = PURE_FOLDERS.flatMap((folder) => sourceFiles(join(NOTICES, folder)))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
  .map((file) => [relative(NOTICES, file), readFileSync(file, 'utf8')] as const);

const offences = (pattern: RegExp, text: string): string[] => [...text.matchAll(pattern)].map((match) => match[0]);

describe('notices/render and notices/lifecycle', () => {
  it('are found where this test looks', () => {
    expect(pureFiles.map(([name]) => name)).toEqual(
      expect.arrayContaining(['render/render-notice.ts', 'render/markdown-to-html.ts', 'lifecycle/notice-lifecycle.ts']),
    );
  });

  it('recognise the imports they must not make', () => {
    const sample = [
      "import { Injectable } from '@nestjs/common';",
      'import {Repository} from "typeorm"',
      "const { Pool } = require('pg');",
      "const client = await import('pg/lib/client');",
      "import type { Assessment } from '../../risk/assessment.js';",
      "import { pgEscape } from './pg-escape.js';",
    ].join('\n');
    expect(offences(FORBIDDEN_IMPORT, sample)).toHaveLength(4);
    expect(offences(HIDDEN_CLOCK, 'Date.now(); new Date(); new Date(assessedAt);')).toEqual(['Date.now(', 'new Date()']);
  });

  it.each(pureFiles)('%s imports nothing from @nestjs, typeorm or pg', (_name, text) => {
    expect(offences(FORBIDDEN_IMPORT, text)).toEqual([]);
  });

  it.each(pureFiles)('%s takes the time as an argument, never reads it', (_name, text) => {
    expect(offences(HIDDEN_CLOCK, text)).toEqual([]);
  });
});
