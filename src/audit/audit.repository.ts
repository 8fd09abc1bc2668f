import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThanOrEqual, type EntityManager, type EntitySubscriberInterface, type Repository } from 'typeorm';
import { DatabaseLock } from '../database/locks.js';
import { AuditEntry } from './audit-entry.entity.js';
import { GENESIS_HASH } from './hash-chain.js';

export interface ChainLink {
  id: number;
  hash: string;
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
   * The chain's last entry, its lock taken for the rest of the caller's transaction: appends from every instance
   * line up behind it, so the chain has one order. The genesis link when the log is empty.
   */
  async lockedHead(manager: EntityManager): Promise<ChainLink> {
    const [head]: { id: string | null; hash: string | null }[] = await manager.query('SELECT id, hash FROM audit_chain_head($1)', [
      DatabaseLock.AuditChain,
    ]);
    return head.id === null ? { id: 0, hash: GENESIS_HASH } : { id: Number(head.id), hash: head.hash! };
  }

  /**
   * One statement for any number of entries: a column of parameters per entity column (unnest), so the statement
   * follows the entity and its size does not grow with the number of entries.
   */
  async insert(manager: EntityManager, entries: AuditEntry[]): Promise<void> {
    const columns = this.log.metadata.columns;
    await manager.query(
      `INSERT INTO audit_log (${columns.map((c) => c.databaseName).join(', ')})
       SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${String(c.type)}[]`).join(', ')})`,
      columns.map((column) =>
        entries.map((entry) => {
          const value = column.getEntityValue(entry) as unknown;
          return column.type === 'jsonb' && value !== null ? JSON.stringify(value) : value;
        }),
      ),
    );
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
