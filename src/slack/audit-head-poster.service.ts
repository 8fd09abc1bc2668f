import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AuditCheckpointsService } from '../audit/audit-checkpoints.service.js';
import { TimeSource } from '../common/time-source.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AuditHeadPostsRepository } from './audit-head-posts.repository.js';
import { SLACK_GATEWAY } from './outbox-sender.service.js';
import type { SlackGateway } from './slack-client.js';

const ROUND_MS = 60 * 60_000;

/**
 * Once a day, the audit chain's freshly signed head goes to the alert channel: a copy of the anchor kept by
 * Slack, outside both the database and the service's machine. A failed post is tried again next hour.
 */
@Injectable()
export class AuditHeadPoster implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuditHeadPoster');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly checkpoints: AuditCheckpointsService,
    private readonly posts: AuditHeadPostsRepository,
    private readonly time: TimeSource,
    @Inject(SLACK_GATEWAY) private readonly gateway: SlackGateway | null,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.schedulerEnabled || !this.gateway || !this.config.slack.channel) return;
    this.timer = setInterval(() => void this.postTodaysHead(), ROUND_MS);
    this.timer.unref();
    void this.postTodaysHead();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Posts today's (UTC) signed head unless an instance already has; true when this call posted it. */
  async postTodaysHead(): Promise<boolean> {
    const channel = this.config.slack.channel;
    if (!this.gateway || !channel) return false;
    const now = this.time.now();
    const day = now.toISOString().slice(0, 10);
    try {
      if (!(await this.posts.claim(day, now))) return false;
    } catch (error) {
      this.logger.warn(`audit head post not claimed: ${String(error)}`);
      return false;
    }
    try {
      const head = await this.checkpoints.checkpoint();
      await this.gateway.postMessage({
        channel,
        text:
          `Audit trail, signed head for ${day}: ${head.entries} entries, last hash ${head.headHash}, ` +
          `signed ${head.at.toISOString()} with key ${head.keyId}. Signature: ${head.signature}`,
      });
      return true;
    } catch (error) {
      this.logger.warn(`audit head not posted to Slack, trying again next round: ${String(error)}`);
      await this.posts.release(day).catch(() => undefined);
      return false;
    }
  }
}
