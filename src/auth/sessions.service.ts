import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { DomainError } from '../common/domain-error.js';
import { TimeSource } from '../common/time-source.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { Caller } from './auth.decorators.js';
import { AuthRepository, type SessionCallerRow } from './auth.repository.js';
import { passwordMatches } from './passwords.js';
import { needsSecondFactor } from './roles.js';
import { SecondFactorService } from './second-factor.service.js';
import type { Session } from './session.entity.js';
import { SignInThrottle } from './sign-in-throttle.service.js';
import { hashToken, newOpaqueToken } from './tokens.js';
import type { User } from './user.entity.js';

export interface SignInAttempt {
  email: string;
  password: string;
  code?: string;
  client: string;
  userAgent: string | null;
}

export interface SignedIn {
  user: User;
  /** The cookie's value: shown to the browser once, stored only as a hash. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
  idleExpiresAt: Date;
}

/** A session as the guard resolves it from its cookie. */
export interface SessionCaller extends Caller {
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
  idleExpiresAt: Date;
}

const USER_AGENT_MAX = 300;

/** Console sign-in: password (+ second factor), sessions in PostgreSQL with an idle timeout and an absolute end. */
@Injectable()
export class SessionsService {
  private readonly logger = new Logger('Sessions');

  constructor(
    private readonly repository: AuthRepository,
    private readonly secondFactor: SecondFactorService,
    private readonly throttle: SignInThrottle,
    private readonly audit: AuditService,
    private readonly time: TimeSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * An unknown email and a wrong password get the same answer in the same time. The second factor is asked
   * for only after the right password, and from everyone who enrolled one or whose role needs one.
   */
  async signIn(attempt: SignInAttempt): Promise<SignedIn> {
    const account = `sign-in:${attempt.email.toLowerCase()}`;
    await this.throttle.assertOpen(account);
    const user = await this.repository.findUserByEmail(attempt.email);
    const usable = user && !user.deactivatedAt ? user : null;
    if (!(await passwordMatches(usable?.passwordHash ?? null, attempt.password)) || !usable) {
      await this.throttle.failed(account, attempt.client);
      this.logger.warn(`failed sign-in for ${JSON.stringify(attempt.email)} from ${attempt.client}`);
      throw new DomainError('INVALID_CREDENTIALS', 'The email or password is wrong.');
    }
    const withSecondFactor = usable.totpSecret !== null || needsSecondFactor(usable.roles);
    if (withSecondFactor) {
      if (attempt.code === undefined) {
        throw new DomainError(
          'TOTP_REQUIRED',
          usable.totpSecret
            ? 'Enter the code from your authenticator app (or a recovery code).'
            : 'Your role signs in with an authenticator app and none is enrolled: ask an admin for a new invitation link.',
        );
      }
      if (!(await this.secondFactor.accept(usable, attempt.code))) {
        await this.throttle.failed(account, attempt.client);
        throw new DomainError('TOTP_INVALID', 'That code is wrong, expired or already used; wait for the next code and try again.');
      }
    }
    await this.throttle.succeeded(account);
    return this.open(usable, withSecondFactor, attempt);
  }

  private async open(user: User, secondFactor: boolean, attempt: SignInAttempt): Promise<SignedIn> {
    const now = this.time.now();
    await this.repository.deleteEndedSessions(now, this.idleSince(now));
    const token = newOpaqueToken();
    const csrfToken = newOpaqueToken();
    const expiresAt = new Date(now.getTime() + this.config.auth.sessionMaxHours * 3_600_000);
    await this.repository.transaction(async (manager) => {
      const session = await this.repository.insertSession(manager, {
        userId: user.id,
        tokenHash: hashToken(token),
        csrfToken,
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
        userAgent: attempt.userAgent?.slice(0, USER_AGENT_MAX) ?? null,
        ip: attempt.client,
        secondFactor,
      });
      await this.audit.record(
        manager,
        { id: `user:${user.id}`, name: user.name },
        {
          action: 'session.created',
          entityType: 'session',
          entityId: session.id,
          after: { userId: user.id, ip: session.ip, userAgent: session.userAgent, secondFactor, expiresAt },
        },
      );
    });
    return { user, token, csrfToken, expiresAt, idleExpiresAt: this.idleEnd(now, expiresAt) };
  }

  /** The caller behind a session cookie, marked active now; null when it is unknown or has ended. */
  async callerForSession(token: string): Promise<SessionCaller | null> {
    const now = this.time.now();
    const row = await this.repository.touchSession(hashToken(token), now, this.idleSince(now));
    return row && sessionCaller(row, this.idleEnd(now, row.expiresAt));
  }

  async userOf(caller: Caller): Promise<User> {
    const user = await this.repository.findUser(caller.userId);
    if (!user) throw DomainError.notFound('user', caller.userId);
    return user;
  }

  async signOut(caller: Caller): Promise<void> {
    if (caller.sessionId) await this.end(caller, caller.sessionId);
  }

  async list(caller: Caller): Promise<Session[]> {
    const now = this.time.now();
    return this.repository.liveSessions(caller.userId, now, this.idleSince(now));
  }

  /** One of the caller's own sessions; anyone else's is "not found", exactly as a missing one. */
  async revoke(caller: Caller, id: string): Promise<void> {
    if (!(await this.end(caller, id))) throw DomainError.notFound('session', id);
  }

  private async end(caller: Caller, id: string): Promise<boolean> {
    return this.repository.transaction(async (manager) => {
      if (!(await this.repository.deleteSession(caller.userId, id, manager))) return false;
      await this.audit.record(
        manager,
        { id: `user:${caller.userId}`, name: caller.name },
        { action: 'session.ended', entityType: 'session', entityId: id },
      );
      return true;
    });
  }

  private idleSince(now: Date): Date {
    return new Date(now.getTime() - this.config.auth.sessionIdleMinutes * 60_000);
  }

  private idleEnd(lastSeen: Date, expiresAt: Date): Date {
    return new Date(Math.min(lastSeen.getTime() + this.config.auth.sessionIdleMinutes * 60_000, expiresAt.getTime()));
  }
}

function sessionCaller(row: SessionCallerRow, idleExpiresAt: Date): SessionCaller {
  return {
    userId: row.userId,
    name: row.name,
    roles: row.roles,
    tokenId: null,
    sessionId: row.sessionId,
    csrfToken: row.csrfToken,
    expiresAt: row.expiresAt,
    idleExpiresAt,
  };
}
