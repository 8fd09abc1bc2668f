// What Breach Desk says in Slack when it refuses or fails: the same domain error codes the HTTP edge maps to
// statuses, said as sentences. Pure.
import type { Role } from '../auth/roles.js';
import { describeProblem, type DomainError } from '../common/domain-error.js';
import { capitalise } from './block-kit.js';

/** A refused or failed action, said to the person who asked. */
export function errorSentence(error: DomainError): string {
  switch (error.code) {
    case 'INVALID_INPUT':
      return `That did not work: ${error.problems.length ? error.problems.map(describeProblem).join('; ') : error.message}.`;
    case 'NOT_FOUND':
      return `${capitalise(error.message)}.`;
    case 'FORBIDDEN':
    case 'CONFLICT':
    case 'INVALID_TRANSITION':
    case 'NOT_APPROVED':
    case 'NOTICE_CHANGED':
    case 'FOUR_EYES':
    case 'INCIDENT_CLOSED':
    case 'ASSESSMENT_CHANGED':
    case 'OVER_BUDGET':
    case 'BUSY':
    case 'ROLE_MISMATCH':
    // Console sign-in's codes: never raised in Slack, worded for people all the same.
    case 'INVALID_CREDENTIALS':
    case 'TOTP_REQUIRED':
    case 'TOTP_INVALID':
    case 'LOCKED_OUT':
    case 'CSRF_INVALID':
    case 'STEP_UP_REQUIRED':
    case 'STEP_UP_INVALID':
    case 'INVITATION_GONE':
      return error.message;
    default: {
      const unmapped: never = error.code;
      throw new Error(`no Slack sentence for ${String(unmapped)}`);
    }
  }
}

/** Why a Slack user may not do something that needs `required`, said to them. */
export function refusalSentence(required: Role, caller: { linked: boolean; roles: readonly Role[] }): string {
  if (caller.linked) {
    return `This needs the ${required} role, and your Breach Desk account has ${caller.roles.join(', ') || 'no role'}. Nothing was changed.`;
  }
  const link = 'Ask a Breach Desk admin to link your Slack account to your user.';
  return caller.roles.length
    ? `This needs the ${required} role, and your Slack account is not linked to a Breach Desk user. ${link}`
    : `Your Slack account is not linked to a Breach Desk user, and this organisation lets only linked users act from Slack. ${link}`;
}
