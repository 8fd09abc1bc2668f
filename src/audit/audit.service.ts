import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  EntityManager,
  type EntitySubscriberInterface,
  type QueryRunner,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
} from 'typeorm';
import { Metrics } from '../common/metrics.js';
import { StatementValue, type SqlFragment } from '../database/sql-fragment.js';
import { TimeSource } from '../common/time-source.js';
import { AuditCheckpointsService } from './audit-checkpoints.service.js';
import type { AuditEntry } from './audit-entry.entity.js';
import { AuditRepository, type AppendedLine, type AuditEntriesFilter } from './audit.repository.js';
import { checkAgainstCheckpoints } from './chain-anchoring.js';
import type { CheckpointClaim } from './checkpoint-signature.js';
import { GENESIS_HASH, entryHash, lineParts, type LineFields } from './hash-chain.js';

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
  /** The signed checkpoint that reached furthest, which the chain was held against. */
  checkpoint: CheckpointClaim | null;
  missingEntries: { from: number; to: number } | null;
  rewritten: boolean;
  /** Each finding in a sentence. */
  problems: string[];
}

const VERIFY_PAGE = 1000;

@Injectable()
export class AuditService implements EntitySubscriberInterface, OnModuleInit {
  private readonly pending = new WeakMap<QueryRunner, AppendedLine[]>();

  constructor(
    private readonly repository: AuditRepository,
    private readonly time: TimeSource,
    private readonly checkpoints: AuditCheckpointsService,
    private readonly metrics: Metrics,
  ) {}

  onModuleInit(): void {
    this.repository.subscribe(this);
  }

  /**
   * Appends within the caller's transaction: the change and its audit line commit together or not at all.
   * The line is chained just before commit (beforeTransactionCommit), so the chain's lock, which orders every
   * instance's appends, is held for a moment rather than for the whole command.
   */
  async record(manager: EntityManager, actor: Actor, record: AuditRecord): Promise<void> {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) {
      throw new Error('audit entries must be written inside the transaction of the change they record');
    }
    const pending = this.pending.get(runner) ?? [];
    pending.push(this.appendedLine(actor, record, []));
    this.pending.set(runner, pending);
  }

  /**
   * Audit lines as part of one statement of the caller's (a new incident's intake), appended to the chain by that
   * statement. A StatementValue in a line's `before` or `after` (the new incident's reference) is filled in, and
   * hashed, by the statement.
   */
  appendFragment(actor: Actor, records: AuditRecord[]): SqlFragment {
    const statementValues: StatementValue[] = [];
    const lines = records.map((record) => this.appendedLine(actor, record, statementValues));
    return this.repository.appendFragment(lines, statementValues);
  }

  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const pending = this.pending.get(event.queryRunner);
    if (!pending?.length) return;
    this.pending.delete(event.queryRunner);
    await this.repository.append(event.queryRunner.manager, pending);
  }

  /** `statementValues`: those met so far, to which this line's are added. */
  private appendedLine(actor: Actor, record: AuditRecord, statementValues: StatementValue[]): AppendedLine {
    const fields: LineFields = {
      at: this.time.now(),
      actor: actor.id,
      actorName: actor.name,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      before: record.before,
      after: record.after,
    };
    // The text is written now, as the record is: what the caller's objects become before the commit is not recorded.
    const { text, slots } = lineParts(fields, (value) => value instanceof StatementValue);
    const indexOf = (value: StatementValue) => {
      const met = statementValues.indexOf(value);
      return met >= 0 ? met : statementValues.push(value) - 1;
    };
    return { hashed: text, slots: slots.map((value) => ({ value: indexOf(value) })) };
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    this.pending.delete(event.queryRunner);
  }

  /** Entries newest first, optionally of one entity (an incident's own trail), for the console and auditors. */
  entries(filter: AuditEntriesFilter): Promise<AuditEntry[]> {
    return this.repository.entries(filter);
  }

  /**
   * Recomputes the whole chain, then holds it against the signed checkpoints: a chain that links up can still
   * have lost its tail or been re-hashed by someone who could write to the database. The result is also
   * breach_desk_audit_chain_ok.
   */
  async verify(): Promise<ChainVerification> {
    const result = await this.holdChainAgainstCheckpoints();
    this.metrics.auditChainVerified(result.ok, this.time.now());
    return result;
  }

  private async holdChainAgainstCheckpoints(): Promise<ChainVerification> {
    const known = await this.checkpoints.known();
    const positions = new Set(known.trusted.map((c) => c.entries));
    const hashesAt = new Map<number, string>();
    let expectedId = 1;
    let prevHash = GENESIS_HASH;
    let entries = 0;
    let firstBrokenLink: number | null = null;
    for (;;) {
      const page = await this.repository.page(expectedId, VERIFY_PAGE);
      for (const entry of page) {
        const intact = entry.id === expectedId && entry.prevHash === prevHash && entry.hash === entryHash(entry);
        if (!intact) firstBrokenLink ??= entry.id;
        if (positions.has(entry.id)) hashesAt.set(entry.id, entry.hash);
        prevHash = entry.hash;
        expectedId = entry.id + 1;
        entries += 1;
      }
      if (page.length < VERIFY_PAGE) break;
    }
    const anchors = checkAgainstCheckpoints(expectedId - 1, hashesAt, known.trusted);
    const problems = [...known.problems];
    if (firstBrokenLink !== null)
      problems.push(`entry ${firstBrokenLink}: its hash, its link to the previous entry or its position is wrong`);
    if (anchors.missingEntries) {
      const { from, to } = anchors.missingEntries;
      problems.push(`entries ${from} to ${to} are missing: a checkpoint signed at ${anchors.furthest!.at.toISOString()} counted ${to}`);
    }
    if (anchors.rewritten) {
      const { checkpoint, firstSuspect } = anchors.rewritten;
      problems.push(
        `the chain was rewritten: entry ${checkpoint.entries} no longer has the hash signed at ${checkpoint.at.toISOString()}; entries from ${firstSuspect} on may have been changed`,
      );
    }
    const ok = firstBrokenLink === null && !anchors.missingEntries && !anchors.rewritten && known.forged === 0;
    return {
      ok,
      entries,
      firstBadEntry: firstBrokenLink ?? anchors.rewritten?.firstSuspect ?? null,
      checkpoint: anchors.furthest,
      missingEntries: anchors.missingEntries,
      rewritten: anchors.rewritten !== null,
      problems,
    };
  }
}
