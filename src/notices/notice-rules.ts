// The checks a notice command makes on its input and context before it changes anything. Pure: each refuses with
// a coded domain error (src/common/domain-error.ts), which HTTP and Slack word alike.
import { DomainError } from '../common/domain-error.js';
import type { IncidentSnapshot } from '../incidents/incident-snapshot.js';
import { isInTheFuture } from '../incidents/timeline.js';
import type { AffectedController, IncidentRole } from '../risk/facts.js';
import { incidentRoles } from '../risk/parts.js';
import { contentHash } from './lifecycle/index.js';
import { isSent, type SentNotice } from './notice-context.js';
import type { Notice } from './notice.entity.js';
import type { NoticeKind } from './render/index.js';

/** The approval names the text the DPO read (version and hash); see NoticesService.approve. */
export interface ApprovalRequest {
  version: number;
  bodyHash: string;
  /** Only when the organisation allows single-person approval and the approver wrote the text. */
  singlePersonReason?: string;
  /** Confirmed with a second factor (the console's step-up); API tokens and Slack approve without. */
  secondFactor?: boolean;
}

/**
 * Art. 33(2): a processor's notice is its warning to the controllers; the Art. 33 notice to ANSPDCP and the Art. 34
 * letter are the controllers' to make, in their own names. A controller has no controller to warn.
 */
export function assertKindFitsRole(incident: IncidentSnapshot, kind: NoticeKind): void {
  // An incident of both roles (issue #15) has the notices of each.
  const roles = incidentRoles(incident.facts);
  if (roles.includes(noticeRole(kind))) return;
  if (noticeRole(kind) === 'controller') {
    throw new DomainError(
      'ROLE_MISMATCH',
      `incident ${incident.reference} is a processor's: a processor does not notify ANSPDCP or write to the people in its own name (Art. 33(2)); draft the warning to each controller (kind 'controller') instead`,
    );
  }
  throw new DomainError(
    'ROLE_MISMATCH',
    `incident ${incident.reference} is a controller's: a warning to a controller (kind 'controller') is a processor's notice (Art. 33(2)); draft the notice to ANSPDCP or the letter to the people`,
  );
}

/** The role whose duty a notice is: a warning to a controller is the processor's (Art. 33(2)), the others the controller's. */
export function noticeRole(kind: NoticeKind): IncidentRole {
  return kind === 'controller' ? 'processor' : 'controller';
}

/** supplementTo completes an authority notification (Art. 33(4)); controllerIndex picks a processor's controller. */
export function assertOptionsFitKind({
  kind,
  supplementTo,
  controllerIndex,
}: {
  kind: NoticeKind;
  supplementTo?: string;
  controllerIndex?: number;
}): void {
  const problems = [
    ...(supplementTo !== undefined && kind !== 'authority'
      ? [{ field: 'supplementTo', problem: "applies only to kind 'authority' (Art. 33(4))" }]
      : []),
    ...(controllerIndex !== undefined && kind !== 'controller'
      ? [{ field: 'controllerIndex', problem: "applies only to kind 'controller'" }]
      : []),
  ];
  if (problems.length) throw DomainError.invalid(problems);
}

/** A controller notice goes to the first controller the incident names, unless the request picks another. */
export function addressedControllerIndex(controllers: readonly AffectedController[], requested: number | undefined): number {
  if (requested === undefined || requested < controllers.length) return requested ?? 0;
  const problem = controllers.length
    ? `must be between 0 and ${controllers.length - 1}: the incident names ${controllers.length} affectedControllers`
    : 'cannot be used: the incident names no affectedControllers';
  throw DomainError.invalid([{ field: 'controllerIndex', problem }]);
}

/** A supplement completes an authority notification of the same incident that was already sent (Art. 33(4)). */
export function supplementedNotice(named: Notice | null, incidentId: string, id: string): SentNotice {
  if (!named || named.incidentId !== incidentId || named.kind !== 'authority') {
    throw DomainError.invalid([{ field: 'supplementTo', problem: 'must name an authority notice of this incident' }]);
  }
  if (!isSent(named)) {
    throw new DomainError(
      'CONFLICT',
      `supplementTo names notice ${id}, which is '${named.state}': a supplement completes a notification already sent (Art. 33(4))`,
    );
  }
  return named;
}

/** The register cannot change after closure: a closed incident's notices stay as they are. */
export function assertOpen(incident: IncidentSnapshot): void {
  if (incident.state !== 'closed') return;
  throw new DomainError(
    'INCIDENT_CLOSED',
    `Incident ${incident.reference} is closed and part of the register: its notices cannot change. Nothing was changed.`,
  );
}

/** The approval names the text the DPO read; an edit since then (a new version, another hash) refuses it. */
export function assertUnchangedSince(notice: Notice, approval: ApprovalRequest): void {
  if (notice.version === approval.version && notice.bodyHash === approval.bodyHash) return;
  const what =
    notice.version === approval.version ? `its body hash is no longer ${approval.bodyHash}` : `it is now at version ${notice.version}`;
  throw new DomainError(
    'NOTICE_CHANGED',
    `The notice changed since version ${approval.version} was read (${what}, hash ${notice.bodyHash}); read the current text and approve that version. Nothing was approved.`,
  );
}

/** The DPO approves a finished text: no blank left to fill in. */
export function assertNoBlanks(blanks: readonly string[]): void {
  if (!blanks.length) return;
  throw DomainError.invalid([{ field: 'body', problem: `still has blanks to fill in before approval: ${blanks.join(', ')}` }]);
}

/** Who wrote the version up for approval; when the approver did, whether the organisation allows single-person approval. */
export interface Authorship {
  approverWroteIt: boolean;
  singlePersonAllowed: boolean;
}

/**
 * Four eyes: whoever drafted the notice or wrote this version may not approve it, unless the organisation allows
 * single-person approval, and then the approval says why (null: two people).
 */
export function singlePersonReason(
  notice: Notice,
  approval: ApprovalRequest,
  { approverWroteIt, singlePersonAllowed }: Authorship,
): string | null {
  if (!approverWroteIt) {
    if (approval.singlePersonReason !== undefined) {
      throw DomainError.invalid([{ field: 'singlePersonReason', problem: 'is only for approving a text you drafted or edited yourself' }]);
    }
    return null;
  }
  if (!singlePersonAllowed) {
    throw new DomainError(
      'FOUR_EYES',
      `You drafted or last edited version ${notice.version} of this notice, so another DPO must approve it (four eyes). Nothing was changed.`,
    );
  }
  if (approval.singlePersonReason === undefined) {
    throw DomainError.invalid([
      {
        field: 'singlePersonReason',
        problem: 'is required: you drafted or edited this version, and a single-person approval must say why',
      },
    ]);
  }
  return approval.singlePersonReason;
}

/** A sent record cannot be in the future or before the approval, and names the very text the DPO approved. */
export function assertSendable(notice: Notice, sentAt: Date, now: Date): void {
  if (isInTheFuture(sentAt, now)) {
    throw DomainError.invalid([{ field: 'sentAt', problem: 'must not be in the future' }]);
  }
  if (notice.approvedAt && sentAt < notice.approvedAt) {
    throw DomainError.invalid([{ field: 'sentAt', problem: `must not be earlier than the approval (${notice.approvedAt.toISOString()})` }]);
  }
  if (notice.approvedHash !== contentHash(notice.body)) {
    throw new DomainError('CONFLICT', 'the body is no longer the text the DPO approved; submit it for approval again');
  }
}
