import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { entitiesOf, insertRowsFragment, type SqlFragment } from '../database/sql-fragment.js';
import { ClockFiling } from './clock-filing.entity.js';
import { Clock, type OwingClockRow } from './clock.entity.js';

/**
 * Every SQL statement of the clocks module's own tables (clocks, clock_filings). Methods that take an
 * EntityManager run inside the caller's transaction.
 */
@Injectable()
export class ClocksRepository {
  constructor(
    @InjectRepository(Clock) private readonly clocks: Repository<Clock>,
    @InjectRepository(ClockFiling) private readonly filings: Repository<ClockFiling>,
  ) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.clocks.manager.transaction(work);
  }

  /** Outside any transaction: for reads that need no lock. */
  get manager(): EntityManager {
    return this.clocks.manager;
  }

  create(fields: Partial<Clock>): Clock {
    return this.clocks.create(fields);
  }

  /** An incident's clocks, locked for the rest of the transaction. */
  lockOfIncident(manager: EntityManager, incidentId: string): Promise<Clock[]> {
    return manager.getRepository(Clock).find({ where: { incidentId }, lock: { mode: 'pessimistic_write' } });
  }

  lockOne(manager: EntityManager, incidentId: string, key: string): Promise<Clock | null> {
    return manager.getRepository(Clock).findOne({ where: { incidentId, key }, lock: { mode: 'pessimistic_write' } });
  }

  /** These clocks, locked for the caller's transaction; those another transaction holds are left out. */
  async lockSkippingLocked(manager: EntityManager, ids: string[]): Promise<Clock[]> {
    // Plain SQL: the dispatch round runs every 100 ms under intake load.
    return entitiesOf(this.clocks, await manager.query(`SELECT * FROM clocks WHERE id = ANY($1::uuid[]) FOR UPDATE SKIP LOCKED`, [ids]));
  }

  ofIncident(manager: EntityManager, incidentId: string): Promise<Clock[]> {
    return manager.getRepository(Clock).find({ where: { incidentId } });
  }

  /** Every clock of these incidents, soonest deadline first. */
  ofIncidents(incidentIds: string[], manager: EntityManager = this.manager): Promise<Clock[]> {
    return manager.getRepository(Clock).find({ where: { incidentId: In(incidentIds) }, order: { dueAt: 'ASC', key: 'ASC' } });
  }

  /** Of each of these incidents, the clock still owing (required, neither met nor judged not required) with the soonest deadline. */
  mostUrgentOwing(incidentIds: string[]): Promise<OwingClockRow[]> {
    // Plain SQL and the driver's rows, only the columns the board shows: it reads one clock for each of a thousand
    // and more incidents, and TypeORM's statement building and entity hydration cost more CPU than the statement.
    return this.manager.query(
      `SELECT DISTINCT ON (incident_id) incident_id AS "incidentId", key, legal_basis AS "legalBasis", recipient, due_at AS "dueAt"
       FROM clocks WHERE incident_id = ANY($1::uuid[]) AND required AND met_at IS NULL AND not_required_reason IS NULL
       ORDER BY incident_id, due_at, key`,
      [incidentIds],
    );
  }

  /** New clocks as part of one statement of the caller's (a new incident's intake). */
  insertFragment(clocks: Clock[]): SqlFragment {
    return insertRowsFragment(this.clocks, clocks);
  }

  async insert(manager: EntityManager, clocks: Clock[]): Promise<void> {
    await manager.getRepository(Clock).insert(clocks);
  }

  async update(manager: EntityManager, id: string, changes: Partial<Clock>): Promise<void> {
    await manager.getRepository(Clock).update({ id }, changes);
  }

  save(manager: EntityManager, clock: Clock): Promise<Clock> {
    return manager.getRepository(Clock).save(clock);
  }

  createFiling(fields: Omit<ClockFiling, 'id'>): ClockFiling {
    return this.filings.create(fields);
  }

  async insertFiling(manager: EntityManager, filing: ClockFiling): Promise<void> {
    await manager.getRepository(ClockFiling).insert(filing);
  }

  /** Every filing of these incidents, oldest first. */
  filingsOfIncidents(incidentIds: string[], manager: EntityManager = this.manager): Promise<ClockFiling[]> {
    return manager.getRepository(ClockFiling).find({ where: { incidentId: In(incidentIds) }, order: { sentAt: 'ASC', id: 'ASC' } });
  }

  /** When each of these clocks was last filed for. */
  async lastFiledAt(manager: EntityManager, clockIds: string[]): Promise<Map<string, Date>> {
    const rows: { clock_id: string; last: Date }[] = await manager.query(
      'SELECT clock_id, max(sent_at) AS last FROM clock_filings WHERE clock_id = ANY($1::uuid[]) GROUP BY clock_id',
      [clockIds],
    );
    return new Map(rows.map((r) => [r.clock_id, new Date(r.last)]));
  }

  /** Clocks by regime and by state at `now`, as clockStatus (rules/clock-status.ts) derives it: met, then not required, then missed. */
  countsByRegimeAndState(manager: EntityManager, now: Date): Promise<{ regime: string; state: string; count: number }[]> {
    return manager.query(
      `SELECT regime,
              CASE WHEN met_at IS NOT NULL THEN 'met'
                   WHEN NOT required OR not_required_reason IS NOT NULL THEN 'not_required'
                   WHEN due_at <= $1 THEN 'missed'
                   ELSE 'running' END AS state,
              count(*)::int AS count
       FROM clocks GROUP BY 1, 2`,
      [now],
    );
  }
}
