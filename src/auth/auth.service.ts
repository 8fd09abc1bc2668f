import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService, SYSTEM_ACTOR, type Actor } from '../audit/audit.service.js';
import { DomainError } from '../common/domain-error.js';
import { TimeSource } from '../common/time-source.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { ApiToken } from './api-token.entity.js';
import type { Caller } from './auth.decorators.js';
import type { Role } from './roles.js';
import { hashToken, newApiToken, tokenPrefix } from './tokens.js';
import { User } from './user.entity.js';
import { DatabaseLock } from '../database/locks.js';

export interface NewUser {
  name: string;
  email: string;
  roles: Role[];
  slackUserId?: string | null;
}

export interface IssuedToken {
  id: string;
  prefix: string;
  /** The secret itself: returned once, never stored. */
  token: string;
}

const BOOTSTRAP_ADMIN_EMAIL = 'admin@breach-desk.local';

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly time: TimeSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const printed = await this.ensureAdminAccess(this.config.adminToken);
    if (printed) {
      // Printed once, on the very first start; only its hash is kept. On stderr, as a block of its own: stdout
      // carries JSON log lines, which log shippers store and forward.
      process.stderr.write(firstStartBlock(printed));
    }
  }

  /**
   * ADMIN_TOKEN set: a token with exactly that value exists afterwards. Unset: on the first start (no users)
   * an admin with a fresh token is created and the token is returned for printing.
   */
  async ensureAdminAccess(adminToken: string | null): Promise<string | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [DatabaseLock.Bootstrap]);
      if (adminToken) {
        const known = await manager.getRepository(ApiToken).findOneBy({ tokenHash: hashToken(adminToken) });
        if (known) {
          if (known.revokedAt) this.logger.warn('ADMIN_TOKEN was revoked through the API; it stays revoked');
          return null;
        }
        const admin = await this.bootstrapAdmin(manager);
        await this.storeToken(manager, SYSTEM_ACTOR, admin.id, adminToken, 'ADMIN_TOKEN');
        return null;
      }
      if ((await manager.getRepository(User).count()) > 0) return null;
      const admin = await this.bootstrapAdmin(manager);
      const token = newApiToken();
      await this.storeToken(manager, SYSTEM_ACTOR, admin.id, token, 'first start');
      return token;
    });
  }

  async callerForToken(token: string): Promise<Caller | null> {
    // Every request runs this: one plain query (findOne with a relation sent two, and ORM mapping cost more than the query).
    const rows: Caller[] = await this.dataSource.query(
      `SELECT u.id AS "userId", u.name, u.roles, t.id AS "tokenId"
       FROM api_tokens t JOIN users u ON u.id = t.user_id
       WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.deactivated_at IS NULL`,
      [hashToken(token)],
    );
    return rows[0] ?? null;
  }

  async createUser(actor: Actor, input: NewUser): Promise<{ user: User; token: IssuedToken }> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertUnique(manager, input.email, input.slackUserId ?? null, null);
      const user = await manager.getRepository(User).save(
        manager.getRepository(User).create({
          name: input.name,
          email: input.email.toLowerCase(),
          roles: unique(input.roles),
          slackUserId: input.slackUserId ?? null,
        }),
      );
      await this.audit.record(manager, actor, { action: 'user.created', entityType: 'user', entityId: user.id, after: user });
      const token = await this.storeToken(manager, actor, user.id, newApiToken(), 'initial');
      return { user, token };
    });
  }

  async updateUser(actor: Actor, id: string, changes: Partial<NewUser>): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.findUser(manager, id);
      assertNotOwnRoles(actor, before, changes.roles);
      await this.assertUnique(manager, changes.email ?? null, changes.slackUserId ?? null, id);
      const after = await manager.getRepository(User).save({
        ...before,
        ...changes,
        email: (changes.email ?? before.email).toLowerCase(),
        roles: unique(changes.roles ?? before.roles),
      });
      await this.audit.record(manager, actor, { action: 'user.updated', entityType: 'user', entityId: id, before, after });
      return after;
    });
  }

  listUsers(): Promise<User[]> {
    return this.dataSource.getRepository(User).find({ order: { createdAt: 'ASC' } });
  }

  async findUserBySlackId(slackUserId: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ slackUserId });
  }

  /** The Slack ids of the users who hold the dpo role and have linked Slack, read in the caller's transaction. */
  async dpoSlackIds(manager: EntityManager): Promise<string[]> {
    const dpos = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where(`'dpo' = ANY(u.roles)`)
      .andWhere('u.slack_user_id IS NOT NULL')
      .getMany();
    return dpos.map((u) => u.slackUserId!);
  }

  /**
   * The user is refused on every channel from now on: their tokens are revoked (a later reactivation does not
   * bring them back) and their Slack link carries no roles. Nobody deactivates themselves, so the last admin
   * cannot lock everyone out. Deactivating a deactivated user changes nothing.
   */
  async deactivateUser(actor: Actor, caller: Caller, id: string): Promise<User> {
    if (id === caller.userId) throw new DomainError('FORBIDDEN', 'nobody may deactivate themselves; ask another admin');
    return this.dataSource.transaction(async (manager) => {
      const before = await this.findUser(manager, id, { lock: true });
      if (before.deactivatedAt) return before;
      const active = await manager.getRepository(ApiToken).findBy({ userId: id, revokedAt: IsNull() });
      for (const token of active) await this.revokeIn(manager, actor, token);
      const after = await manager.getRepository(User).save({ ...before, deactivatedAt: this.time.now() });
      await this.audit.record(manager, actor, { action: 'user.deactivated', entityType: 'user', entityId: id, before, after });
      return after;
    });
  }

  /** The user may be linked in Slack again at once; API access needs a new token (POST /users/{id}/tokens). */
  async reactivateUser(actor: Actor, id: string): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.findUser(manager, id, { lock: true });
      if (!before.deactivatedAt) return before;
      const after = await manager.getRepository(User).save({ ...before, deactivatedAt: null });
      await this.audit.record(manager, actor, { action: 'user.reactivated', entityType: 'user', entityId: id, before, after });
      return after;
    });
  }

  /** A new token for the user; with `revokeExisting` the user's other tokens stop working (rotation). */
  async issueToken(actor: Actor, userId: string, options: { label?: string; revokeExisting?: boolean }): Promise<IssuedToken> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.findUser(manager, userId, { lock: true });
      if (user.deactivatedAt) {
        throw new DomainError('CONFLICT', `user ${userId} is deactivated; reactivate them before issuing a token`);
      }
      if (options.revokeExisting) {
        const active = await manager.getRepository(ApiToken).findBy({ userId, revokedAt: IsNull() });
        for (const token of active) await this.revokeIn(manager, actor, token);
      }
      return this.storeToken(manager, actor, userId, newApiToken(), options.label ?? null);
    });
  }

  async listTokens(userId: string): Promise<ApiToken[]> {
    return this.dataSource.getRepository(ApiToken).find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  /**
   * Admins revoke any token; anyone may revoke their own. Someone else's token is "not found" to a non-admin,
   * exactly as a missing one is, so token ids cannot be probed.
   */
  async revokeToken(actor: Actor, caller: Caller, tokenId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const token = await manager.getRepository(ApiToken).findOneBy({ id: tokenId });
      if (!token || (token.userId !== caller.userId && !caller.roles.includes('admin'))) throw DomainError.notFound('token', tokenId);
      if (!token.revokedAt) await this.revokeIn(manager, actor, token);
    });
  }

  private async revokeIn(manager: EntityManager, actor: Actor, token: ApiToken): Promise<void> {
    const revoked = await manager.getRepository(ApiToken).save({ ...token, revokedAt: this.time.now() });
    await this.audit.record(manager, actor, {
      action: 'token.revoked',
      entityType: 'token',
      entityId: token.id,
      before: tokenView(token),
      after: tokenView(revoked),
    });
  }

  private async storeToken(manager: EntityManager, actor: Actor, userId: string, token: string, label: string | null): Promise<IssuedToken> {
    const stored = await manager.getRepository(ApiToken).save(
      manager.getRepository(ApiToken).create({
        userId,
        tokenHash: hashToken(token),
        prefix: tokenPrefix(token),
        label,
        createdAt: this.time.now(),
        revokedAt: null,
      }),
    );
    await this.audit.record(manager, actor, { action: 'token.issued', entityType: 'token', entityId: stored.id, after: tokenView(stored) });
    return { id: stored.id, prefix: stored.prefix, token };
  }

  private async bootstrapAdmin(manager: EntityManager): Promise<User> {
    const existing = await manager.getRepository(User).findOneBy({ email: BOOTSTRAP_ADMIN_EMAIL });
    if (existing) return existing;
    // The first admin can also log and handle incidents; approving notices stays with a real DPO.
    const admin = await manager
      .getRepository(User)
      .save(manager.getRepository(User).create({ name: 'Administrator', email: BOOTSTRAP_ADMIN_EMAIL, roles: ['admin', 'responder'] }));
    await this.audit.record(manager, SYSTEM_ACTOR, { action: 'user.created', entityType: 'user', entityId: admin.id, after: admin });
    return admin;
  }

  private async findUser(manager: EntityManager, id: string, options: { lock?: boolean } = {}): Promise<User> {
    const user = await manager
      .getRepository(User)
      .findOne({ where: { id }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!user) throw DomainError.notFound('user', id);
    return user;
  }

  private async assertUnique(manager: EntityManager, email: string | null, slackUserId: string | null, exceptId: string | null) {
    const users = manager.getRepository(User);
    const byEmail = email ? await users.findOneBy({ email: email.toLowerCase() }) : null;
    if (byEmail && byEmail.id !== exceptId) {
      throw new DomainError('CONFLICT', 'email taken', [{ field: 'email', problem: 'is already used by another user' }]);
    }
    const bySlack = slackUserId ? await users.findOneBy({ slackUserId }) : null;
    if (bySlack && bySlack.id !== exceptId) {
      throw new DomainError('CONFLICT', 'slack id taken', [{ field: 'slackUserId', problem: 'is already linked to another user' }]);
    }
  }
}

function firstStartBlock(token: string): string {
  const rule = '='.repeat(72);
  return `\n${rule}\nBreach Desk first start. Admin API token (shown once, keep it safe):\n\n  ${token}\n\nOnly its hash is stored.\n${rule}\n\n`;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** What a token looks like to anyone: never its hash. */
export function tokenView(token: ApiToken) {
  return { id: token.id, userId: token.userId, prefix: token.prefix, label: token.label, createdAt: token.createdAt, revokedAt: token.revokedAt };
}

/** Four eyes: an admin who could grant themselves dpo could draft, approve and send a notice alone. */
function assertNotOwnRoles(actor: Actor, user: User, roles: readonly Role[] | undefined): void {
  if (roles === undefined || actor.id !== `user:${user.id}`) return;
  const wanted = new Set(roles);
  const unchanged = wanted.size === new Set(user.roles).size && user.roles.every((role) => wanted.has(role));
  if (!unchanged) throw new DomainError('FOUR_EYES', 'Nobody changes their own roles: another admin must do it. Nothing was changed.');
}
