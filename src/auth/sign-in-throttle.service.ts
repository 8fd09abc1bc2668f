import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/domain-error.js';
import { ClientRateLimiter, FailureLockout } from '../common/rate-limit.js';
import { TimeSource } from '../common/time-source.js';

// Per account, whichever client tries: five wrong passwords or codes in 15 minutes close the account's
// sign-in (or step-up) for 15 minutes. Each failure also counts towards the client's own lockout (10 → 429 everywhere).
const ACCOUNT_FAILURES = 5;
const ACCOUNT_PERIOD_MS = 15 * 60_000;
const ACCOUNT_LOCKOUT_MS = 15 * 60_000;

/** Guessing passwords, TOTP codes or recovery codes is slowed per account and per client. In memory, per instance. */
@Injectable()
export class SignInThrottle {
  private readonly accounts = new FailureLockout({
    failures: ACCOUNT_FAILURES,
    periodMs: ACCOUNT_PERIOD_MS,
    lockoutMs: ACCOUNT_LOCKOUT_MS,
  });

  constructor(
    private readonly time: TimeSource,
    private readonly clients: ClientRateLimiter,
  ) {}

  assertOpen(account: string): void {
    const wait = this.accounts.lockedFor(account, this.time.now().getTime());
    if (wait !== null) {
      throw new DomainError('LOCKED_OUT', `Too many failed attempts for this account; try again in ${Math.ceil(wait / 60)} min.`, [], wait);
    }
  }

  failed(account: string, client: string): void {
    const now = this.time.now().getTime();
    this.accounts.sweep(now);
    this.accounts.record(account, now);
    this.clients.recordFailedAuthentication(client);
  }

  succeeded(account: string): void {
    this.accounts.clear(account);
  }
}
