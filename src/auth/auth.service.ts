import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService, SYSTEM_ACTOR, type Actor } from '../audit/audit.service.js';
import { DomainError } from '../common/domain-error.js';
import { TimeSource } from '../common/time-source.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { ApiToken } from './api-token.entity.js';
import type { Caller } from './auth.decorators.js';
import { AuthRepository, type CallerRow } from './auth.repository.js';
import { InvitationsService, type IssuedInvitation } from './invitations.service.js';
import type { Role } from './roles.js';
import { TokenCache } from './token-cache.js';
import { hashToken, newApiToken, tokenPrefix } from './tokens.js';
import type { User } from './user.entity.js';

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

/** What the first start made for the first admin, to be printed once. */
export interface FirstAccess {
  token: string;
  invitation: IssuedInvitation;
}

const BOOTSTRAP_ADMIN_EMAIL = 'admin@breach-desk.local';

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');
  private readonly tokenCache: TokenCache<CallerRow & { tokenId: string }>;

  constructor(
    private readonly repository: AuthRepository,
    private readonly invitations: InvitationsService,
    private readonly audit: AuditService,
    private readonly time: TimeSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.tokenCache = new TokenCache(config.auth.tokenCacheSeconds * 1000);
  }

  async onApplicationBootstrap(): Promise<void> {
    const printed = await this.ensureAdminAccess(this.config.adminToken);
    if (printed) {
      // Printed once, on the very first start; only hashes are kept. On stderr, as a block of its own: stdout
      // carries JSON log lines, which log shippers store and forward.
      process.stderr.write(firstStartBlock(printed, this.config));
    }
  }

  /**
   * ADMIN_TOKEN set: a token with exactly that value exists afterwards (its holder invites people, themselves
   * included, with POST /users/{id}/invitation). Unset: on the first start (no users) an admin with a fresh token
   * and a console invitation link is created, both returned for printing.
   */
  async ensureAdminAccess(adminToken: string | null): Promise<FirstAccess | null> {
    return this.repository.transaction(async (manager) => {
      await this.repository.lockBootstrap(manager);
      if (adminToken) {
        const known = await this.repository.findTokenByHash(manager, hashToken(adminToken));
        if (known) {
          if (known.revokedAt) this.logger.warn('ADMIN_TOKEN was revoked through the API; it stays revoked');
          return null;
        }
        const admin = await this.bootstrapAdmin(manager);
        await this.storeToken(manager, SYSTEM_ACTOR, admin.id, adminToken, 'ADMIN_TOKEN');
        return null;
      }
      if ((await this.repository.countUsers(manager)) > 0) return null;
      const admin = await this.bootstrapAdmin(manager);
      const token = newApiToken();
      await this.storeToken(manager, SYSTEM_ACTOR, admin.id, token, 'first start');
      return { token, invitation: await this.invitations.issueIn(manager, SYSTEM_ACTOR, admin.id) };
    });
  }

  /** Every API request asks this; a lookup is reused for TOKEN_CACHE_SECONDS (token-cache.ts). */
  async callerForToken(token: string): Promise<Caller | null> {
    const key = hashToken(token);
    const now = this.time.now().getTime();
    let row = this.tokenCache.get(key, now);
    if (!row) {
      const lookup = this.tokenCache.startLookup();
      row = (await this.repository.callerForTokenHash(key)) ?? undefined;
      if (!row) return null;
      this.tokenCache.set(key, row, now, lookup);
    }
    return { sessionId: null, ...row };
  }

  async createUser(actor: Actor, input: NewUser): Promise<{ user: User; token: IssuedToken; invitation: IssuedInvitation }> {
    return this.repository.transaction(async (manager) => {
      await this.assertUnique(manager, input.email, input.slackUserId ?? null, null);
      const user = await this.repository.saveUser(manager, {
        name: input.name,
        email: input.email.toLowerCase(),
        roles: unique(input.roles),
        slackUserId: input.slackUserId ?? null,
      });
      await this.audit.record(manager, actor, { action: 'user.created', entityType: 'user', entityId: user.id, after: userRecord(user) });
      const token = await this.storeToken(manager, actor, user.id, newApiToken(), 'initial');
      const invitation = await this.invitations.issueIn(manager, actor, user.id);
      return { user, token, invitation };
    });
  }

  async updateUser(actor: Actor, id: string, changes: Partial<NewUser>): Promise<User> {
    const after = await this.repository.transaction(async (manager) => {
      const before = await this.findUser(manager, id);
      assertNotOwnRoles(actor, before, changes.roles);
      await this.assertUnique(manager, changes.email ?? null, changes.slackUserId ?? null, id);
      const saved = await this.repository.saveUser(manager, {
        ...before,
        ...changes,
        email: (changes.email ?? before.email).toLowerCase(),
        roles: unique(changes.roles ?? before.roles),
      });
      await this.audit.record(manager, actor, {
        action: 'user.updated',
        entityType: 'user',
        entityId: id,
        before: userRecord(before),
        after: userRecord(saved),
      });
      return saved;
    });
    // Roles and names are read from the cache too.
    this.tokenCache.forgetUser(id);
    return after;
  }

  listUsers(): Promise<User[]> {
    return this.repository.listUsers();
  }

  findUserBySlackId(slackUserId: string): Promise<User | null> {
    return this.repository.findUserBySlackId(slackUserId);
  }

  /** The Slack ids of the users who hold the dpo role and have linked Slack, read in the caller's transaction. */
  dpoSlackIds(manager: EntityManager): Promise<string[]> {
    return this.repository.dpoSlackIds(manager);
  }

  /**
   * The user is refused on every channel from now on: their tokens are revoked (a later reactivation does not
   * bring them back), their sessions and invitation links end, and their Slack link carries no roles. Nobody
   * deactivates themselves, so the last admin cannot lock everyone out. Deactivating a deactivated user changes nothing.
   */
  async deactivateUser(actor: Actor, caller: Caller, id: string): Promise<User> {
    if (id === caller.userId) throw new DomainError('FORBIDDEN', 'nobody may deactivate themselves; ask another admin');
    const after = await this.repository.transaction(async (manager) => {
      const before = await this.findUser(manager, id, { lock: true });
      if (before.deactivatedAt) return before;
      const now = this.time.now();
      for (const token of await this.repository.activeTokens(manager, id)) await this.revokeIn(manager, actor, token);
      await this.repository.deleteSessionsOf(manager, id);
      await this.repository.revokeOpenInvitations(manager, id, now);
      const saved = await this.repository.saveUser(manager, { ...before, deactivatedAt: now });
      await this.audit.record(manager, actor, {
        action: 'user.deactivated',
        entityType: 'user',
        entityId: id,
        before: userRecord(before),
        after: userRecord(saved),
      });
      return saved;
    });
    this.tokenCache.forgetUser(id);
    return after;
  }

  /** The user may be linked in Slack again at once; API access needs a new token, the console a new invitation. */
  async reactivateUser(actor: Actor, id: string): Promise<User> {
    return this.repository.transaction(async (manager) => {
      const before = await this.findUser(manager, id, { lock: true });
      if (!before.deactivatedAt) return before;
      const after = await this.repository.saveUser(manager, { ...before, deactivatedAt: null });
      await this.audit.record(manager, actor, {
        action: 'user.reactivated',
        entityType: 'user',
        entityId: id,
        before: userRecord(before),
        after: userRecord(after),
      });
      return after;
    });
  }

  /** A new token for the user; with `revokeExisting` the user's other tokens stop working (rotation). */
  async issueToken(actor: Actor, userId: string, options: { label?: string; revokeExisting?: boolean }): Promise<IssuedToken> {
    const issued = await this.repository.transaction(async (manager) => {
      const user = await this.findUser(manager, userId, { lock: true });
      if (user.deactivatedAt) {
        throw new DomainError('CONFLICT', `user ${userId} is deactivated; reactivate them before issuing a token`);
      }
      if (options.revokeExisting) {
        for (const token of await this.repository.activeTokens(manager, userId)) await this.revokeIn(manager, actor, token);
      }
      return this.storeToken(manager, actor, userId, newApiToken(), options.label ?? null);
    });
    if (options.revokeExisting) this.tokenCache.forgetUser(userId);
    return issued;
  }

  listTokens(userId: string): Promise<ApiToken[]> {
    return this.repository.listTokens(userId);
  }

  /**
   * Admins revoke any token; anyone may revoke their own. Someone else's token is "not found" to a non-admin,
   * exactly as a missing one is, so token ids cannot be probed.
   */
  async revokeToken(actor: Actor, caller: Caller, tokenId: string): Promise<void> {
    const owner = await this.repository.transaction(async (manager) => {
      const token = await this.repository.findToken(manager, tokenId);
      if (!token || (token.userId !== caller.userId && !caller.roles.includes('admin'))) throw DomainError.notFound('token', tokenId);
      if (!token.revokedAt) await this.revokeIn(manager, actor, token);
      return token.userId;
    });
    this.tokenCache.forgetUser(owner);
  }

  private async revokeIn(manager: EntityManager, actor: Actor, token: ApiToken): Promise<void> {
    const revoked = await this.repository.saveToken(manager, { ...token, revokedAt: this.time.now() });
    await this.audit.record(manager, actor, {
      action: 'token.revoked',
      entityType: 'token',
      entityId: token.id,
      before: tokenView(token),
      after: tokenView(revoked),
    });
  }

  private async storeToken(
    manager: EntityManager,
    actor: Actor,
    userId: string,
    token: string,
    label: string | null,
  ): Promise<IssuedToken> {
    const stored = await this.repository.saveToken(manager, {
      userId,
      tokenHash: hashToken(token),
      prefix: tokenPrefix(token),
      label,
      createdAt: this.time.now(),
      revokedAt: null,
    });
    await this.audit.record(manager, actor, { action: 'token.issued', entityType: 'token', entityId: stored.id, after: tokenView(stored) });
    return { id: stored.id, prefix: stored.prefix, token };
  }

  private async bootstrapAdmin(manager: EntityManager): Promise<User> {
    const existing = await this.repository.findUserByEmail(BOOTSTRAP_ADMIN_EMAIL, manager);
    if (existing) return existing;
    // The first admin can also log and handle incidents; approving notices stays with a real DPO.
    const admin = await this.repository.saveUser(manager, {
      name: 'Administrator',
      email: BOOTSTRAP_ADMIN_EMAIL,
      roles: ['admin', 'responder'],
    });
    await this.audit.record(manager, SYSTEM_ACTOR, {
      action: 'user.created',
      entityType: 'user',
      entityId: admin.id,
      after: userRecord(admin),
    });
    return admin;
  }

  private async findUser(manager: EntityManager, id: string, options: { lock?: boolean } = {}): Promise<User> {
    const user = await this.repository.findUser(id, manager, options);
    if (!user) throw DomainError.notFound('user', id);
    return user;
  }

  private async assertUnique(manager: EntityManager, email: string | null, slackUserId: string | null, exceptId: string | null) {
    const byEmail = email ? await this.repository.findUserByEmail(email, manager) : null;
    if (byEmail && byEmail.id !== exceptId) {
      throw new DomainError('CONFLICT', 'email taken', [{ field: 'email', problem: 'is already used by another user' }]);
    }
    const bySlack = slackUserId ? await this.repository.findUserBySlackId(slackUserId, manager) : null;
    if (bySlack && bySlack.id !== exceptId) {
      throw new DomainError('CONFLICT', 'slack id taken', [{ field: 'slackUserId', problem: 'is already linked to another user' }]);
    }
  }
}

function firstStartBlock({ token, invitation }: FirstAccess, config: AppConfig): string {
  const rule = '='.repeat(72);
  // Without PUBLIC_URL the link is a path; the service's own address makes it one to click.
  const link = invitation.url.startsWith('/') ? `http://localhost:${config.port}${invitation.url}` : invitation.url;
  return (
    `\n${rule}\nBreach Desk first start. Admin API token (shown once, keep it safe):\n\n  ${token}\n\nOnly its hash is stored.\n\n` +
    `Console sign-in for the admin: open this one-time link to set a password and an authenticator\n` +
    `(valid until ${invitation.expiresAt.toISOString()}; POST /api/v1/users/{id}/invitation makes a new one):\n\n  ${link}\n${rule}\n\n`
  );
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** A user as the audit trail keeps them: never a password hash or a TOTP secret. */
function userRecord({ passwordHash, totpSecret, totpLastStep: _step, ...user }: User) {
  return {
    ...user,
    passwordSet: passwordHash !== null && passwordHash !== undefined,
    totpEnrolled: totpSecret !== null && totpSecret !== undefined,
  };
}

/** What a token looks like to anyone: never its hash. */
export function tokenView(token: ApiToken) {
  return {
    id: token.id,
    userId: token.userId,
    prefix: token.prefix,
    label: token.label,
    createdAt: token.createdAt,
    revokedAt: token.revokedAt,
  };
}

/** Four eyes: an admin who could grant themselves dpo could draft, approve and send a notice alone. */
function assertNotOwnRoles(actor: Actor, user: User, roles: readonly Role[] | undefined): void {
  if (roles === undefined || actor.id !== `user:${user.id}`) return;
  const wanted = new Set(roles);
  const unchanged = wanted.size === new Set(user.roles).size && user.roles.every((role) => wanted.has(role));
  if (!unchanged) throw new DomainError('FOUR_EYES', 'Nobody changes their own roles: another admin must do it. Nothing was changed.');
}
