// STYLE.md: module arrows point one way, and a module reads another module's data only through that module's
// exported service, never its tables. A back-reference becomes a call argument or an outbox row; this spec keeps
// one from creeping in as an import, an entity borrowed from another module, or SQL naming another module's table.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = __dirname;

/** Every folder of src/, lowest first; a module may import its own rank and those below. */
const LAYERS = [
  ['common', 'config', 'database'],
  ['risk'],
  ['audit'],
  ['auth'],
  ['organisation'],
  ['inventory'],
  ['notifications'],
  ['clocks'],
  ['incidents'],
  ['notices'],
  ['register', 'slack', 'metrics', 'health', 'console'],
];
const rankOf = new Map(LAYERS.flatMap((modules, rank) => modules.map((module) => [module, rank] as const)));

/**
 * Files that name every module by design: the entity list the data source and the CLI load, and the migrations
 * (the schema's history, written once per change).
 */
const REGISTRY_PATHS = ['database/entities.ts', 'database/migrations'];

/**
 * The role decorators are annotations every controller carries (the audit module's included, though auth writes
 * audit entries): importing them reads no data and calls no service.
 */
const EDGE_ANNOTATIONS = new Set(['auth/auth.decorators']);

/** Tables created by migrations without an entity of their own, and the module that owns each. */
const TABLES_WITHOUT_ENTITY: Readonly<Record<string, string>> = { reference_counters: 'incidents' };

const RELATIVE_IMPORT = /\bimport\s+(type\s+)?[^;]*?\bfrom\s*['"]\.\.\/([a-z-]+)\/([a-z0-9./-]+?)(?:\.js)?['"]/g;
const ENTITY_DECLARATION = /@Entity\(\s*['"]([a-z_]+)['"]/g;
const SQL_TABLE_REFERENCE = /\b(?:FROM|JOIN|INTO|UPDATE|TABLE|TRUNCATE)\s+"?([a-z_]+)"?/g;

interface ImportOf {
  module: string;
  path: string;
  typeOnly: boolean;
}

function importsOf(source: string): ImportOf[] {
  return [...source.matchAll(RELATIVE_IMPORT)].map((match) => ({
    typeOnly: Boolean(match[1]),
    module: match[2],
    path: `${match[2]}/${match[3]}`,
  }));
}

/** The modules above `module` that `source` imports. */
function upwardImports(module: string, source: string): string[] {
  const rank = rankOf.get(module)!;
  return importsOf(source)
    .filter((target) => !EDGE_ANNOTATIONS.has(target.path) && (rankOf.get(target.module) ?? -1) > rank)
    .map((target) => target.module);
}

/** Other modules' entity classes `source` imports as values (to query them); a type-only import reads nothing. */
function borrowedEntities(module: string, source: string): string[] {
  return importsOf(source)
    .filter((target) => target.module !== module && !target.typeOnly && target.path.endsWith('.entity'))
    .map((target) => target.path);
}

/** Tables of other modules that SQL in `source` names. */
function foreignTables(module: string, source: string, ownerOf: ReadonlyMap<string, string>): string[] {
  return [...source.matchAll(SQL_TABLE_REFERENCE)]
    .map((match) => match[1])
    .filter((table) => ownerOf.has(table) && ownerOf.get(table) !== module);
}

function sourceFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((entry) => sourceFiles(join(path, entry)));
}

const moduleFolders = readdirSync(SRC).filter((entry) => statSync(join(SRC, entry)).isDirectory());

const productionFiles = moduleFolders.flatMap((module) =>
  sourceFiles(join(SRC, module))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .map((file) => ({ name: relative(SRC, file), module, file }))
    .filter(({ name }) => !REGISTRY_PATHS.some((path) => name === path || name.startsWith(`${path}/`))),
);

/** Each table's owning module: the module whose entity declares it. */
const tableOwners = new Map<string, string>(Object.entries(TABLES_WITHOUT_ENTITY));
for (const { module, file } of productionFiles.filter(({ file }) => file.endsWith('.entity.ts'))) {
  for (const match of readFileSync(file, 'utf8').matchAll(ENTITY_DECLARATION)) tableOwners.set(match[1], module);
}

const cases = productionFiles.map(({ name, module, file }) => [name, module, file] as const);

describe('module arrows', () => {
  it('rank every module of src/', () => {
    expect(moduleFolders.filter((module) => !rankOf.has(module))).toEqual([]);
  });

  it('know who owns the tables', () => {
    expect(
      Object.fromEntries(
        ['incidents', 'clocks', 'audit_log', 'outbox', 'notices', 'users'].map((table) => [table, tableOwners.get(table)]),
      ),
    ).toEqual({
      incidents: 'incidents',
      clocks: 'clocks',
      audit_log: 'audit',
      outbox: 'notifications',
      notices: 'notices',
      users: 'auth',
    });
  });

  it('recognise an import that points up', () => {
    const source = [
      "import { Clock } from '../clocks/clock.entity.js';",
      "import type { Incident } from '../incidents/incident.entity.js';",
      "import { AuditService } from '../audit/audit.service.js';",
      "import { TimeSource } from '../common/time-source.js';",
    ].join('\n');
    expect(upwardImports('notifications', source)).toEqual(['clocks', 'incidents']);
  });

  it('recognise an entity borrowed from another module, but not a type-only import', () => {
    const source = [
      "import { Incident } from '../incidents/incident.entity.js';",
      "import type { Clock } from '../clocks/clock.entity.js';",
      "import { ClocksService } from '../clocks/clocks.service.js';",
    ].join('\n');
    expect(borrowedEntities('notices', source)).toEqual(['incidents/incident.entity']);
  });

  it('recognise SQL that names another module’s table', () => {
    const source = "await manager.query('SELECT c.id FROM clocks c JOIN incidents i ON i.id = c.incident_id WHERE i.id = $1', [id]);";
    expect(foreignTables('notifications', source, tableOwners)).toEqual(['clocks', 'incidents']);
    expect(foreignTables('clocks', 'UPDATE clocks SET met_at = now()', tableOwners)).toEqual([]);
  });

  it.each(cases)('%s imports no module above its own', (_name, module, file) => {
    expect(upwardImports(module, readFileSync(file, 'utf8'))).toEqual([]);
  });

  it.each(cases)('%s queries no other module’s entity', (_name, module, file) => {
    expect(borrowedEntities(module, readFileSync(file, 'utf8'))).toEqual([]);
  });

  it.each(cases)('%s names no other module’s table in SQL', (_name, module, file) => {
    expect(foreignTables(module, readFileSync(file, 'utf8'), tableOwners)).toEqual([]);
  });
});
