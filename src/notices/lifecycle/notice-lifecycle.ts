// The notice state machine: draft → submitted → approved → sent, with rejection and edits sending a
// notice back to draft. Pure; the notices service loads the notice, asks here, then stores the answer.
import type { FieldProblem } from '../../common/domain-error.js';
import type { NoticeKind } from '../render/notice-input.js';

export const NOTICE_STATES = ['draft', 'submitted', 'approved', 'rejected', 'sent'] as const;
export type NoticeState = (typeof NOTICE_STATES)[number];

export type NoticeCommand =
  | { type: 'edit'; body: string }
  | { type: 'submit' }
  | { type: 'approve' }
  | { type: 'reject'; reason: string }
  | { type: 'mark_sent' };
export type NoticeCommandType = NoticeCommand['type'];

export interface NoticeSnapshot {
  state: NoticeState;
  kind: NoticeKind;
  /** An authority notice made after the deadline of the clock it meets (see render/lateness.ts). */
  late: boolean;
  reasonsForDelay?: string | null;
}

/** A wrong state keeps its code; missing input names the field and what it needs (src/common/domain-error.ts turns both into errors). */
export type TransitionRefusal =
  | { code: 'INVALID_TRANSITION' | 'NOT_APPROVED'; message: string }
  | { code: 'REASONS_FOR_DELAY_REQUIRED' | 'REJECT_REASON_REQUIRED'; message: string; problem: FieldProblem };

export type TransitionResult = { ok: true; state: NoticeState; voidsApproval?: boolean } | ({ ok: false } & TransitionRefusal);

/** Where each command leads from each state it is allowed in. Nothing leaves 'sent': a sent notice is a record. */
const NEXT_STATE: Record<NoticeCommandType, Partial<Record<NoticeState, NoticeState>>> = {
  // Any edit needs a fresh approval: the DPO approves a text, not a notice.
  edit: { draft: 'draft', submitted: 'draft', approved: 'draft', rejected: 'draft' },
  submit: { draft: 'submitted', rejected: 'submitted' },
  approve: { submitted: 'approved' },
  reject: { submitted: 'rejected' },
  mark_sent: { approved: 'sent' },
};

const REFUSAL_CODE: Record<NoticeCommandType, 'INVALID_TRANSITION' | 'NOT_APPROVED'> = {
  edit: 'INVALID_TRANSITION',
  submit: 'INVALID_TRANSITION',
  approve: 'INVALID_TRANSITION',
  reject: 'INVALID_TRANSITION',
  mark_sent: 'NOT_APPROVED',
};

const COMMAND_PAST_TENSE: Record<NoticeCommandType, string> = {
  edit: 'edited',
  submit: 'submitted for approval',
  approve: 'approved',
  reject: 'rejected',
  mark_sent: 'marked sent',
};

/** Art. 33(1), Reg. 611/2013 Art. 2: a late notification carries the reasons for the delay, so none goes for approval without them. */
const NEEDS_REASONS_WHEN_LATE: ReadonlySet<NoticeCommandType> = new Set(['submit', 'approve']);

export function transition(notice: NoticeSnapshot, command: NoticeCommand): TransitionResult {
  const next = NEXT_STATE[command.type][notice.state];
  if (next === undefined) {
    const allowedStates = Object.keys(NEXT_STATE[command.type]).map((state) => `'${state}'`);
    return {
      ok: false,
      code: REFUSAL_CODE[command.type],
      message: `A notice in state '${notice.state}' cannot be ${COMMAND_PAST_TENSE[command.type]}; only one in state ${orList(allowedStates)} can.`,
    };
  }
  if (command.type === 'reject' && !command.reason?.trim()) {
    return {
      ok: false,
      code: 'REJECT_REASON_REQUIRED',
      message: 'A rejection needs a reason.',
      problem: { field: 'reason', problem: 'must not be blank' },
    };
  }
  const lateAuthorityNotice = notice.kind === 'authority' && notice.late;
  if (lateAuthorityNotice && NEEDS_REASONS_WHEN_LATE.has(command.type) && !notice.reasonsForDelay?.trim()) {
    return {
      ok: false,
      code: 'REASONS_FOR_DELAY_REQUIRED',
      message:
        'This authority notice is made after the deadline of the clock it meets (72 hours from awareness under Art. 33(1) GDPR, 24 hours under Reg. 611/2013): state the reasons for the delay.',
      problem: {
        field: 'reasonsForDelay',
        problem:
          'must be given: the notice is made after the deadline of the clock it meets (Art. 33(1) GDPR, Reg. 611/2013 Art. 2); PATCH the notice with reasonsForDelay',
      },
    };
  }
  const voidsApproval = notice.state === 'approved' && command.type === 'edit';
  return voidsApproval ? { ok: true, state: next, voidsApproval } : { ok: true, state: next };
}

function orList(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}` : items.join('');
}
