import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';

// Often enough that a broken chain shows on the dashboard within the hour; each run reads the whole log.
const EVERY_MS = 30 * 60_000;

/**
 * Keeps breach_desk_audit_chain_ok current: the chain is verified once the service has started, then every
 * 30 minutes (with SCHEDULER=on), and whenever someone calls GET /api/v1/audit/verify.
 */
@Injectable()
export class AuditVerificationJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuditVerification');
  private timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.schedulerEnabled) return;
    this.timers = [setTimeout(() => this.verify(), 0), setInterval(() => this.verify(), EVERY_MS)];
    for (const timer of this.timers) timer.unref();
  }

  onApplicationShutdown(): void {
    for (const timer of this.timers) clearTimeout(timer);
  }

  private verify(): void {
    this.audit.verify().then(
      (result) => {
        if (!result.ok) this.logger.error(`audit chain broken at entry ${result.firstBadEntry}`);
      },
      (error: unknown) => this.logger.warn(`audit chain not verified: ${String(error)}`),
    );
  }
}
