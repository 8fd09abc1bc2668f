// Figures as `name: value` lines, and the Markdown they end up in.
import { cpus, loadavg, totalmem } from 'node:os';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from './service.js';

export interface Figure {
  name: string;
  value: number | string | boolean;
  unit?: string;
}

export function figure(name: string, value: number | string | boolean, unit?: string): Figure {
  const shown: Figure = { name, value: typeof value === 'number' ? round(value) : value, unit };
  console.log(`${name}: ${shown.value}${unit ? ` ${unit}` : ''}`);
  return shown;
}

function round(value: number): number {
  if (Number.isInteger(value)) return value;
  return Math.abs(value) >= 100 ? Math.round(value) : Number(value.toPrecision(3));
}

/** Nearest-rank percentile (p in 0..100) of unsorted values. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function machineLines(): string[] {
  const cores = cpus();
  return [
    `- CPU: ${cores[0]?.model.trim() ?? 'unknown'}, ${cores.length} cores`,
    `- RAM: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Node.js ${process.version}, ${process.platform} ${process.arch}`,
    `- Load average when the run ended (1/5/15 min): ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' / ')}`,
    `- Taken on ${new Date().toISOString().slice(0, 10)}`,
  ];
}

export function figuresTable(figures: readonly Figure[]): string[] {
  return ['| figure | value |', '|---|---|', ...figures.map((f) => `| \`${f.name}\` | ${f.value}${f.unit ? ` ${f.unit}` : ''} |`)];
}

const BENCHMARKS_DOC = join(REPO_ROOT, 'docs', 'benchmarks.md');

/** Replaces what lies between `<!-- name:begin -->` and `<!-- name:end -->` in docs/benchmarks.md. */
export async function writeDocBlock(name: string, lines: readonly string[]): Promise<void> {
  const doc = await readFile(BENCHMARKS_DOC, 'utf8');
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const from = doc.indexOf(begin);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/benchmarks.md lacks the ${begin} … ${end} markers`);
  await writeFile(BENCHMARKS_DOC, `${doc.slice(0, from + begin.length)}\n${lines.join('\n')}\n${doc.slice(to)}`);
}
