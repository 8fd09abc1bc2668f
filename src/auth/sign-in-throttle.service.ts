import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/domain-error.js';
import { ClientRateLimiter, afterFailure, lockoutSecondsLeft, type LockoutLimits } from '../common/rate-limit.js';
import { TimeSource } from '../common/time-source.js';
import { AuthRepository } from './auth.repository.js';
import { hashToken } from './tokens.js';

// Per account, whichever client tries: five wrong passwords or codes in 15 minutes close the account's
// sign-in (or step-up) for 15 minutes. Each failure also counts towards the client's own lockout (10 → 429 everywhere).
const ACCOUNT_LIMITS: LockoutLimits = { failures: 5, periodMs: 15 * 60_000, lockoutMs: 15 * 60_000 };

/**
 * Guessing passwords, TOTP codes or recovery codes is slowed per account, in PostgreSQL so that every instance
 * and every restart count the same failures, and per client, in memory (its rate limit lives there too).
 */
@Injectable()
export class SignInThrottle {
  constructor(
    private readonly repository: AuthRepository,
    private readonly time: TimeSource,
    private readonly clients: ClientRateLimiter,
  ) {}

  async assertOpen(account: string): Promise<void> {
    const lockedUntil = await this.repository.lockedUntil(hashToken(account));
    const wait = lockoutSecondsLeft(lockedUntil?.getTime(), this.time.now().getTime());
    if (wait !== null) {
      throw new DomainError('LOCKED_OUT', `Too many failed attempts for this account; try again in ${Math.ceil(wait / 60)} min.`, [], wait);
    }
  }

  async failed(account: string, client: string): Promise<void> {
    this.clients.recordFailedAuthentication(client);
    const now = this.time.now();
    await this.repository.transaction(async (manager) => {
      const lockout = await this.repository.lockoutForUpdate(manager, hashToken(account));
      const next = afterFailure(
        lockout.failures.map((at) => at.getTime()),
        now.getTime(),
        ACCOUNT_LIMITS,
      );
      lockout.failures = next.failures.map((at) => new Date(at));
      // A lockout another request started meanwhile stands; an ended one is cleared.
      const stillLocked = lockout.lockedUntil !== null && lockout.lockedUntil > now ? lockout.lockedUntil : null;
      lockout.lockedUntil = next.lockedUntil !== null ? new Date(next.lockedUntil) : stillLocked;
      await this.repository.saveLockout(manager, lockout);
    });
    await this.repository.deleteSpentLockouts(now, new Date(now.getTime() - ACCOUNT_LIMITS.periodMs));
  }

  /** A success forgets the account's earlier failures. */
  async succeeded(account: string): Promise<void> {
    await this.repository.deleteLockout(hashToken(account));
  }
}
