/**
 * Errors the domain raises. Services never throw HttpException: the filter maps each code to a status,
 * and Slack maps the same codes to plain sentences.
 */
export const DOMAIN_ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'INVALID_TRANSITION',
  'NOT_APPROVED',
  /** An approval named a version or body hash that is no longer the notice's: it changed since the DPO read it. */
  'NOTICE_CHANGED',
  /** Four eyes: the person who wrote a text may not approve it, nobody changes their own roles. */
  'FOUR_EYES',
  /** A closed incident is part of the register and read-only (notes by responders aside). */
  'INCIDENT_CLOSED',
  /** A confirmation named an assessment version that is not the pending one. */
  'ASSESSMENT_CHANGED',
  /** The work would take more time or memory than it is allowed (e.g. a notice's PDF). */
  'OVER_BUDGET',
  /** Too much of that work is already running or waiting; `retryAfterSeconds` says when to ask again. */
  'BUSY',
  /** The incident's role forbids it: a processor drafts no Art. 33/34 notice in its own name (Art. 33(2)). */
  'ROLE_MISMATCH',
  /** Sign-in (src/auth): the same answer for an unknown email and a wrong password. */
  'INVALID_CREDENTIALS',
  /** Sign-in: the password was right and a second factor (TOTP or a recovery code) is needed. */
  'TOTP_REQUIRED',
  'TOTP_INVALID',
  /** Too many failed sign-ins or step-ups for the account; `retryAfterSeconds` says when to try again. */
  'LOCKED_OUT',
  /** A state-changing request with a session cookie lacks its X-CSRF-Token, or the token is not the session's. */
  'CSRF_INVALID',
  /** Approving or rejecting a notice in the console asks for a fresh second-factor code. */
  'STEP_UP_REQUIRED',
  'STEP_UP_INVALID',
  /** An invitation link already used, replaced by a newer one, or past its expiry. */
  'INVITATION_GONE',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** One problem with one input field, shown as "field problem". */
export interface FieldProblem {
  field: string;
  problem: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly problems: FieldProblem[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  static invalid(problems: FieldProblem[]): DomainError {
    return new DomainError('INVALID_INPUT', problems.map(describeProblem).join('; '), problems);
  }

  static notFound(what: string, id: string): DomainError {
    return new DomainError('NOT_FOUND', `${what} ${id} was not found`);
  }

  /** A pure rule's refusal (e.g. the notice lifecycle's): one about a field is invalid input naming it; any other keeps its code. */
  static refusal(refusal: Refusal): DomainError {
    return 'problem' in refusal ? DomainError.invalid([refusal.problem]) : new DomainError(refusal.code, refusal.message);
  }
}

export type Refusal = { code: DomainErrorCode; message: string } | { message: string; problem: FieldProblem };

export function describeProblem(p: FieldProblem): string {
  return `${p.field} ${p.problem}`;
}

export function httpStatusOf(code: DomainErrorCode): number {
  switch (code) {
    case 'INVALID_INPUT':
      return 400;
    case 'INVALID_CREDENTIALS':
    case 'TOTP_REQUIRED':
    case 'TOTP_INVALID':
      return 401;
    case 'FORBIDDEN':
    case 'FOUR_EYES':
    case 'CSRF_INVALID':
    case 'STEP_UP_REQUIRED':
    case 'STEP_UP_INVALID':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
    case 'INVALID_TRANSITION':
    case 'NOT_APPROVED':
    case 'NOTICE_CHANGED':
    case 'INCIDENT_CLOSED':
    case 'ASSESSMENT_CHANGED':
      return 409;
    case 'INVITATION_GONE':
      return 410;
    case 'OVER_BUDGET':
    case 'ROLE_MISMATCH':
      return 422;
    case 'LOCKED_OUT':
      return 429;
    case 'BUSY':
      return 503;
    default: {
      const unmapped: never = code;
      throw new Error(`no HTTP status for ${String(unmapped)}`);
    }
  }
}
