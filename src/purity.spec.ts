// The pure cores stay pure: no framework, no database, no hidden clock (STYLE.md, conventions 2 and 3).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = __dirname;

/**
 * A file's role shows in its name (STYLE.md, "Names by role"): `incidents.service.ts`, `clock.entity.ts`. A file
 * without a role suffix is a pure one, whatever module it sits in, so it can be tested and reused without Nest or
 * a database; no hand-kept list decides which files are pure.
 */
const ROLE_SUFFIX =
  /\.(service|controller|module|repository|entity|dto|guard|filter|middleware|pipe|strategy|listener|scheduler|decorators|interceptor|loader|port|view)\.ts$/;

/** The adapters themselves: configuration, the database wiring, and the process's entry points. */
const INFRASTRUCTURE = ['config', 'database', 'common', 'main.ts', 'bootstrap.ts'];
/** Pure files among the infrastructure, held to the same rules. */
const PURE_INFRASTRUCTURE = ['common/local-time.ts', 'common/unstorable-input.ts', 'database/values-list.ts', 'database/group-commit.ts'];

const MODULE_REFERENCE = String.raw`(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)`;
const FORBIDDEN_MODULE = String.raw`['"](@nestjs\/[^'"]*|typeorm(?:\/[^'"]*)?|pg(?:\/[^'"]*)?)['"]`;
const FORBIDDEN_IMPORT = new RegExp(MODULE_REFERENCE + FORBIDDEN_MODULE, 'g');
const HIDDEN_CLOCK = /\bDate\.now\s*\(|\bnew\s+Date\s*\(\s*\)/g;

function sourceFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((entry) => sourceFiles(join(path, entry)));
}

const isInfrastructure = (name: string): boolean => INFRASTRUCTURE.some((path) => name === path || name.startsWith(`${path}/`));

const pureFiles = sourceFiles(SRC)
  .map((file) => relative(SRC, file))
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts') && !ROLE_SUFFIX.test(name))
  .filter((name) => !isInfrastructure(name) || PURE_INFRASTRUCTURE.includes(name))
  .map((name) => join(SRC, name));

const pureFileCases = pureFiles.map((file) => [relative(SRC, file), file]);

const offences = (pattern: RegExp, text: string): string[] => [...text.matchAll(pattern)].map((match) => match[0]);

describe('pure cores', () => {
  it('are found where this test looks', () => {
    expect(pureFiles.map((file) => relative(SRC, file))).toEqual(
      expect.arrayContaining([
        'risk/assess.ts',
        'clocks/rules/compute-clocks.ts',
        'notifications/policy/escalation-steps.ts',
        'notices/render/render-notice.ts',
        'notices/lifecycle/notice-lifecycle.ts',
        'slack/escalation-blocks.ts',
        'slack/approval-blocks.ts',
        'slack/update-blocks.ts',
        'common/local-time.ts',
        'incidents/timeline.ts',
        'audit/hash-chain.ts',
        'notifications/policy/dispatch-rounds.ts',
      ]),
    );
  });

  it('recognise the imports they must not make', () => {
    const sample = [
      "import { Injectable } from '@nestjs/common';",
      'import {Repository} from "typeorm"',
      "const { Pool } = require('pg');",
      "const x = await import('pg/lib/client');",
      "import type { Sector } from '../../risk/facts.js';",
      "import { pgEscape } from './pg-escape.js';",
    ].join('\n');
    expect(offences(FORBIDDEN_IMPORT, sample)).toHaveLength(4);
    expect(offences(HIDDEN_CLOCK, 'Date.now(); new Date(); new Date(t);')).toEqual(['Date.now(', 'new Date()']);
  });

  it.each(pureFileCases)('%s imports nothing from @nestjs, typeorm or pg', (_name, file) => {
    expect(offences(FORBIDDEN_IMPORT, readFileSync(file, 'utf8'))).toEqual([]);
  });

  it.each(pureFileCases)('%s takes the time as an argument, never reads it', (_name, file) => {
    expect(offences(HIDDEN_CLOCK, readFileSync(file, 'utf8'))).toEqual([]);
  });
});
