import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuthService } from '../auth/auth.service.js';
import { TimeSource } from '../common/time-source.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { OutboxPayload } from './escalation-message.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { OutboxRepository } from './outbox.repository.js';
import { WakeSignal } from './wake-signal.service.js';

/** Queues messages in the caller's transaction; the Slack sender delivers them after commit, through the methods below. */
@Injectable()
export class OutboxService {
  constructor(
    private readonly repository: OutboxRepository,
    private readonly auth: AuthService,
    private readonly time: TimeSource,
    private readonly wake: WakeSignal,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** For the operations gauges, inside the caller's (read-only) transaction. */
  countsByState(manager: EntityManager): Promise<{ state: string; count: number; oldest: Date | null }[]> {
    return this.repository.countsByState(manager);
  }

  async enqueue(manager: EntityManager, incidentId: string, payload: OutboxPayload): Promise<OutboxMessage> {
    const [message] = await this.enqueueMany(manager, [{ incidentId, payload }]);
    return message;
  }

  /** Several messages in one statement; they come back in the order given, with their ids. */
  async enqueueMany(manager: EntityManager, messages: { incidentId: string; payload: OutboxPayload }[]): Promise<OutboxMessage[]> {
    const now = this.time.now();
    // Recorded either way, so the API shows what would have been said while Slack was off.
    const state = this.config.slack.botToken && this.config.slack.channel ? 'pending' : 'held';
    const rows = messages.map(({ incidentId, payload }) =>
      Object.assign(new OutboxMessage(), {
        incidentId,
        payload,
        state,
        createdAt: now,
        attempts: 0,
        nextAttemptAt: now,
        leaseUntil: null,
        attemptStartedAt: null,
        lastError: null,
        sentAt: null,
        slackChannel: this.config.slack.channel,
        slackTs: null,
      }),
    );
    await this.repository.insert(manager, rows);
    return rows;
  }

  /** After the enqueueing transaction commits: the sender need not wait for its next poll. */
  afterCommit(): void {
    this.wake.emit('outbox');
  }

  /** The Slack ids of the users who hold the dpo role and have linked Slack. */
  dpoSlackIds(manager: EntityManager): Promise<string[]> {
    return this.auth.dpoSlackIds(manager);
  }

  /** Claims up to `limit` messages to send now, each for `leaseMs` (another sender may not take it meanwhile). */
  claim(limit: number, leaseMs: number): Promise<OutboxMessage[]> {
    const now = this.time.now();
    return this.repository.claim(now, limit, new Date(now.getTime() + leaseMs));
  }

  /** When a pending message may next be claimed, if any may. */
  nextAttemptAt(): Promise<Date | null> {
    return this.repository.nextAttemptAt();
  }

  /**
   * The message is in Slack. `alsoInTransaction` commits with the mark (the sender records the thread a
   * first message opened, so that later messages never miss it).
   */
  async markSent(
    message: OutboxMessage,
    delivered: { channel: string; ts: string },
    alsoInTransaction?: (manager: EntityManager) => Promise<void>,
  ): Promise<void> {
    const mark = (manager?: EntityManager) =>
      this.repository.updatePending(
        message.id,
        {
          state: 'sent',
          sentAt: this.time.now(),
          slackChannel: delivered.channel,
          slackTs: delivered.ts,
          leaseUntil: null,
          attemptStartedAt: null,
          lastError: null,
        },
        manager,
      );
    if (!alsoInTransaction) return mark();
    await this.repository.transaction(async (manager) => {
      await mark(manager);
      await alsoInTransaction(manager);
    });
  }

  /**
   * An attempt failed: tried again at `retryAt`, its lease given up. `refused`: the recipient refused it, which
   * proves nothing was posted, so a first attempt's start is forgotten (the next need not look before posting).
   */
  async retryLater(message: OutboxMessage, retryAt: Date, lastError: string, refused: boolean): Promise<void> {
    await this.repository.updatePending(message.id, {
      nextAttemptAt: retryAt,
      leaseUntil: null,
      lastError: lastError.slice(0, 1000),
      ...(refused && !message.attemptStartedAt ? { attemptStartedAt: null } : {}),
    });
  }

  /** Gives a claimed message back untried, as it was before the claim. */
  async release(message: OutboxMessage): Promise<void> {
    await this.repository.update(message.id, { leaseUntil: null, attempts: message.attempts, attemptStartedAt: message.attemptStartedAt });
  }
}
