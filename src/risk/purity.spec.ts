// The risk engine stays pure: no framework, no database, no hidden clock (STYLE.md, conventions 2 and 3).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const MODULE_REFERENCE = String.raw`(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)`;
const FORBIDDEN_MODULE = String.raw`['"](@nestjs\/[^'"]*|typeorm(?:\/[^'"]*)?|pg(?:\/[^'"]*)?)['"]`;
const FORBIDDEN_IMPORT = new RegExp(MODULE_REFERENCE + FORBIDDEN_MODULE, 'g');
const HIDDEN_CLOCK = /\bDate\.now\s*\(|\bnew\s+Date\s*\(\s*\)/g;

const engineFiles = readdirSync(__dirname).filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'));
const offences = (pattern: RegExp, text: string): string[] => [...text.matchAll(pattern)].map((match) => match[0]);

describe('the risk engine', () => {
  it('is found where this test looks', () => {
    expect(engineFiles).toEqual(expect.arrayContaining(['assess.ts', 'validate-facts.ts', 'facts.ts', 'assessment.ts']));
  });

  it('recognises the imports it must not make', () => {
    const sample = [
      "import { Injectable } from '@nestjs/common';",
      'import {Repository} from "typeorm"',
      "const { Pool } = require('pg');",
      "const client = await import('pg/lib/client');",
      "import type { RiskFacts } from './facts.js';",
      "import { pgEscape } from './pg-escape.js';",
    ].join('\n');
    expect(offences(FORBIDDEN_IMPORT, sample)).toHaveLength(4);
    expect(offences(HIDDEN_CLOCK, 'Date.now(); new Date(); new Date(t);')).toEqual(['Date.now(', 'new Date()']);
  });

  it.each(engineFiles)('%s imports nothing from @nestjs, typeorm or pg', (file) => {
    expect(offences(FORBIDDEN_IMPORT, readFileSync(join(__dirname, file), 'utf8'))).toEqual([]);
  });

  it.each(engineFiles)('%s takes the time as an argument, never reads it', (file) => {
    expect(offences(HIDDEN_CLOCK, readFileSync(join(__dirname, file), 'utf8'))).toEqual([]);
  });
});
