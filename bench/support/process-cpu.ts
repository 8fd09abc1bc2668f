// CPU time used by the processes a bench part measures, from Linux's /proc (clock ticks, 10 ms each here).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

interface ProcessTimes {
  parent: number;
  /** User and system time of the process itself. */
  own: number;
  /** That of its children it has waited for (exited ones: a PostgreSQL autovacuum worker, a backend that closed). */
  reapedChildren: number;
}

/** Milliseconds of CPU (user and system) `pid` has used so far. */
export function processCpuMs(pid: number): number {
  return times(pid)!.own * TICK_MS;
}

/**
 * Milliseconds of CPU the PostgreSQL cluster kept in `pgDataDir` has used so far: its postmaster, every process it
 * runs now (backends, WAL writer, checkpointer…) and those it ran that have exited.
 */
export function clusterCpuMs(pgDataDir: string): number {
  const postmaster = Number(readFileSync(join(pgDataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const own = times(postmaster)!;
  let ticks = own.own + own.reapedChildren;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = times(Number(entry));
    if (child?.parent === postmaster) ticks += child.own;
  }
  return ticks * TICK_MS;
}

function times(pid: number): ProcessTimes | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined; // exited since the listing
  }
  // Fields after the command's closing parenthesis (the command may hold spaces): state, ppid, … utime is the 12th.
  const fields = stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .map(Number);
  return { parent: fields[1], own: fields[11] + fields[12], reapedChildren: fields[13] + fields[14] };
}
