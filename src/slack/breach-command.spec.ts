import { parseBreachCommand, type BreachCommand } from './breach-command.js';

const NOTICE_ID = '3f2b8c1e-5d6a-4b7c-8d9e-0f1a2b3c4d5e';

describe('parseBreachCommand', () => {
  const commands: [text: string, command: BreachCommand][] = [
    ['', { kind: 'help' }],
    ['   ', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['HELP', { kind: 'help' }],
    ['list', { kind: 'list' }],
    ['  list  ', { kind: 'list' }],
    ['new Laptop stolen from car', { kind: 'new', title: 'Laptop stolen from car' }],
    ['new    Spaces   inside   are kept', { kind: 'new', title: 'Spaces   inside   are kept' }],
    ['status BR-2026-0001', { kind: 'status', reference: 'BR-2026-0001' }],
    ['status br-2026-0001', { kind: 'status', reference: 'BR-2026-0001' }],
    ['Status BR-2026-12345', { kind: 'status', reference: 'BR-2026-12345' }],
    ['ack BR-2026-0007', { kind: 'ack', reference: 'BR-2026-0007' }],
    ['assess BR-2027-0100', { kind: 'assess', reference: 'BR-2027-0100' }],
    [`approve ${NOTICE_ID}`, { kind: 'approve', noticeId: NOTICE_ID }],
    [`approve ${NOTICE_ID.toUpperCase()}`, { kind: 'approve', noticeId: NOTICE_ID }],
    [`approve ${NOTICE_ID} 3`, { kind: 'approve', noticeId: NOTICE_ID, version: 3 }],
    [
      `approve ${NOTICE_ID} 1 We are two people &amp; the other is on leave`,
      { kind: 'approve', noticeId: NOTICE_ID, version: 1, reason: 'We are two people & the other is on leave' },
    ],
    [
      'confirm br-2026-0007 4 The file held only test accounts',
      { kind: 'confirm', reference: 'BR-2026-0007', version: 4, justification: 'The file held only test accounts' },
    ],
  ];

  it.each(commands)('reads %j', (text, command) => {
    expect(parseBreachCommand(text)).toEqual(command);
  });

  it('takes the title as the person typed it, undoing Slack’s escaping of &, < and >', () => {
    expect(parseBreachCommand('new R&amp;D laptop &lt;unencrypted&gt;')).toEqual({ kind: 'new', title: 'R&D laptop <unencrypted>' });
  });

  const mistakes: [text: string, problem: string][] = [
    ['frobnicate', 'I don’t know the command `frobnicate`.'],
    ['constructor', 'I don’t know the command `constructor`.'],
    ['new', 'Give the breach a title, for example `/breach new Laptop with payroll data stolen`.'],
    ['new    ', 'Give the breach a title, for example `/breach new Laptop with payroll data stolen`.'],
    [`new ${'x'.repeat(201)}`, 'A title is at most 200 characters; put the details in the form that opens.'],
    ['list everything', '`/breach list` takes nothing after it.'],
    ['help me', '`/breach help` takes nothing after it.'],
    ['status', 'Which incident? For example `/breach status BR-2026-0001`.'],
    ['ack', 'Which incident? For example `/breach ack BR-2026-0001`.'],
    ['status BR-2026-0001 BR-2026-0002', '`/breach status` takes one incident reference, such as BR-2026-0001.'],
    ['status 2026-0001', '`2026-0001` is not an incident reference; they look like BR-2026-0001.'],
    ['assess BR-26-1', '`BR-26-1` is not an incident reference; they look like BR-2026-0001.'],
    [
      'approve',
      'Which notice? For example `/breach approve 3f2b8c1e-… 2` (the notice id and the version you read are in the approval request).',
    ],
    [
      'approve BR-2026-0001',
      '`BR-2026-0001` is not a notice id; use the id from the approval request, as in `/breach approve 3f2b8c1e-… 2` (the notice id and the version you read are in the approval request).',
    ],
    [
      `approve ${NOTICE_ID} v2`,
      '`v2` is not a version number; the version you read is a whole number, as in `/breach approve 3f2b8c1e-… 2` (the notice id and the version you read are in the approval request).',
    ],
    [
      'confirm BR-2026-0007 4',
      'Say why the duty is no longer owed, as in `/breach confirm BR-2026-0001 3 The leaked file held only test accounts, checked by IT`.',
    ],
    [
      'confirm BR-2026-0007',
      'Which assessment version? The message asking you names it, as in `/breach confirm BR-2026-0001 3 The leaked file held only test accounts, checked by IT`.',
    ],
  ];

  it.each(mistakes)('answers %j with a sentence saying what is wrong', (text, problem) => {
    expect(parseBreachCommand(text)).toEqual({ kind: 'invalid', problem });
  });

  it('counts a title’s length in characters, not UTF-16 units', () => {
    expect(parseBreachCommand(`new ${'🔥'.repeat(200)}`)).toMatchObject({ kind: 'new' });
  });
});
