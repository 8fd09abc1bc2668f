import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { bindStatement, insertRowsFragment } from '../database/sql-fragment.js';
import { OutboxMessage } from './outbox-message.entity.js';

// Not claimable yet: an earlier message of the same incident is still undelivered (threads stay in order).
const BEHIND_AN_EARLIER_ONE = `EXISTS (SELECT 1 FROM outbox earlier WHERE earlier.incident_id = o.incident_id AND earlier.state = 'pending' AND earlier.id < o.id)`;

/** The notifications module's SQL for the outbox. */
@Injectable()
export class OutboxRepository {
  constructor(@InjectRepository(OutboxMessage) private readonly outbox: Repository<OutboxMessage>) {}

  /** Several messages in one statement; `rows` get their ids. Plain SQL: the dispatch round queues every 100 ms under intake load. */
  async insert(manager: EntityManager, rows: OutboxMessage[]): Promise<void> {
    if (!rows.length) return;
    const { text, parameters } = bindStatement(insertRowsFragment(this.outbox, rows));
    const inserted: { id: string }[] = await manager.query(`${text} RETURNING id`, parameters);
    // Numbered by the sequence in the order inserted, which is the order given.
    const ids = inserted.map((row) => Number(row.id)).sort((a, b) => a - b);
    rows.forEach((row, n) => {
      row.id = ids[n];
    });
  }

  /**
   * Pending messages that may be tried now (at most one per incident), leased until `leaseUntil`, in one short
   * transaction; SKIP LOCKED, so instances never take the same message. The rows come back as they were before
   * the lease: attempts and attemptStartedAt say what happened before this attempt.
   */
  async claim(now: Date, limit: number, leaseUntil: Date): Promise<OutboxMessage[]> {
    return this.outbox.manager.transaction(async (manager) => {
      const rows = await manager
        .getRepository(OutboxMessage)
        .createQueryBuilder('o')
        .where(`o.state = 'pending'`)
        .andWhere('o.next_attempt_at <= :now', { now })
        .andWhere('(o.lease_until IS NULL OR o.lease_until <= :now)', { now })
        .andWhere(`NOT ${BEHIND_AN_EARLIER_ONE}`)
        .orderBy('o.id')
        .limit(limit)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (!rows.length) return [];
      await manager.query(
        `UPDATE outbox SET lease_until = $1, attempts = attempts + 1, attempt_started_at = COALESCE(attempt_started_at, $2) WHERE id = ANY($3::bigint[])`,
        [leaseUntil, now, rows.map((row) => row.id)],
      );
      return rows;
    });
  }

  /** When a pending message may next be claimed (a retry's time, a lease's end). */
  async nextAttemptAt(): Promise<Date | null> {
    const rows: { next: Date | null }[] = await this.outbox.query(
      `SELECT min(GREATEST(o.next_attempt_at, COALESCE(o.lease_until, o.next_attempt_at))) AS next
       FROM outbox o WHERE o.state = 'pending' AND NOT ${BEHIND_AN_EARLIER_ONE}`,
    );
    return rows[0]?.next ? new Date(rows[0].next) : null;
  }

  /** Changes a message still pending (a message sent is never touched again). */
  async updatePending(id: number, changes: Partial<OutboxMessage>, manager: EntityManager = this.outbox.manager): Promise<void> {
    await manager.getRepository(OutboxMessage).update({ id, state: 'pending' }, changes);
  }

  async update(id: number, changes: Partial<OutboxMessage>): Promise<void> {
    await this.outbox.update({ id }, changes);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.outbox.manager.transaction(work);
  }

  /** Messages by state, with the oldest of each. */
  countsByState(manager: EntityManager): Promise<{ state: string; count: number; oldest: Date | null }[]> {
    return manager.query(`SELECT state, count(*)::int AS count, min(created_at) AS oldest FROM outbox GROUP BY state`);
  }
}
