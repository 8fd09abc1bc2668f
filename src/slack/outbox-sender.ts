import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TimeSource } from '../common/time-source.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { OutboxMessage } from '../notifications/outbox-message.entity.js';
import { WakeSignal } from '../notifications/wake-signal.js';
import type { OutboxPayload } from '../notifications/escalation-message.js';
import { renderApprovalRequest } from './approval-blocks.js';
import { renderIncidentUpdate } from './update-blocks.js';
import { renderEscalation, type SlackMessageContent } from './escalation-blocks.js';
import { SlackDeliveryError, type SlackGateway } from './slack-client.js';
import { SlackThread } from './slack-thread.entity.js';

export const SLACK_GATEWAY = Symbol('SLACK_GATEWAY');

const TIMER = 'slack-outbox';
const CLAIM_BATCH = 20;
// Longer than one Slack call can take (10 s timeout), so a live sender never loses its claim mid-call.
const LEASE_MS = 60_000;
const MAX_SLEEP_MS = 30_000;
const METADATA_EVENT = 'breach_desk_outbox';
// How far back to look for a post whose answer was lost.
const LOOKBACK_SECONDS = 120;

/**
 * Delivers the outbox (escalations, approval requests) to Slack, each message exactly once:
 * - claims pending messages with SKIP LOCKED and a lease, in a short transaction; posts outside any transaction;
 * - an incident's messages go in order (its first one opens the thread the later ones reply in);
 * - 429 pauses sending for Retry-After; 5xx and network errors back off and retry, forever: nothing is dropped;
 * - every post carries the outbox id as message metadata, so when an attempt's outcome is unknown (a crash,
 *   an answer lost) the next attempt first looks in Slack for it instead of posting twice.
 */
@Injectable()
export class OutboxSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SlackOutbox');
  private pausedUntil = 0;
  private running: Promise<number> | null = null;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SLACK_GATEWAY) private readonly gateway: SlackGateway | null,
    private readonly wake: WakeSignal,
    private readonly registry: SchedulerRegistry,
    private readonly time: TimeSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.gateway || !this.config.slack.channel) {
      this.logger.warn('Slack is off (SLACK_BOT_TOKEN or SLACK_CHANNEL unset): alerts are recorded and visible in the API, not posted');
      return;
    }
    if (!this.config.schedulerEnabled) return;
    this.wake.on('outbox', () => this.sleep(0));
    this.sleep(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.registry.doesExist('timeout', TIMER)) this.registry.deleteTimeout(TIMER);
    await this.running;
  }

  /** Sends everything that may be sent now; returns how many messages were delivered. */
  sendDue(): Promise<number> {
    this.running ??= this.drain().finally(() => (this.running = null));
    return this.running;
  }

  private async drain(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const now = this.time.now();
      if (now.getTime() < this.pausedUntil) break;
      const batch = await this.claim(now);
      if (!batch.length) break;
      for (const message of batch) {
        if (this.time.now().getTime() < this.pausedUntil) {
          await this.release(message);
          continue;
        }
        if (await this.deliver(message)) delivered += 1;
      }
    }
    return delivered;
  }

  private async claim(now: Date): Promise<OutboxMessage[]> {
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxMessage[] = await manager
        .getRepository(OutboxMessage)
        .createQueryBuilder('o')
        .where(`o.state = 'pending'`)
        .andWhere('o.next_attempt_at <= :now', { now })
        .andWhere('(o.lease_until IS NULL OR o.lease_until <= :now)', { now })
        // An incident's messages go in order: none while an earlier one of the same incident is undelivered.
        .andWhere(`NOT EXISTS (SELECT 1 FROM outbox earlier WHERE earlier.incident_id = o.incident_id AND earlier.state = 'pending' AND earlier.id < o.id)`)
        .orderBy('o.id')
        .limit(CLAIM_BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const row of rows) {
        await manager.getRepository(OutboxMessage).update(
          { id: row.id },
          { leaseUntil: new Date(now.getTime() + LEASE_MS), attempts: row.attempts + 1, attemptStartedAt: row.attemptStartedAt ?? now },
        );
      }
      return rows;
    });
  }

  /** True when the message is now known to be in Slack. */
  private async deliver(message: OutboxMessage): Promise<boolean> {
    const gateway = this.gateway!;
    const channel = message.slackChannel ?? this.config.slack.channel!;
    const thread = await this.dataSource.getRepository(SlackThread).findOneBy({ incidentId: message.incidentId });
    const threadTs = thread?.ts;
    try {
      if (message.attemptStartedAt) {
        const oldest = Math.floor(message.attemptStartedAt.getTime() / 1000) - LOOKBACK_SECONDS;
        const found = await gateway.findMessageByMetadata(channel, METADATA_EVENT, 'outbox_id', message.id, oldest, threadTs);
        if (found) {
          await this.markSent(message, channel, found.ts, !thread);
          return true;
        }
      }
      const { content, loud } = this.render(message.payload);
      const posted = await gateway.postMessage({
        channel,
        ...content,
        threadTs,
        // Louder messages (for the DPO and beyond) also show in the channel, not only in the thread.
        replyBroadcast: threadTs ? loud : undefined,
        metadata: { event_type: METADATA_EVENT, event_payload: { outbox_id: message.id, incident: message.payload.incident.reference } },
      });
      await this.markSent(message, posted.channel, posted.ts, !thread);
      return true;
    } catch (error) {
      await this.recordFailure(message, error);
      return false;
    }
  }

  private render(payload: OutboxPayload): { content: SlackMessageContent; loud: boolean } {
    if (payload.type === 'approval_request') return { content: renderApprovalRequest(payload), loud: true };
    if (payload.type === 'incident_update') return { content: renderIncidentUpdate(payload), loud: false };
    return { content: renderEscalation(payload, this.time.now(), this.config.displayTimeZone), loud: payload.audience.includes('dpo') };
  }

  private async markSent(message: OutboxMessage, channel: string, ts: string, opensThread: boolean): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(OutboxMessage).update(
        { id: message.id, state: 'pending' },
        { state: 'sent', sentAt: this.time.now(), slackChannel: channel, slackTs: ts, leaseUntil: null, attemptStartedAt: null, lastError: null },
      );
      if (opensThread) {
        await manager.createQueryBuilder().insert().into(SlackThread).values({ incidentId: message.incidentId, channel, ts }).orIgnore().execute();
      }
    });
  }

  private async recordFailure(message: OutboxMessage, error: unknown): Promise<void> {
    const now = this.time.now().getTime();
    const failure = error instanceof SlackDeliveryError ? error : new SlackDeliveryError('network', String(error));
    const attempts = message.attempts + 1;
    let retryInMs: number;
    switch (failure.kind) {
      case 'rate_limited':
        retryInMs = (failure.retryAfterSeconds ?? 1) * 1000;
        this.pausedUntil = now + retryInMs;
        break;
      case 'server':
      case 'network':
        retryInMs = Math.min(2 ** Math.min(attempts - 1, 6), 60) * 1000;
        break;
      case 'platform':
        // e.g. channel_not_found: needs a person; keep trying slowly rather than drop the alert
        retryInMs = Math.min(60 * attempts, 900) * 1000;
        this.logger.error(`Slack refused message ${message.id}: ${failure.slackError ?? failure.message}`);
        break;
    }
    // Only a refusal proves nothing was posted; after anything else the next attempt looks before posting.
    const refused = failure.kind === 'rate_limited' || failure.kind === 'platform';
    await this.dataSource.getRepository(OutboxMessage).update(
      { id: message.id, state: 'pending' },
      {
        nextAttemptAt: new Date(now + retryInMs),
        leaseUntil: null,
        lastError: `${failure.kind}: ${failure.message}`.slice(0, 1000),
        ...(refused && !message.attemptStartedAt ? { attemptStartedAt: null } : {}),
      },
    );
    this.sleep(retryInMs);
  }

  /** Gives a claimed message back untried (sending is paused). */
  private async release(message: OutboxMessage): Promise<void> {
    await this.dataSource
      .getRepository(OutboxMessage)
      .update({ id: message.id }, { leaseUntil: null, attempts: message.attempts, attemptStartedAt: message.attemptStartedAt });
  }

  private sleep(ms: number): void {
    if (this.stopped || !this.config.schedulerEnabled || !this.gateway) return;
    if (this.registry.doesExist('timeout', TIMER)) this.registry.deleteTimeout(TIMER);
    this.registry.addTimeout(
      TIMER,
      setTimeout(() => {
        void this.sendDue()
          .catch((error: unknown) => this.logger.error(`sending failed: ${String(error)}`))
          .finally(() => this.sleep(MAX_SLEEP_MS));
      }, Math.max(ms, this.pausedUntil - this.time.now().getTime(), 0)),
    );
  }
}
