// STYLE.md: module arrows point one way (audit ← notifications ← clocks ← incidents ← notices ← register, slack).
// A back-reference becomes a call argument or an outbox row; this keeps one from creeping in as an import.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = __dirname;
const LAYERS = [['audit'], ['notifications'], ['clocks'], ['incidents'], ['notices'], ['register', 'slack']];
const rankOf = new Map(LAYERS.flatMap((modules, rank) => modules.map((module) => [module, rank] as const)));

const RELATIVE_IMPORT = /\bfrom\s*['"]\.\.\/([a-z-]+)\//g;

/** The modules above `module` that `source` imports. */
function upwardImports(module: string, source: string): string[] {
  const rank = rankOf.get(module)!;
  return [...source.matchAll(RELATIVE_IMPORT)].map((match) => match[1]).filter((target) => (rankOf.get(target) ?? -1) > rank);
}

function sourceFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((entry) => sourceFiles(join(path, entry)));
}

const rankedFiles = [...rankOf.keys()].flatMap((module) =>
  sourceFiles(join(SRC, module))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .map((file) => [relative(SRC, file), module, file] as const),
);

describe('module arrows', () => {
  it('recognise an import that points up', () => {
    const source = [
      "import { Clock } from '../clocks/clock.entity.js';",
      "import type { Incident } from '../incidents/incident.entity.js';",
      "import { AuditService } from '../audit/audit.service.js';",
      "import { TimeSource } from '../common/time-source.js';",
    ].join('\n');
    expect(upwardImports('notifications', source)).toEqual(['clocks', 'incidents']);
  });

  it.each(rankedFiles)('%s imports no module above its own', (_name, module, file) => {
    expect(upwardImports(module, readFileSync(file, 'utf8'))).toEqual([]);
  });
});
