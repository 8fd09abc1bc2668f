import { Injectable, Logger } from '@nestjs/common';
import { Counter, Gauge } from 'prom-client';
import { CLOCK_REGIMES } from '../clocks/rules/clock-spec.js';
import { ClocksService } from '../clocks/clocks.service.js';
import { CLOCK_STATES } from '../clocks/rules/clock-status.js';
import { Metrics } from '../common/metrics.js';
import { TimeSource } from '../common/time-source.js';
import { NOTICE_STATES } from '../notices/lifecycle/notice-lifecycle.js';
import { NoticesService } from '../notices/notices.service.js';
import { NOTICE_KINDS } from '../notices/render/notice-input.js';
import type { OutboxState } from '../notifications/outbox-message.entity.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { MetricsRepository } from './metrics.repository.js';

interface OperationalCounts {
  clocks: { regime: string; state: string; count: number }[];
  outbox: { state: string; count: number; oldest: Date | null }[];
  notices: { kind: string; state: string; count: number }[];
}

// Scrapes within this long of a reading share it (a storm of scrapes costs the database one reading).
const READING_REUSED_MS = 5_000;
const STATEMENT_TIMEOUT_MS = 2_000;
const OUTBOX_STATES: readonly OutboxState[] = ['pending', 'sent', 'held'];

/**
 * The gauges that read the database: computed when Prometheus scrapes, never per request. Every known label
 * combination is shown, 0 when nothing is in it, so a dashboard's series do not come and go. When the
 * database does not answer in time, the gauges keep their last values and the error is counted.
 */
@Injectable()
export class DatabaseGauges {
  private readonly logger = new Logger('Metrics');
  private latest: { at: number; reading: Promise<OperationalCounts | null> } | null = null;

  constructor(
    private readonly repository: MetricsRepository,
    private readonly clocks: ClocksService,
    private readonly outbox: OutboxService,
    private readonly notices: NoticesService,
    private readonly time: TimeSource,
    metrics: Metrics,
  ) {
    const registers = [metrics.registry];
    const reading = (): Promise<OperationalCounts | null> => this.reading(errors);
    const errors = new Counter({
      name: 'breach_desk_metrics_database_errors_total',
      help: 'Scrapes whose database reading failed or timed out (the database gauges then show their previous values)',
      registers,
      // Shown after this scrape's reading settled, so a failure counts in the scrape it happened in.
      async collect() {
        await reading();
      },
    });
    const now = () => this.time.now();

    const countsGauge = (
      name: string,
      help: string,
      known: Record<string, readonly string[]>,
      rows: (counts: OperationalCounts) => Row[],
    ) =>
      new Gauge({
        name,
        help,
        labelNames: Object.keys(known),
        registers,
        async collect() {
          const counts = await reading();
          if (counts) fill(this, cross(known), rows(counts));
        },
      });

    countsGauge(
      'breach_desk_clocks',
      'Legal clocks by regime and state (running, met, missed, not_required)',
      { regime: CLOCK_REGIMES, state: CLOCK_STATES },
      (c) => c.clocks,
    );
    countsGauge(
      'breach_desk_outbox_messages',
      'Slack outbox messages by state (pending: to be delivered; sent; held: recorded while Slack was off)',
      { state: OUTBOX_STATES },
      (c) => c.outbox,
    );
    countsGauge('breach_desk_notices', 'Notices by kind and state', { kind: NOTICE_KINDS, state: NOTICE_STATES }, (c) => c.notices);
    new Gauge({
      name: 'breach_desk_outbox_oldest_age_seconds',
      help: 'Age of the oldest pending outbox message (0 when none is pending)',
      registers,
      async collect() {
        const counts = await reading();
        if (!counts) return;
        const oldest = counts.outbox.find((row) => row.state === 'pending')?.oldest;
        this.set(oldest ? Math.max(0, (now().getTime() - new Date(oldest).getTime()) / 1000) : 0);
      },
    });
  }

  /** One aggregate statement per gauge, each asked of the module that owns the table, in one read-only transaction. */
  private read(now: Date): Promise<OperationalCounts> {
    return this.repository.readOnly(STATEMENT_TIMEOUT_MS, async (manager) => ({
      clocks: await this.clocks.countsByRegimeAndState(manager, now),
      outbox: await this.outbox.countsByState(manager),
      notices: await this.notices.countsByKindAndState(manager),
    }));
  }

  private reading(errors: Counter): Promise<OperationalCounts | null> {
    const now = this.time.now();
    if (this.latest && now.getTime() - this.latest.at < READING_REUSED_MS) return this.latest.reading;
    const reading = this.read(now).catch((error: unknown) => {
      errors.inc();
      this.logger.warn(`database gauges not read: ${String(error)}`);
      return null;
    });
    this.latest = { at: now.getTime(), reading };
    return reading;
  }
}

type Labels = Record<string, string>;

type Row = { count: number } & Record<string, unknown>;

/** Every combination of the given label values. */
function cross(values: Record<string, readonly string[]>): Labels[] {
  return Object.entries(values).reduce<Labels[]>(
    (combinations, [name, options]) => combinations.flatMap((labels) => options.map((option) => ({ ...labels, [name]: option }))),
    [{}],
  );
}

/** Sets the gauge to the rows' counts, 0 for each known combination no row has; rows with other labels show too. */
function fill(gauge: Gauge, known: Labels[], rows: Row[]): void {
  const names = Object.keys(known[0]);
  gauge.reset();
  for (const labels of known) gauge.set(labels, 0);
  for (const row of rows) gauge.set(Object.fromEntries(names.map((name) => [name, String(row[name])])), row.count);
}
