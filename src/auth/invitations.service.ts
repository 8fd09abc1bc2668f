import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService, type Actor } from '../audit/audit.service.js';
import { DomainError } from '../common/domain-error.js';
import { TimeSource } from '../common/time-source.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AuthRepository } from './auth.repository.js';
import type { Invitation } from './invitation.entity.js';
import { hashPassword } from './passwords.js';
import { needsSecondFactor, type Role } from './roles.js';
import { newRecoveryCodes, newTotpSecret, otpauthUrl, qrCodeSvg, recoveryCodeHash, totpStep } from './second-factor.js';
import { hashToken, newOpaqueToken } from './tokens.js';
import type { User } from './user.entity.js';
import { TotpSecretsService } from './totp-secrets.service.js';

export interface IssuedInvitation {
  url: string;
  expiresAt: Date;
}

export interface InvitationDetails {
  email: string;
  name: string;
  roles: Role[];
  totpRequired: boolean;
  totp: { secret: string; otpauthUrl: string; qrCodeSvg: string };
  expiresAt: Date;
}

/** One-use, expiring links with which a person sets a password and enrols TOTP (issue 14.2). */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly repository: AuthRepository,
    private readonly audit: AuditService,
    private readonly secrets: TotpSecretsService,
    private readonly time: TimeSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new link for the user within the caller's transaction; their earlier links stop working. */
  async issueIn(manager: EntityManager, actor: Actor, userId: string): Promise<IssuedInvitation> {
    const now = this.time.now();
    await this.repository.revokeOpenInvitations(manager, userId, now);
    const token = newOpaqueToken();
    const expiresAt = new Date(now.getTime() + this.config.auth.invitationHours * 3_600_000);
    const invitation = await this.repository.insertInvitation(manager, {
      userId,
      tokenHash: hashToken(token),
      totpSecret: this.secrets.seal(userId, newTotpSecret()),
      createdAt: now,
      expiresAt,
      usedAt: null,
      revokedAt: null,
    });
    await this.audit.record(manager, actor, {
      action: 'invitation.issued',
      entityType: 'user',
      entityId: userId,
      after: { invitationId: invitation.id, expiresAt },
    });
    return { url: `${this.config.publicUrl ?? ''}/invitation/${token}`, expiresAt };
  }

  /** POST /users/{id}/invitation: a new link (e.g. a lost authenticator or a forgotten password). */
  async issue(actor: Actor, userId: string): Promise<IssuedInvitation> {
    return this.repository.transaction(async (manager) => {
      const user = await this.repository.findUser(userId, manager, { lock: true });
      if (!user) throw DomainError.notFound('user', userId);
      if (user.deactivatedAt) throw new DomainError('CONFLICT', `user ${userId} is deactivated; reactivate them before inviting them`);
      return this.issueIn(manager, actor, userId);
    });
  }

  async read(token: string): Promise<InvitationDetails> {
    const { invitation, user } = await this.open(token);
    const secret = this.openInvitationSecret(invitation);
    const url = otpauthUrl(secret, user.email);
    return {
      email: user.email,
      name: user.name,
      roles: user.roles,
      totpRequired: needsSecondFactor(user.roles),
      totp: { secret, otpauthUrl: url, qrCodeSvg: await qrCodeSvg(url) },
      expiresAt: invitation.expiresAt,
    };
  }

  /**
   * Sets the password and, with a code from the invitation's secret, enrols TOTP (required for dpo and admin).
   * Accepting again, after a new invitation, replaces both and ends the user's sessions. The recovery codes are
   * returned once; only their hashes are kept.
   */
  async accept(token: string, input: { password: string; code?: string }): Promise<{ email: string; recoveryCodes: string[] }> {
    const passwordHash = await hashPassword(input.password);
    return this.repository.transaction(async (manager) => {
      const { invitation, user } = await this.open(token, manager);
      const now = this.time.now();
      let totpLastStep: number | null = null;
      if (input.code !== undefined) {
        totpLastStep = totpStep(this.openInvitationSecret(invitation), input.code, now);
        if (totpLastStep === null) {
          throw DomainError.invalid([
            { field: 'code', problem: 'is not the current code for this setup key; check the time on your device and try the next code' },
          ]);
        }
      } else if (needsSecondFactor(user.roles)) {
        throw DomainError.invalid([
          { field: 'code', problem: 'is required: your role signs in with an authenticator app; add the setup key and enter its code' },
        ]);
      }
      const enrolled = totpLastStep !== null;
      await this.repository.saveUser(manager, {
        ...user,
        passwordHash,
        totpSecret: enrolled ? invitation.totpSecret : null,
        totpLastStep,
      });
      await this.repository.markInvitationUsed(manager, invitation.id, now);
      await this.repository.deleteSessionsOf(manager, user.id);
      const recoveryCodes = enrolled ? newRecoveryCodes() : [];
      await this.repository.replaceRecoveryCodes(manager, user.id, recoveryCodes.map(recoveryCodeHash));
      await this.audit.record(
        manager,
        { id: `user:${user.id}`, name: user.name },
        {
          action: 'invitation.accepted',
          entityType: 'user',
          entityId: user.id,
          after: { invitationId: invitation.id, passwordSet: true, totpEnrolled: enrolled, recoveryCodes: recoveryCodes.length },
        },
      );
      return { email: user.email, recoveryCodes };
    });
  }

  // This service sealed it moments or days ago: a secret that does not open is a key configured apart, not input.
  private openInvitationSecret(invitation: Invitation): string {
    const secret = this.secrets.open(invitation.userId, invitation.totpSecret);
    if (secret === null) throw new Error(`invitation ${invitation.id}: its TOTP secret does not open with this instance's key`);
    return secret;
  }

  /** The invitation behind `token` while it may still be used: 404 unknown, 410 used, replaced or expired. */
  private async open(token: string, manager?: EntityManager): Promise<{ invitation: Invitation; user: User }> {
    const invitation = await this.repository.findInvitationByHash(hashToken(token), manager, { lock: manager !== undefined });
    if (!invitation) throw new DomainError('NOT_FOUND', 'This invitation link is not known; ask an admin for a new one.');
    const user = await this.repository.findUser(invitation.userId, manager);
    const gone = (why: string) => new DomainError('INVITATION_GONE', `This invitation link ${why}; ask an admin for a new one.`);
    if (invitation.usedAt) throw gone('was already used');
    if (invitation.revokedAt) throw gone('was replaced by a newer one');
    if (invitation.expiresAt <= this.time.now()) throw gone('has expired');
    if (!user || user.deactivatedAt) throw gone('belongs to a deactivated account');
    return { invitation, user };
  }
}
