import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { DomainError } from '../common/domain-error.js';
import { TimeSource } from '../common/time-source.js';
import { actorOf, type Caller } from './auth.decorators.js';
import { AuthRepository } from './auth.repository.js';
import { looksLikeTotpCode, newRecoveryCodes, recoveryCodeHash, totpStep } from './second-factor.js';
import { SignInThrottle } from './sign-in-throttle.service.js';
import { TotpSecretsService } from './totp-secrets.service.js';

/** TOTP and recovery codes: at sign-in, as the step-up before approving or rejecting a notice, and new recovery codes. */
@Injectable()
export class SecondFactorService {
  constructor(
    private readonly repository: AuthRepository,
    private readonly throttle: SignInThrottle,
    private readonly audit: AuditService,
    private readonly secrets: TotpSecretsService,
    private readonly time: TimeSource,
  ) {}

  /**
   * True when `code` is the user's TOTP code for now (one step of drift either way) of a step later than any
   * accepted before, or one of their unused recovery codes; either is used up by this call.
   */
  async accept(user: { id: string; totpSecret: string | null }, code: string): Promise<boolean> {
    const now = this.time.now();
    if (looksLikeTotpCode(code)) {
      const secret = user.totpSecret ? this.secrets.open(user.id, user.totpSecret) : null;
      const step = secret ? totpStep(secret, code, now) : null;
      return step !== null && this.repository.claimTotpStep(user.id, step);
    }
    return this.repository.consumeRecoveryCode(user.id, recoveryCodeHash(code), now);
  }

  /**
   * A console session confirms the action with a fresh code (STEP_UP_REQUIRED without one, STEP_UP_INVALID for
   * a wrong or replayed one); the answer says whether a second factor confirmed it. A bearer token (a script)
   * has no second factor to give, and its actions are recorded as confirmed without one.
   */
  async confirmStepUp(caller: Caller, code: string | undefined, client: string): Promise<boolean> {
    if (caller.sessionId === null) {
      if (code !== undefined) {
        throw DomainError.invalid([
          { field: 'totpCode', problem: 'is for console sessions; with an API token the action is recorded without a second factor' },
        ]);
      }
      return false;
    }
    const account = `step-up:${caller.userId}`;
    await this.throttle.assertOpen(account);
    const user = await this.repository.findUser(caller.userId);
    if (!user?.totpSecret) {
      throw new DomainError(
        'STEP_UP_REQUIRED',
        'This needs a second factor and you have no authenticator enrolled: ask an admin for a new invitation link.',
      );
    }
    if (code === undefined) {
      throw new DomainError('STEP_UP_REQUIRED', 'Confirm with a code from your authenticator app (or a recovery code): totpCode.');
    }
    if (!(await this.accept(user, code))) {
      await this.throttle.failed(account, client);
      throw new DomainError(
        'STEP_UP_INVALID',
        'That code is wrong, expired or already used; wait for the next code and try again. Nothing was changed.',
      );
    }
    await this.throttle.succeeded(account);
    return true;
  }

  async recoveryCodesLeft(userId: string): Promise<{ totpEnrolled: boolean; unused: number }> {
    const user = await this.repository.findUser(userId);
    return { totpEnrolled: !!user?.totpSecret, unused: await this.repository.countUnusedRecoveryCodes(userId) };
  }

  /**
   * A fresh set of recovery codes in place of the old ones (used up, or written where someone else could read
   * them), shown once. Only from a console session confirmed with a second factor: an API token cannot.
   */
  async reissueRecoveryCodes(caller: Caller, code: string | undefined, client: string): Promise<string[]> {
    if (!(await this.confirmStepUp(caller, code, client))) {
      throw new DomainError(
        'STEP_UP_REQUIRED',
        'New recovery codes are made in a console session, confirmed with a code from your authenticator app; an API token cannot.',
      );
    }
    const codes = newRecoveryCodes();
    await this.repository.transaction(async (manager) => {
      await this.repository.replaceRecoveryCodes(manager, caller.userId, codes.map(recoveryCodeHash));
      await this.audit.record(manager, actorOf(caller), {
        action: 'user.recovery_codes_reissued',
        entityType: 'user',
        entityId: caller.userId,
        after: { recoveryCodes: codes.length },
      });
    });
    return codes;
  }
}
