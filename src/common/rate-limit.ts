import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { TimeSource } from './time-source.js';

const WINDOW_MS = 60_000;
// A lockout: this many failed authentications (bad or missing token, bad Slack signature) within the
// period keep the client out of everything for LOCKOUT_MS. Enough for a person fumbling a copied token,
// too few to guess anything.
export const LOCKOUT_FAILURES = 10;
const FAILURE_PERIOD_MS = 5 * 60_000;
const LOCKOUT_MS = 15 * 60_000;

/**
 * One budget per client for the whole service, not per route: RATE_LIMIT_PER_MINUTE requests in each
 * minute, whatever they ask for. The client is the address Express reports (req.ip), which honours
 * X-Forwarded-For only from TRUST_PROXY. Kept in memory, per instance.
 */
@Injectable()
export class ClientRateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();
  private readonly lockout = new FailureLockout({ failures: LOCKOUT_FAILURES, periodMs: FAILURE_PERIOD_MS, lockoutMs: LOCKOUT_MS });
  private lastSweep = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly time: TimeSource,
  ) {}

  /** Counts one request of `client`; null when it may go on, else the seconds to wait (Retry-After). */
  admit(client: string): number | null {
    const now = this.time.now().getTime();
    this.sweep(now);
    const locked = this.lockout.lockedFor(client, now);
    if (locked !== null) return locked;
    let window = this.windows.get(client);
    if (!window || now - window.startedAt >= WINDOW_MS) {
      window = { startedAt: now, count: 0 };
      this.windows.set(client, window);
    }
    if (window.count >= this.config.rateLimitPerMinute) return secondsUntil(window.startedAt + WINDOW_MS, now);
    window.count += 1;
    return null;
  }

  /** A failed authentication of `client`; the LOCKOUT_FAILURES-th within five minutes locks it out. */
  recordFailedAuthentication(client: string): void {
    this.lockout.record(client, this.time.now().getTime());
  }

  /** Forgets what no longer counts, at most once a minute, so memory follows the clients of the last minutes. */
  private sweep(now: number): void {
    if (now - this.lastSweep < WINDOW_MS) return;
    this.lastSweep = now;
    for (const [client, window] of this.windows) if (now - window.startedAt >= WINDOW_MS) this.windows.delete(client);
    this.lockout.sweep(now);
  }
}

export interface LockoutLimits {
  failures: number;
  periodMs: number;
  lockoutMs: number;
}

/** One more failure at `now`: the failures that still count, or, at the `failures`-th within the period, a lockout. */
export function afterFailure(
  earlier: readonly number[],
  now: number,
  limits: LockoutLimits,
): { failures: number[]; lockedUntil: number | null } {
  const recent = [...earlier.filter((at) => now - at < limits.periodMs), now];
  return recent.length >= limits.failures ? { failures: [], lockedUntil: now + limits.lockoutMs } : { failures: recent, lockedUntil: null };
}

/** Seconds to wait (Retry-After) while a lockout lasts, else null. */
export function lockoutSecondsLeft(lockedUntil: number | null | undefined, now: number): number | null {
  return lockedUntil != null && lockedUntil > now ? secondsUntil(lockedUntil, now) : null;
}

/**
 * Failed attempts per client: the `failures`-th within `periodMs` locks it out for `lockoutMs`. Kept in memory,
 * per instance (a client's budget, like its rate limit); whoever owns it calls `sweep` now and then.
 */
export class FailureLockout {
  private readonly failures = new Map<string, number[]>();
  private readonly lockedUntil = new Map<string, number>();

  constructor(private readonly limits: LockoutLimits) {}

  /** Seconds until `key` may try again (Retry-After), or null when it is not locked out. */
  lockedFor(key: string, now: number): number | null {
    return lockoutSecondsLeft(this.lockedUntil.get(key), now);
  }

  record(key: string, now: number): void {
    const next = afterFailure(this.failures.get(key) ?? [], now, this.limits);
    if (next.lockedUntil !== null) {
      this.lockedUntil.set(key, next.lockedUntil);
      this.failures.delete(key);
    } else {
      this.failures.set(key, next.failures);
    }
  }

  sweep(now: number): void {
    for (const [key, times] of this.failures) if (times.every((at) => now - at >= this.limits.periodMs)) this.failures.delete(key);
    for (const [key, until] of this.lockedUntil) if (until <= now) this.lockedUntil.delete(key);
  }
}

function secondsUntil(at: number, now: number): number {
  return Math.max(1, Math.ceil((at - now) / 1000));
}

/** The client a request counts against: its address as Express derives it under TRUST_PROXY. */
export function clientOf(request: { ip?: string; socket?: { remoteAddress?: string } }): string {
  return request.ip ?? request.socket?.remoteAddress ?? 'unknown';
}
