import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { User } from '../auth/user.entity.js';
import { TimeSource } from '../common/time-source.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { OutboxPayload } from './escalation-message.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { WakeSignal } from './wake-signal.service.js';

/** Queues messages in the caller's transaction; the Slack sender delivers them after commit. */
@Injectable()
export class OutboxService {
  constructor(
    private readonly time: TimeSource,
    private readonly wake: WakeSignal,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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
      manager.getRepository(OutboxMessage).create({
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
    if (rows.length) await manager.getRepository(OutboxMessage).insert(rows);
    return rows;
  }

  /** After the enqueueing transaction commits: the sender need not wait for its next poll. */
  afterCommit(): void {
    this.wake.emit('outbox');
  }

  /** The Slack ids of the users who hold the dpo role and have linked Slack. */
  async dpoSlackIds(manager: EntityManager): Promise<string[]> {
    const dpos = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where(`'dpo' = ANY(u.roles)`)
      .andWhere('u.slack_user_id IS NOT NULL')
      .getMany();
    return dpos.map((u) => u.slackUserId!);
  }
}
