import {
  NOTICE_STATES,
  type NoticeCommand,
  type NoticeSnapshot,
  type NoticeState,
  transition,
  type TransitionResult,
} from './notice-lifecycle.js';

const COMMANDS: Record<NoticeCommand['type'], NoticeCommand> = {
  edit: { type: 'edit', body: '# Notice\n\nNew text.' },
  submit: { type: 'submit' },
  approve: { type: 'approve' },
  reject: { type: 'reject', reason: 'Section 9 is missing the storage media.' },
  mark_sent: { type: 'mark_sent' },
};

const onTime = (state: NoticeState): NoticeSnapshot => ({ state, kind: 'authority', late: false });

type Expected = NoticeState | { state: NoticeState; voidsApproval: true } | 'INVALID_TRANSITION' | 'NOT_APPROVED';

// Every (state, command) pair, for a notice that needs no reasons for delay.
const TABLE: Record<NoticeState, Record<NoticeCommand['type'], Expected>> = {
  draft: { edit: 'draft', submit: 'submitted', approve: 'INVALID_TRANSITION', reject: 'INVALID_TRANSITION', mark_sent: 'NOT_APPROVED' },
  submitted: { edit: 'draft', submit: 'INVALID_TRANSITION', approve: 'approved', reject: 'rejected', mark_sent: 'NOT_APPROVED' },
  approved: {
    edit: { state: 'draft', voidsApproval: true },
    submit: 'INVALID_TRANSITION',
    approve: 'INVALID_TRANSITION',
    reject: 'INVALID_TRANSITION',
    mark_sent: 'sent',
  },
  rejected: { edit: 'draft', submit: 'submitted', approve: 'INVALID_TRANSITION', reject: 'INVALID_TRANSITION', mark_sent: 'NOT_APPROVED' },
  sent: {
    edit: 'INVALID_TRANSITION',
    submit: 'INVALID_TRANSITION',
    approve: 'INVALID_TRANSITION',
    reject: 'INVALID_TRANSITION',
    mark_sent: 'NOT_APPROVED',
  },
};

function expectedResult(expected: Expected): TransitionResult | { ok: false; code: string } {
  if (expected === 'INVALID_TRANSITION' || expected === 'NOT_APPROVED') return { ok: false, code: expected };
  if (typeof expected === 'string') return { ok: true, state: expected };
  return { ok: true, ...expected };
}

describe('notice lifecycle', () => {
  const pairs = NOTICE_STATES.flatMap((state) =>
    (Object.keys(COMMANDS) as NoticeCommand['type'][]).map((command) => [state, command, TABLE[state][command]] as const),
  );

  it.each(pairs)('from %s, %s gives %j', (state, command, expected) => {
    const result = transition(onTime(state), COMMANDS[command]);
    expect(result).toMatchObject(expectedResult(expected));
    if (result.ok) expect(result).toStrictEqual(expectedResult(expected));
    else expect(result.message).toContain(state);
  });

  it('voids the approval only when an approved notice is edited', () => {
    const voided = pairs.filter(([state, command]) => {
      const result = transition(onTime(state), COMMANDS[command]);
      return result.ok && result.voidsApproval === true;
    });
    expect(voided.map(([state, command]) => `${state}:${command}`)).toEqual(['approved:edit']);
  });

  describe('a late authority notice (Art. 33(1))', () => {
    const late = (state: NoticeState, reasonsForDelay?: string | null): NoticeSnapshot => ({
      state,
      kind: 'authority',
      late: true,
      reasonsForDelay,
    });

    it.each([undefined, null, '', '   \n'])('cannot be submitted or approved without reasons for the delay (%j)', (reasons) => {
      for (const [state, command] of [
        ['draft', 'submit'],
        ['rejected', 'submit'],
        ['submitted', 'approve'],
      ] as const) {
        expect(transition(late(state, reasons), COMMANDS[command])).toMatchObject({
          ok: false,
          code: 'REASONS_FOR_DELAY_REQUIRED',
          problem: expect.objectContaining({ field: 'reasonsForDelay' }),
        });
      }
    });

    it('can be submitted and approved once the reasons are given', () => {
      const reasons = 'The forensic report identifying the affected records arrived on day 4.';
      expect(transition(late('draft', reasons), COMMANDS.submit)).toEqual({ ok: true, state: 'submitted' });
      expect(transition(late('submitted', reasons), COMMANDS.approve)).toEqual({ ok: true, state: 'approved' });
    });

    it('can still be edited, rejected and sent without them', () => {
      expect(transition(late('draft'), COMMANDS.edit)).toEqual({ ok: true, state: 'draft' });
      expect(transition(late('submitted'), COMMANDS.reject)).toEqual({ ok: true, state: 'rejected' });
      expect(transition(late('approved'), COMMANDS.mark_sent)).toEqual({ ok: true, state: 'sent' });
    });

    it('reports a wrong state before missing reasons', () => {
      expect(transition(late('sent'), COMMANDS.submit)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    });
  });

  it.each(['data_subjects', 'controller'] as const)('does not ask a late %s notice for reasons for the delay', (kind) => {
    expect(transition({ state: 'draft', kind, late: true }, COMMANDS.submit)).toEqual({ ok: true, state: 'submitted' });
  });

  it.each(['', '  '])('needs a reason to reject (%j)', (reason) => {
    expect(transition(onTime('submitted'), { type: 'reject', reason })).toMatchObject({
      ok: false,
      code: 'REJECT_REASON_REQUIRED',
      problem: { field: 'reason', problem: 'must not be blank' },
    });
  });
});

describe('a refused command', () => {
  it('says which state the command needs', () => {
    expect(transition(onTime('draft'), COMMANDS.mark_sent)).toMatchObject({
      message: "A notice in state 'draft' cannot be marked sent; only one in state 'approved' can.",
    });
    expect(transition(onTime('approved'), COMMANDS.submit)).toMatchObject({
      message: "A notice in state 'approved' cannot be submitted for approval; only one in state 'draft' or 'rejected' can.",
    });
  });
});
