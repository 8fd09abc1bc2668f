import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { SoonestTimeout } from '../common/soonest-timeout.js';
import { TimeSource } from '../common/time-source.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { EscalationDispatcher } from './escalation-dispatcher.service.js';
import { WAKE_GATHER_MS, nextRoundIn } from './policy/dispatch-rounds.js';
import { WakeSignal } from './wake-signal.service.js';

const TIMER = 'escalation-dispatch';
const RETRY_AFTER_ERROR_MS = 5_000;

/**
 * Sleeps until the next alert falls due (not a coarse cron), dispatches everything due, and sleeps again.
 * New alerts (planned here, or by another instance: LISTEN/NOTIFY) wake it within WAKE_GATHER_MS; several
 * instances may run it, the dispatcher's locks keep alerts single.
 */
@Injectable()
export class EscalationScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('EscalationScheduler');
  private running: Promise<void> | null = null;
  private readonly timer: SoonestTimeout;
  private again = false;
  private stopped = false;

  constructor(
    private readonly dispatcher: EscalationDispatcher,
    private readonly wake: WakeSignal,
    registry: SchedulerRegistry,
    private readonly time: TimeSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.timer = new SoonestTimeout(registry, TIMER, () => void this.runNow());
  }

  onApplicationBootstrap(): void {
    if (!this.config.schedulerEnabled) return;
    this.wake.on('steps', () => this.sleep(WAKE_GATHER_MS));
    this.sleep(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.timer.clear();
    await this.running;
  }

  /** Dispatches every due alert now; the next round is planned from what remains. */
  runNow(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.runNow();
      }
    });
    return this.running;
  }

  private async drain(): Promise<void> {
    let delay: number;
    try {
      const round = await this.dispatcher.dispatchDue();
      if (round.queued > 0) this.wake.emit('outbox');
      const next = await this.dispatcher.nextFireAt();
      delay = nextRoundIn(round, next && next.getTime() - this.time.now().getTime());
    } catch (error) {
      this.logger.error(`dispatch failed, retrying: ${String(error)}`);
      delay = RETRY_AFTER_ERROR_MS;
    }
    this.sleep(delay);
  }

  /** The next round `ms` from now, unless one is already set sooner (so a stream of wakes cannot starve it). */
  private sleep(ms: number): void {
    if (this.stopped || !this.config.schedulerEnabled) return;
    this.timer.in(ms);
  }
}
