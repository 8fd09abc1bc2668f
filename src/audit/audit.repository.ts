import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThanOrEqual, type EntityManager, type EntitySubscriberInterface, type Repository } from 'typeorm';
import { DatabaseLock } from '../database/locks.js';
import { bindStatement, type SqlFragment, type StatementValue } from '../database/sql-fragment.js';
import { AuditEntry } from './audit-entry.entity.js';

/**
 * A line as audit_append (migration 0270) takes it: the canonical JSON of what it covers up to its position, in
 * pieces with a value of the statement between each two (`slots`, in order: an index into those values). The
 * function stores the entry's columns from that text, once whole, so they are what the hash covers.
 */
export interface AppendedLine {
  hashed: string[];
  slots: { value: number }[];
}

export interface AuditEntriesFilter {
  entityId?: string;
  before?: number;
  limit: number;
}

/** Every SQL statement of the audit log (audit_log: insert and read only; a trigger refuses the rest). */
@Injectable()
export class AuditRepository {
  constructor(@InjectRepository(AuditEntry) private readonly log: Repository<AuditEntry>) {}

  /** The subscriber sees every transaction of the data source commit or roll back (the audit lines join them). */
  subscribe(subscriber: EntitySubscriberInterface): void {
    this.log.manager.connection.subscribers.push(subscriber);
  }

  /**
   * Appends in the caller's transaction, in one round trip: the chain's lock (taken for the rest of the
   * transaction, so appends from every instance line up and the chain has one order), its head, and the lines.
   */
  async append(manager: EntityManager, lines: AppendedLine[]): Promise<void> {
    const { text, parameters } = bindStatement(this.appendFragment(lines, []));
    await manager.query(text, parameters);
  }

  /**
   * append's call as part of one statement of the caller's (a new incident's intake): `slotValues` are values of
   * that statement that the lines' slots take.
   */
  appendFragment(lines: AppendedLine[], slotValues: StatementValue[]): SqlFragment {
    return (bind) =>
      `SELECT audit_append(${bind(DatabaseLock.AuditChain)}::bigint, ${bind(JSON.stringify(lines))}::jsonb, ARRAY[${slotValues.map(bind).join(', ')}]::text[]) AS last_id`;
  }

  /** Up to `limit` entries from id `fromId` on, in chain order. */
  page(fromId: number, limit: number): Promise<AuditEntry[]> {
    return this.log.find({ where: { id: MoreThanOrEqual(fromId) }, order: { id: 'ASC' }, take: limit });
  }

  /** Entries newest first, optionally of one entity and before an id (paging back). */
  entries(filter: AuditEntriesFilter): Promise<AuditEntry[]> {
    const qb = this.log.createQueryBuilder('a').orderBy('a.id', 'DESC').take(filter.limit);
    if (filter.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.before) qb.andWhere('a.id < :before', { before: filter.before });
    return qb.getMany();
  }
}
