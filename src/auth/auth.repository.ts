import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, LessThanOrEqual, MoreThan, type EntityManager, type EntityTarget, type ObjectLiteral, type Repository } from 'typeorm';
import { SEALED_PREFIX } from '../common/secret-box.js';
import { DatabaseLock } from '../database/locks.js';
import { ApiToken } from './api-token.entity.js';
import { Invitation } from './invitation.entity.js';
import type { Role } from './roles.js';
import { RecoveryCode } from './recovery-code.entity.js';
import { Session } from './session.entity.js';
import { SignInLockout } from './sign-in-lockout.entity.js';
import { User } from './user.entity.js';

/** Who a bearer token or a session cookie belongs to, as one query finds them. */
export interface CallerRow {
  userId: string;
  name: string;
  roles: Role[];
}

export interface SessionCallerRow extends CallerRow {
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
}

/**
 * Every SQL statement of the auth module: users, API tokens, sessions, invitations, recovery codes, lockouts. Methods that
 * take a manager run inside the caller's transaction (see `transaction`); the others stand alone.
 */
@Injectable()
export class AuthRepository {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
  ) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.users.manager.transaction(work);
  }

  async lockBootstrap(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [DatabaseLock.Bootstrap]);
  }

  // --- users

  countUsers(manager: EntityManager): Promise<number> {
    return manager.getRepository(User).count();
  }

  findUser(id: string, manager?: EntityManager, options: { lock?: boolean } = {}): Promise<User | null> {
    return this.on(User, manager).findOne({ where: { id }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  findUserByEmail(email: string, manager?: EntityManager): Promise<User | null> {
    return this.on(User, manager).findOneBy({ email: email.toLowerCase() });
  }

  findUserBySlackId(slackUserId: string, manager?: EntityManager): Promise<User | null> {
    return this.on(User, manager).findOneBy({ slackUserId });
  }

  saveUser(manager: EntityManager, user: Partial<User>): Promise<User> {
    return manager.getRepository(User).save(manager.getRepository(User).create(user));
  }

  async dpoSlackIds(manager: EntityManager): Promise<string[]> {
    const dpos = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where(`'dpo' = ANY(u.roles)`)
      .andWhere('u.slack_user_id IS NOT NULL')
      .getMany();
    return dpos.map((u) => u.slackUserId!);
  }

  listUsers(): Promise<User[]> {
    return this.users.find({ order: { createdAt: 'ASC' } });
  }

  /** Accepts `step` only when it is later than every step accepted before: a TOTP code counts once. */
  async claimTotpStep(userId: string, step: number): Promise<boolean> {
    const result = await this.users
      .createQueryBuilder()
      .update(User)
      .set({ totpLastStep: step })
      .where('id = :userId AND (totp_last_step IS NULL OR totp_last_step < :step)', { userId, step })
      .execute();
    return result.affected === 1;
  }

  // --- API tokens

  /** Every request with a bearer token runs this: one plain query, no ORM mapping. */
  async callerForTokenHash(tokenHash: string): Promise<(CallerRow & { tokenId: string }) | null> {
    const rows: (CallerRow & { tokenId: string })[] = await this.users.query(
      `SELECT u.id AS "userId", u.name, u.roles, t.id AS "tokenId"
       FROM api_tokens t JOIN users u ON u.id = t.user_id
       WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.deactivated_at IS NULL`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  findTokenByHash(manager: EntityManager, tokenHash: string): Promise<ApiToken | null> {
    return manager.getRepository(ApiToken).findOneBy({ tokenHash });
  }

  findToken(manager: EntityManager, id: string): Promise<ApiToken | null> {
    return manager.getRepository(ApiToken).findOneBy({ id });
  }

  activeTokens(manager: EntityManager, userId: string): Promise<ApiToken[]> {
    return manager.getRepository(ApiToken).findBy({ userId, revokedAt: IsNull() });
  }

  saveToken(manager: EntityManager, token: Partial<ApiToken>): Promise<ApiToken> {
    return manager.getRepository(ApiToken).save(manager.getRepository(ApiToken).create(token));
  }

  listTokens(userId: string): Promise<ApiToken[]> {
    return this.on(ApiToken).find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  // --- sessions

  insertSession(manager: EntityManager, session: Omit<Session, 'id' | 'user'>): Promise<Session> {
    return manager.getRepository(Session).save(manager.getRepository(Session).create(session));
  }

  /**
   * The live session with this cookie, marked seen at `now`, in one statement: unknown, past its absolute
   * end, idle since before `idleSince`, or of a deactivated user gives null.
   */
  async touchSession(tokenHash: string, now: Date, idleSince: Date): Promise<SessionCallerRow | null> {
    const [rows]: [SessionCallerRow[], number] = await this.sessions.query(
      `UPDATE sessions s SET last_seen_at = $2
       FROM users u
       WHERE s.token_hash = $1 AND u.id = s.user_id AND u.deactivated_at IS NULL AND s.expires_at > $2 AND s.last_seen_at > $3
       RETURNING s.id AS "sessionId", s.csrf_token AS "csrfToken", s.expires_at AS "expiresAt", u.id AS "userId", u.name, u.roles`,
      [tokenHash, now, idleSince],
    );
    return rows[0] ?? null;
  }

  /** The user's sessions still alive at `now`, newest first. */
  liveSessions(userId: string, now: Date, idleSince: Date): Promise<Session[]> {
    return this.sessions.find({
      where: { userId, expiresAt: MoreThan(now), lastSeenAt: MoreThan(idleSince) },
      order: { createdAt: 'DESC' },
    });
  }

  /** True when the user had that session. */
  async deleteSession(userId: string, id: string, manager?: EntityManager): Promise<boolean> {
    const result = await this.on(Session, manager).delete({ id, userId });
    return result.affected === 1;
  }

  async deleteSessionsOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.getRepository(Session).delete({ userId });
  }

  /** Ended sessions are of no use to anyone; swept as people sign in. */
  async deleteEndedSessions(now: Date, idleSince: Date): Promise<void> {
    await this.sessions.delete({ expiresAt: LessThanOrEqual(now) });
    await this.sessions.delete({ lastSeenAt: LessThanOrEqual(idleSince) });
  }

  // --- invitations

  /** Ends every open invitation of the user: only the newest link works. */
  async revokeOpenInvitations(manager: EntityManager, userId: string, now: Date): Promise<void> {
    await manager.getRepository(Invitation).update({ userId, usedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: now });
  }

  insertInvitation(manager: EntityManager, invitation: Omit<Invitation, 'id' | 'user'>): Promise<Invitation> {
    return manager.getRepository(Invitation).save(manager.getRepository(Invitation).create(invitation));
  }

  /** With `lock`, the row stays locked to the transaction: two acceptances of one link are serialised. */
  findInvitationByHash(tokenHash: string, manager?: EntityManager, options: { lock?: boolean } = {}): Promise<Invitation | null> {
    return this.on(Invitation, manager).findOne({
      where: { tokenHash },
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  async markInvitationUsed(manager: EntityManager, id: string, now: Date): Promise<void> {
    await manager.getRepository(Invitation).update({ id }, { usedAt: now });
  }

  // --- recovery codes

  async replaceRecoveryCodes(manager: EntityManager, userId: string, codeHashes: string[]): Promise<void> {
    await manager.getRepository(RecoveryCode).delete({ userId });
    await manager.getRepository(RecoveryCode).insert(codeHashes.map((codeHash) => ({ userId, codeHash, usedAt: null })));
  }

  countUnusedRecoveryCodes(userId: string): Promise<number> {
    return this.on(RecoveryCode).countBy({ userId, usedAt: IsNull() });
  }

  /** Uses the code up; true when it was the user's and not used before. */
  async consumeRecoveryCode(userId: string, codeHash: string, now: Date): Promise<boolean> {
    const result = await this.on(RecoveryCode).update({ userId, codeHash, usedAt: IsNull() }, { usedAt: now });
    return result.affected === 1;
  }

  // --- TOTP secrets

  /** Secrets stored before they were sealed (migration 0100 kept them plain): users' and invitations'. */
  plainTotpSecrets(manager: EntityManager): Promise<{ owner: 'users' | 'invitations'; id: string; userId: string; secret: string }[]> {
    return manager.query(
      `SELECT 'users' AS owner, id, id AS "userId", totp_secret AS secret FROM users
       WHERE totp_secret IS NOT NULL AND NOT starts_with(totp_secret, $1)
       UNION ALL
       SELECT 'invitations', id, user_id, totp_secret FROM invitations WHERE NOT starts_with(totp_secret, $1)`,
      [SEALED_PREFIX],
    );
  }

  async replaceTotpSecret(manager: EntityManager, owner: 'users' | 'invitations', id: string, sealed: string): Promise<void> {
    await manager.getRepository(owner === 'users' ? User : Invitation).update({ id }, { totpSecret: sealed });
  }

  // --- account lockouts

  async lockedUntil(accountHash: string): Promise<Date | null> {
    return (await this.on(SignInLockout).findOneBy({ accountHash }))?.lockedUntil ?? null;
  }

  /** The account's row, locked until the caller's transaction ends (created empty when there is none). */
  async lockoutForUpdate(manager: EntityManager, accountHash: string): Promise<SignInLockout> {
    await manager.query(`INSERT INTO sign_in_lockouts (account_hash, failures) VALUES ($1, '{}') ON CONFLICT (account_hash) DO NOTHING`, [
      accountHash,
    ]);
    return manager.getRepository(SignInLockout).findOneOrFail({ where: { accountHash }, lock: { mode: 'pessimistic_write' } });
  }

  async saveLockout(manager: EntityManager, lockout: SignInLockout): Promise<void> {
    await manager.getRepository(SignInLockout).save(lockout);
  }

  async deleteLockout(accountHash: string): Promise<void> {
    await this.on(SignInLockout).delete({ accountHash });
  }

  /** Rows whose lockout has ended and whose failures no longer count: they change nothing any more. */
  async deleteSpentLockouts(now: Date, countsSince: Date): Promise<void> {
    await this.users.query(
      `DELETE FROM sign_in_lockouts
       WHERE (locked_until IS NULL OR locked_until <= $1) AND $2 >= ALL (failures)`,
      [now, countsSince],
    );
  }

  /** The entity's repository inside the caller's transaction, or outside any. */
  private on<E extends ObjectLiteral>(entity: EntityTarget<E>, manager?: EntityManager): Repository<E> {
    return (manager ?? this.users.manager).getRepository(entity);
  }
}
