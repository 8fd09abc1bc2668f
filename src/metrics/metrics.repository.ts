import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface OperationalCounts {
  clocks: { regime: string; state: string; count: number }[];
  outbox: { state: string; count: number; oldest: Date | null }[];
  notices: { kind: string; state: string; count: number }[];
}

/**
 * The counts the database gauges show: one aggregate statement per gauge, in one read-only transaction under a
 * statement timeout, so a slow database makes a scrape fail fast rather than pile up. A read model for
 * operations only: it reads other modules' tables and changes nothing.
 */
@Injectable()
export class MetricsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  read(now: Date, statementTimeoutMs: number): Promise<OperationalCounts> {
    return this.dataSource.transaction('READ COMMITTED', async (manager) => {
      await manager.query(`SET TRANSACTION READ ONLY`);
      await manager.query(`SET LOCAL statement_timeout = ${Math.trunc(statementTimeoutMs)}`);
      // The state as clockStatus (clocks/rules/clock-status.ts) derives it: met, then not required, then missed at now.
      const clocks = await manager.query(
        `SELECT regime,
                CASE WHEN met_at IS NOT NULL THEN 'met'
                     WHEN NOT required OR not_required_reason IS NOT NULL THEN 'not_required'
                     WHEN due_at <= $1 THEN 'missed'
                     ELSE 'running' END AS state,
                count(*)::int AS count
         FROM clocks GROUP BY 1, 2`,
        [now],
      );
      const outbox = await manager.query(`SELECT state, count(*)::int AS count, min(created_at) AS oldest FROM outbox GROUP BY state`);
      const notices = await manager.query(`SELECT kind, state, count(*)::int AS count FROM notices GROUP BY kind, state`);
      return { clocks, outbox, notices };
    });
  }
}
