import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, MoreThanOrEqual } from 'typeorm';
import { TimeSource } from '../common/time-source.js';
import { AuditEntry } from './audit-entry.entity.js';
import { GENESIS_HASH, entryHash } from './hash-chain.js';

/** Who did something: a user, a Slack user acting through a link, or the service itself. */
export interface Actor {
  /** "user:<uuid>", "slack:<Slack user id>" or "system". */
  id: string;
  name: string;
}

export const SYSTEM_ACTOR: Actor = { id: 'system', name: 'Breach Desk' };

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

export interface ChainVerification {
  ok: boolean;
  entries: number;
  firstBadEntry: number | null;
}

// Serialises appends so the chain has one order, across every instance of the service.
const AUDIT_CHAIN_LOCK = 7_331_002;
const VERIFY_PAGE = 1000;

@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly time: TimeSource,
  ) {}

  /** Appends within the caller's transaction: the change and its audit line commit together or not at all. */
  async record(manager: EntityManager, actor: Actor, record: AuditRecord): Promise<AuditEntry> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('audit entries must be written inside the transaction of the change they record');
    }
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const last = await manager.getRepository(AuditEntry).find({ order: { id: 'DESC' }, take: 1 });
    const fields = {
      id: (last[0]?.id ?? 0) + 1,
      at: this.time.now(),
      actor: actor.id,
      actorName: actor.name,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      before: toPlainJson(record.before),
      after: toPlainJson(record.after),
      prevHash: last[0]?.hash ?? GENESIS_HASH,
    };
    const entry = manager.getRepository(AuditEntry).create({ ...fields, hash: entryHash(fields) });
    return manager.getRepository(AuditEntry).save(entry);
  }

  /** Recomputes the whole chain; the first entry whose hash, link or position is wrong is reported. */
  async verify(): Promise<ChainVerification> {
    const repository = this.dataSource.getRepository(AuditEntry);
    let expectedId = 1;
    let prevHash = GENESIS_HASH;
    for (;;) {
      const page = await repository.find({ where: { id: MoreThanOrEqual(expectedId) }, order: { id: 'ASC' }, take: VERIFY_PAGE });
      for (const entry of page) {
        const intact = entry.id === expectedId && entry.prevHash === prevHash && entry.hash === entryHash(entry);
        if (!intact) return { ok: false, entries: await repository.count(), firstBadEntry: entry.id };
        prevHash = entry.hash;
        expectedId += 1;
      }
      if (page.length < VERIFY_PAGE) return { ok: true, entries: expectedId - 1, firstBadEntry: null };
    }
  }

  async forEntity(entityType: string, entityId: string): Promise<AuditEntry[]> {
    return this.dataSource.getRepository(AuditEntry).find({ where: { entityType, entityId }, order: { id: 'ASC' } });
  }
}

function toPlainJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
