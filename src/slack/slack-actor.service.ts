import { Injectable } from '@nestjs/common';
import type { Actor } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import { mayActAs, type Role } from '../auth/roles.js';
import { DomainError } from '../common/domain-error.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import { refusalSentence } from './slack-sentences.js';
import type { SlackUser } from './slack-requests.js';

const DEACTIVATED_SENTENCE =
  'Your Breach Desk account is deactivated, so Breach Desk does nothing for you from Slack. Nothing was changed.';

/** A Slack user as Breach Desk sees them: who acts (for the audit trail) and with which roles. */
export interface SlackCaller {
  actor: Actor;
  roles: Role[];
  /** Linked to a Breach Desk user through users.slackUserId. */
  linked: boolean;
  slackUserId: string;
}

@Injectable()
export class SlackActorService {
  constructor(
    private readonly auth: AuthService,
    private readonly organisation: OrganisationService,
  ) {}

  /**
   * The caller a Slack user acts as, when allowed to act as `required` (null: anyone may). A linked user has
   * their user's roles, as with an API token; an unlinked one is a reporter if the organisation allows it.
   * A deactivated user is refused everything, help included. Otherwise a FORBIDDEN error with a sentence.
   */
  async authorise(user: SlackUser, required: Role | null): Promise<SlackCaller> {
    const caller = await this.callerFor(user);
    if (required && !mayActAs(caller.roles, required)) throw new DomainError('FORBIDDEN', refusalSentence(required, caller));
    return caller;
  }

  private async callerFor(user: SlackUser): Promise<SlackCaller> {
    const linked = await this.auth.findUserBySlackId(user.id);
    if (linked?.deactivatedAt) throw new DomainError('FORBIDDEN', DEACTIVATED_SENTENCE);
    if (linked) return { actor: { id: `user:${linked.id}`, name: linked.name }, roles: linked.roles, linked: true, slackUserId: user.id };
    const { allowUnlinkedSlackReporters } = await this.organisation.get();
    return {
      // The member id Slack vouches for, never the user_name the request carries (anyone can rename themselves).
      actor: { id: `slack:${user.id}`, name: `Slack member ${user.id}` },
      roles: allowUnlinkedSlackReporters ? ['reporter'] : [],
      linked: false,
      slackUserId: user.id,
    };
  }
}
