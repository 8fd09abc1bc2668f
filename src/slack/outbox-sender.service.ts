import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Metrics } from '../common/metrics.js';
import { SoonestTimeout } from '../common/soonest-timeout.js';
import { TimeSource } from '../common/time-source.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { OutboxMessage } from '../notifications/outbox-message.entity.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { WakeSignal } from '../notifications/wake-signal.service.js';
import type { OutboxPayload } from '../notifications/escalation-message.js';
import { renderApprovalRequest, renderDowngradePending } from './approval-blocks.js';
import { renderIncidentUpdate } from './update-blocks.js';
import { renderEscalation, type SlackMessageContent } from './escalation-blocks.js';
import { SlackDeliveryError, type SlackGateway } from './slack-client.js';
import { SlackThreadsRepository } from './slack-threads.repository.js';

export const SLACK_GATEWAY = Symbol('SLACK_GATEWAY');

const TIMER = 'slack-outbox';
const CLAIM_BATCH = 20;
// Longer than one Slack call can take (10 s timeout), so a live sender never loses its claim mid-call.
const LEASE_MS = 60_000;
const MAX_SLEEP_MS = 30_000;
// After a drain, what is due but was not claimable (another instance holds it) is looked at again this soon.
const RECHECK_MS = 200;
const RETRY_AFTER_ERROR_MS = 5_000;
// 1, 2, 4, 8, then every 15 s: an alert is never more than 15 s behind Slack's return after an outage.
const MAX_BACKOFF_SECONDS = 15;
// Messages of different incidents are posted side by side; one incident's go one after another.
const CONCURRENT_POSTS = 4;
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
  private again = false;
  private readonly timer: SoonestTimeout;
  private stopped = false;

  constructor(
    private readonly outbox: OutboxService,
    private readonly threads: SlackThreadsRepository,
    @Inject(SLACK_GATEWAY) private readonly gateway: SlackGateway | null,
    private readonly wake: WakeSignal,
    registry: SchedulerRegistry,
    private readonly time: TimeSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {
    this.timer = new SoonestTimeout(registry, TIMER, () => this.runRound());
  }

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
    this.timer.clear();
    await this.running;
  }

  /** Sends everything that may be sent now; returns how many messages were delivered. */
  sendDue(): Promise<number> {
    this.running ??= this.drain().finally(() => (this.running = null));
    return this.running;
  }

  /** A timer's round: a wake during a drain runs another drain after it, so nothing queued meanwhile waits. */
  private runRound(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    void this.sendDue()
      .then(() => (this.again ? 0 : this.untilNextAttempt()))
      .catch((error: unknown) => {
        this.logger.error(`sending failed, retrying: ${String(error)}`);
        return RETRY_AFTER_ERROR_MS;
      })
      .then((ms) => {
        this.again = false;
        this.sleep(ms);
      });
  }

  private async drain(): Promise<number> {
    let delivered = 0;
    for (;;) {
      if (this.time.now().getTime() < this.pausedUntil) break;
      const batch = await this.claim();
      if (!batch.length) break;
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < batch.length) {
          const { message, threadTs } = batch[next++];
          // Sending is paused: the message goes back untried.
          if (this.time.now().getTime() < this.pausedUntil) await this.outbox.release(message);
          else if (await this.deliver(message, threadTs)) delivered += 1;
        }
      };
      await Promise.all(Array.from({ length: Math.min(CONCURRENT_POSTS, batch.length) }, worker));
    }
    return delivered;
  }

  /** Milliseconds until a pending message may next be claimed (a retry's time, a lease's end), at most MAX_SLEEP_MS. */
  private async untilNextAttempt(): Promise<number> {
    const next = await this.outbox.nextAttemptAt();
    if (!next) return MAX_SLEEP_MS;
    return Math.min(Math.max(next.getTime() - this.time.now().getTime(), RECHECK_MS), MAX_SLEEP_MS);
  }

  /** Claims a batch (at most one message per incident) with a lease; each with the incident's thread, if it has one. */
  private async claim(): Promise<{ message: OutboxMessage; threadTs: string | undefined }[]> {
    const messages = await this.outbox.claim(CLAIM_BATCH, LEASE_MS);
    // Read after the claim: a thread, once recorded, never changes.
    const threadOf = messages.length
      ? await this.threads.tsByIncident(messages.map((message) => message.incidentId))
      : new Map<string, string>();
    return messages.map((message) => ({ message, threadTs: threadOf.get(message.incidentId) }));
  }

  /** True when the message is now known to be in Slack. */
  private async deliver(message: OutboxMessage, threadTs: string | undefined): Promise<boolean> {
    const gateway = this.gateway!;
    const channel = message.slackChannel ?? this.config.slack.channel!;
    try {
      if (message.attemptStartedAt) {
        const oldest = Math.floor(message.attemptStartedAt.getTime() / 1000) - LOOKBACK_SECONDS;
        const found = await gateway.findMessageByMetadata(channel, METADATA_EVENT, 'outbox_id', message.id, oldest, threadTs);
        if (found) {
          await this.markSent(message, channel, found.ts, !threadTs);
          this.recordLateness(message.payload);
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
      await this.markSent(message, posted.channel, posted.ts, !threadTs);
      this.recordLateness(message.payload);
      return true;
    } catch (error) {
      await this.recordFailure(message, error);
      return false;
    }
  }

  private render(payload: OutboxPayload): { content: SlackMessageContent; loud: boolean } {
    if (payload.type === 'approval_request') return { content: renderApprovalRequest(payload), loud: true };
    if (payload.type === 'incident_update') return { content: renderIncidentUpdate(payload), loud: false };
    if (payload.type === 'downgrade_pending') return { content: renderDowngradePending(payload), loud: true };
    return { content: renderEscalation(payload, this.time.now(), this.config.displayTimeZone), loud: payload.audience.includes('dpo') };
  }

  private async markSent(message: OutboxMessage, channel: string, ts: string, opensThread: boolean): Promise<void> {
    await this.outbox.markSent(
      message,
      { channel, ts },
      opensThread ? (manager) => this.threads.record(manager, { incidentId: message.incidentId, channel, ts }) : undefined,
    );
  }

  /** An escalation's lateness: now (Slack has just acknowledged it) minus when its alert fell due. */
  private recordLateness(payload: OutboxPayload): void {
    // Only escalations have a due time (and not those queued before firesAt existed).
    if (!('firesAt' in payload) || !payload.firesAt) return;
    this.metrics.escalationAcknowledged((this.time.now().getTime() - Date.parse(payload.firesAt)) / 1000);
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
        retryInMs = Math.min(2 ** Math.min(attempts - 1, 4), MAX_BACKOFF_SECONDS) * 1000;
        break;
      case 'platform':
        // e.g. channel_not_found: needs a person; keep trying slowly rather than drop the alert
        retryInMs = Math.min(60 * attempts, 900) * 1000;
        this.logger.error(`Slack refused message ${message.id}: ${failure.slackError ?? failure.message}`);
        break;
    }
    // Only a refusal proves nothing was posted; after anything else the next attempt looks before posting.
    const refused = failure.kind === 'rate_limited' || failure.kind === 'platform';
    await this.outbox.retryLater(message, new Date(now + retryInMs), `${failure.kind}: ${failure.message}`, refused);
    this.sleep(retryInMs);
  }

  /** The next round `ms` from now (never inside a Retry-After pause), unless one is already set sooner. */
  private sleep(ms: number): void {
    if (this.stopped || !this.config.schedulerEnabled || !this.gateway) return;
    this.timer.in(Math.max(ms, this.pausedUntil - this.time.now().getTime(), 0));
  }
}
