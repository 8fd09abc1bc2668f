// Intake over HTTP against the same row inserted raw through pg, on the same PostgreSQL with the same settings.
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Client, Pool } from 'pg';
import { anIncident } from '../test/support/factories.js';
import { figure, median, percentile, type Figure } from './support/figures.js';
import { JSON_HEADERS } from './support/incidents.js';
import { clusterCpuMs, processCpuMs } from './support/process-cpu.js';
import { ADMIN_TOKEN, Service, embeddedDatabaseUrl, freePort, sleep, withTempDir, writeBackDirtyPages } from './support/service.js';

const CONNECTIONS = 10;
const PEAK_SECONDS = 20;
const HALF_PEAK_SECONDS = 15;
// After the peak the service still dispatches the alerts it fell behind on; half-peak latency is measured once it has.
const SETTLE_MS = 5_000;
// Runs per build, each on a fresh data directory. One 15 s phase's p99 ranged 13–30 ms for one and the same build on
// this machine, decided by stalls outside the service (docs/benchmarks.md, fourteenth session): a figure is the median
// of three runs, and the worst run is shown beside it.
const RUNS = 3;

export interface IntakeResult {
  figures: Figure[];
  ratio: number;
  p99AtHalfPeakMs: number;
}

interface IntakeRun {
  serviceRate: number;
  rawRate: number;
  halfPeak: Paced;
  /** The raw INSERT sent at the same instants: what a durable single-row commit costs on this machine then. */
  rawHalfPeak: Paced;
  p99AtPeakMs: number;
  /** The service's full garbage collections during the half-peak phase: each delays the requests around it. */
  fullGcsAtHalfPeak: number;
  /**
   * By how much the service's old generation grew per intake in the half-peak phase: what its young collections
   * promoted, which is what calls the full collections. Read only when no full collection fell in the phase (one
   * would have freed part of it); NaN otherwise.
   */
  oldSpaceGrowthPerIntake: number;
  /**
   * CPU per intake in the half-peak phase, the service's and its PostgreSQL's: the service's moving alone is a change
   * to the intake's work; both higher is a run on a slowed machine (both move by 20–30 % from run to run here).
   */
  cpuPerIntake: IntakeCpu;
}

interface IntakeCpu {
  serviceMs: number;
  databaseMs: number;
}

interface Paced {
  /** Each request's time from the instant it was due to its answer, in the order they were due. */
  latencies: number[];
  /** How many were due in the phase's first second. */
  firstSecond: number;
  /** How late the harness itself sent each request (part of its latency). */
  sendLags: number[];
}

/**
 * Each figure is the median over the build's runs, every run printed. BENCH_BASELINE=<another build's dist/main.js>
 * measures that build too, in turns with this one (baseline, head, baseline, head, …: the machine is shared and noisy,
 * so only interleaved runs compare).
 */
export async function benchIntake(): Promise<IntakeResult> {
  const baseline = process.env.BENCH_BASELINE;
  const builds = baseline ? [{ name: 'baseline', main: baseline }, { name: 'head' }] : [{ name: 'head' }];
  const runs = new Map<string, IntakeRun[]>(builds.map((b) => [b.name, []]));
  for (let round = 0; round < RUNS; round++) {
    for (const build of builds) {
      const run = await intakeRun(build.main);
      runs.get(build.name)!.push(run);
      console.log(`${build.name} run ${round + 1}: ${summary(run)}`);
    }
  }
  let head: IntakeResult | undefined;
  for (const build of builds) {
    const result = intakeFigures(runs.get(build.name)!, baseline ? `${build.name}_` : '');
    if (build.name === 'head') head = result;
  }
  return head!;
}

function intakeFigures(runs: IntakeRun[], prefix: string): IntakeResult {
  const serviceRate = median(runs.map((r) => r.serviceRate));
  const rawRate = median(runs.map((r) => r.rawRate));
  const ratios = runs.map((r) => r.serviceRate / r.rawRate);
  const ratio = median(ratios);
  const p50 = median(runs.map((r) => percentile(r.halfPeak.latencies, 50)));
  const p99s = runs.map((r) => percentile(r.halfPeak.latencies, 99));
  const p99 = median(p99s);
  return {
    ratio,
    p99AtHalfPeakMs: p99,
    figures: [
      figure(`${prefix}intake_rate`, serviceRate, 'incidents/s'),
      figure(`${prefix}raw_insert_rate`, rawRate, 'rows/s'),
      figure(`${prefix}intake_to_raw_ratio`, ratio),
      figure(`${prefix}intake_to_raw_ratio_lowest_run`, Math.min(...ratios)),
      figure(`${prefix}intake_half_peak_rate`, serviceRate / 2, 'incidents/s'),
      figure(`${prefix}intake_p50_at_half_peak`, p50, 'ms'),
      figure(`${prefix}intake_p99_at_half_peak`, p99, 'ms'),
      figure(`${prefix}intake_p99_at_half_peak_worst_run`, Math.max(...p99s), 'ms'),
      // Without the phase's first second: after the quiet before it, the whole machine is slower for a moment.
      figure(`${prefix}intake_p99_at_half_peak_after_1s`, median(runs.map((r) => afterFirstSecondP99(r.halfPeak))), 'ms'),
      figure(`${prefix}intake_p99_at_peak`, median(runs.map((r) => r.p99AtPeakMs)), 'ms'),
      figure(`${prefix}intake_full_gcs_at_half_peak`, median(runs.map((r) => r.fullGcsAtHalfPeak)), 'collections'),
      oldSpaceGrowthFigure(`${prefix}intake_old_space_growth_per_request_at_half_peak`, runs),
      figure(`${prefix}intake_service_cpu_per_request_at_half_peak`, median(runs.map((r) => r.cpuPerIntake.serviceMs)), 'ms'),
      figure(`${prefix}intake_database_cpu_per_request_at_half_peak`, median(runs.map((r) => r.cpuPerIntake.databaseMs)), 'ms'),
      figure(`${prefix}intake_send_lag_p99_at_half_peak`, median(runs.map((r) => percentile(r.halfPeak.sendLags, 99))), 'ms'),
      figure(`${prefix}raw_insert_p50_at_half_peak`, median(runs.map((r) => percentile(r.rawHalfPeak.latencies, 50))), 'ms'),
      figure(`${prefix}raw_insert_p99_at_half_peak`, median(runs.map((r) => percentile(r.rawHalfPeak.latencies, 99))), 'ms'),
      figure(`${prefix}raw_insert_p99_at_half_peak_after_1s`, median(runs.map((r) => afterFirstSecondP99(r.rawHalfPeak))), 'ms'),
    ],
  };
}

interface HeapState {
  fullGcs: number;
  oldSpaceBytes: number;
}

/** The service's full (mark-compact) collections so far and its old space's used bytes, from prom-client's default metrics. */
async function heapState(baseUrl: string): Promise<HeapState> {
  const response = await fetch(`${baseUrl}/metrics`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
  if (!response.ok) throw new Error(`/metrics answered ${response.status}`);
  const metrics = await response.text();
  const oldSpace = /^nodejs_heap_space_size_used_bytes\{space="old"\} (\d+)$/m.exec(metrics)?.[1];
  if (oldSpace === undefined) throw new Error('/metrics has no nodejs_heap_space_size_used_bytes{space="old"}');
  // prom-client adds a kind's series at that kind's first collection: no series yet is none yet.
  const fullGcs = /^nodejs_gc_duration_seconds_count\{kind="major"\} (\d+)$/m.exec(metrics)?.[1] ?? '0';
  return { fullGcs: Number(fullGcs), oldSpaceBytes: Number(oldSpace) };
}

function oldSpaceGrowthFigure(name: string, runs: readonly IntakeRun[]): Figure {
  const measured = runs.map((r) => r.oldSpaceGrowthPerIntake).filter(Number.isFinite);
  return measured.length ? figure(name, median(measured) / 1024, 'kB') : figure(name, 'n/a (a full collection in every run)');
}

function afterFirstSecondP99(paced: Paced): number {
  return percentile(paced.latencies.slice(paced.firstSecond), 99);
}

function summary(run: IntakeRun): string {
  return [
    `intake ${run.serviceRate.toFixed(1)}/s`,
    `raw ${Math.round(run.rawRate)}/s`,
    `ratio ${((100 * run.serviceRate) / run.rawRate).toFixed(1)} %`,
    `half peak p50 ${percentile(run.halfPeak.latencies, 50).toFixed(1)} ms p99 ${percentile(run.halfPeak.latencies, 99).toFixed(1)} ms`,
    `(after its first second ${afterFirstSecondP99(run.halfPeak).toFixed(1)} ms)`,
    `(sent late by p99 ${percentile(run.halfPeak.sendLags, 99).toFixed(1)} ms)`,
    `CPU per intake: service ${run.cpuPerIntake.serviceMs.toFixed(2)} ms, database ${run.cpuPerIntake.databaseMs.toFixed(2)} ms`,
    `${run.fullGcsAtHalfPeak} full GCs at half peak`,
    Number.isFinite(run.oldSpaceGrowthPerIntake)
      ? `old space +${(run.oldSpaceGrowthPerIntake / 1024).toFixed(1)} kB per intake`
      : 'old space not read (a full GC)',
    `raw insert at half peak p50 ${percentile(run.rawHalfPeak.latencies, 50).toFixed(1)} ms p99 ${percentile(run.rawHalfPeak.latencies, 99).toFixed(1)} ms`,
  ].join(', ');
}

async function intakeRun(main?: string): Promise<IntakeRun> {
  // What the part before left behind (in the full bench, a 1 M-incident cluster loaded and deleted) is not this one's.
  writeBackDirtyPages();
  return withTempDir('breach-desk-bench-intake-', async (dataDir) => {
    const service = Service.start({ port: await freePort(), dataDir, main });
    try {
      await service.untilReady();
      const url = `${service.baseUrl}/api/v1/incidents`;
      const body = JSON.stringify(anIncident());
      const peak = await autocannon({ url, body, method: 'POST', headers: JSON_HEADERS, connections: CONNECTIONS, duration: PEAK_SECONDS });
      if (peak.non2xx || peak.errors)
        throw new Error(`intake load: ${peak.non2xx} answers other than 2xx, ${peak.errors} connection errors`);
      const serviceRate = peak['2xx'] / peak.duration;
      await sleep(SETTLE_MS);
      writeBackDirtyPages();
      // Idle sockets closed before the service's keep-alive timeout (Node's 5 s) closes them: else a request sent on one
      // as the service closes it meets ECONNRESET (seen once, in a burst after a stall, on a socket idle for 5 s).
      const agent = new Agent({ keepAlive: true, timeout: 4_000 });
      const before = await heapState(service.baseUrl);
      const cpuBefore = cpuUsed(service, dataDir);
      const halfPeak = await pacedLatencies(serviceRate / 2, async () => {
        const status = await postForStatus(url, body, agent);
        if (status !== 201) throw new Error(`intake answered ${status} at half the peak rate`);
      });
      const cpuAfter = cpuUsed(service, dataDir);
      agent.destroy();
      const after = await heapState(service.baseUrl);
      const fullGcsAtHalfPeak = after.fullGcs - before.fullGcs;
      const oldSpaceGrowthPerIntake = fullGcsAtHalfPeak
        ? Number.NaN
        : (after.oldSpaceBytes - before.oldSpaceBytes) / halfPeak.latencies.length;
      const raw = await rawInserts(await embeddedDatabaseUrl(dataDir), body, serviceRate / 2);
      return {
        serviceRate,
        rawRate: raw.rate,
        halfPeak,
        rawHalfPeak: raw.halfPeak,
        p99AtPeakMs: peak.latency.p99,
        fullGcsAtHalfPeak,
        oldSpaceGrowthPerIntake,
        cpuPerIntake: {
          serviceMs: (cpuAfter.serviceMs - cpuBefore.serviceMs) / halfPeak.latencies.length,
          databaseMs: (cpuAfter.databaseMs - cpuBefore.databaseMs) / halfPeak.latencies.length,
        },
      };
    } finally {
      await service.stop();
    }
  });
}

/** CPU used so far by the service and by its embedded PostgreSQL (kept in `dataDir`). */
function cpuUsed(service: Service, dataDir: string): IntakeCpu {
  return { serviceMs: processCpuMs(service.pid), databaseMs: clusterCpuMs(join(dataDir, 'pg')) };
}

/**
 * Latencies of requests sent at evenly spaced instants, `rate` a second, each timed from the instant it was due.
 * Not autocannon's overallRate: its limiter lets every connection send its whole quota at the start of each
 * second, so the requests arrive in bursts and the latency measured is that of a burst, not of the rate.
 */
async function pacedLatencies(rate: number, send: () => Promise<void>): Promise<Paced> {
  const intervalMs = 1000 / rate;
  const started = performance.now();
  const requests: Promise<number>[] = [];
  const sendLags: number[] = [];
  for (let n = 0; n < rate * HALF_PEAK_SECONDS; n++) {
    const due = started + n * intervalMs;
    await sleep(due - performance.now());
    sendLags.push(Math.max(0, performance.now() - due));
    const request = send().then(() => performance.now() - due);
    // Handled now, not only when the phase ends: a failed request fails the phase, and the service is still stopped.
    request.catch(() => {});
    requests.push(request);
  }
  return { latencies: await Promise.all(requests), sendLags, firstSecond: Math.ceil(rate) };
}

/**
 * POSTs and answers the status once the whole answer has arrived. node:http and no JSON parse rather than fetch: the
 * harness shares the machine's two cores with the service, and its own lateness counts in the latency it measures.
 */
function postForStatus(url: string, body: string, agent: Agent): Promise<number> {
  return new Promise((done, fail) => {
    const headers = { ...JSON_HEADERS, 'Content-Length': String(Buffer.byteLength(body)) };
    const sent = request(url, { method: 'POST', headers, agent }, (answer) => {
      answer.resume();
      answer.on('end', () => done(answer.statusCode ?? 0));
      answer.on('error', fail);
    });
    sent.on('error', fail);
    sent.end(body);
  });
}

/**
 * The same facts as one INSERT per transaction into a copy of the incidents table (its columns, constraints
 * and indexes): from as many connections as the HTTP load used, for as long (the rate); then at `halfPeakRate`, paced
 * as the intakes were (the latency of a durable single-row commit here and now, which no intake can beat).
 */
async function rawInserts(databaseUrl: string, body: string, halfPeakRate: number): Promise<{ rate: number; halfPeak: Paced }> {
  const admin = new Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE TABLE bench_raw_incidents (LIKE incidents INCLUDING ALL)`);
  const pool = new Pool({ connectionString: databaseUrl, max: CONNECTIONS });
  const { title, description, role, ...facts } = JSON.parse(body) as Record<string, unknown>;
  let sent = 0;
  let inserted = 0;
  const insert = async (): Promise<void> => {
    const now = new Date();
    await pool.query(
      `INSERT INTO bench_raw_incidents (reference, title, description, role, state, aware_at, facts, created_by, created_at, updated_at, version)
       VALUES ($1, $2, $3, $4, 'open', $5, $6, 'bench', $5, $5, 1)`,
      [`RAW-${sent++}`, title, description, role, now, facts],
    );
    inserted++;
  };
  const until = performance.now() + PEAK_SECONDS * 1000;
  const started = performance.now();
  const connection = async (): Promise<void> => {
    while (performance.now() < until) await insert();
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, connection));
  const rate = inserted / ((performance.now() - started) / 1000);
  writeBackDirtyPages();
  const halfPeak = await pacedLatencies(halfPeakRate, insert);
  await pool.end();
  await admin.query(`DROP TABLE bench_raw_incidents`);
  await admin.end();
  return { rate, halfPeak };
}
