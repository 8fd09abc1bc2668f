import type { Reason } from '../risk/assessment.js';
import {
  byUrgency,
  listAnswer,
  noticeDecisionMessage,
  statusAnswer,
  type ClockLine,
  type DecisionSummary,
  type IncidentStatus,
  type IncidentSummary,
} from './command-answers.js';

const BUCHAREST = 'Europe/Bucharest';
const NOW = new Date('2026-11-02T08:00:00Z');

type Json = Record<string, any>;

function aClock(overrides: Partial<ClockLine> = {}): ClockLine {
  return {
    regime: 'gdpr_art33',
    recipient: 'ANSPDCP',
    state: 'running',
    late: false,
    dueAt: '2026-11-05T08:00:00.000Z',
    secondsLeft: 72 * 3600,
    timeLeft: '3d 0h 0m',
    ...overrides,
  };
}

function anIncident(overrides: Partial<IncidentSummary> = {}): IncidentSummary {
  return {
    reference: 'BR-2026-0001',
    title: 'Call recordings bucket exposed',
    state: 'open',
    role: 'controller',
    awareAt: NOW,
    facts: { breachTypes: ['confidentiality'], dataCategories: ['identity', 'communications_content'], subjectsAffected: 1200 },
    ...overrides,
  };
}

const reason = (factor: string): Reason => ({ factor, effect: '', explanation: `because of ${factor}` });

function aDecision(overrides: Partial<DecisionSummary> = {}): DecisionSummary {
  return {
    riskLevel: 'high_risk',
    notifyAuthority: true,
    notifyDataSubjects: true,
    override: null,
    severity: { level: 'high', score: 3.25 },
    reasons: [reason('dpc.base'), reason('decision.authority'), reason('risk.severity'), reason('edpb.special_categories'), reason('ei')],
    ...overrides,
  };
}

const statusOf = (overrides: Partial<IncidentStatus> = {}): Json[] =>
  statusAnswer({ incident: anIncident(), assessment: aDecision(), clocks: [aClock()], notices: [], ...overrides }, BUCHAREST)
    .blocks as Json[];

describe('byUrgency', () => {
  const entry = (reference: string, clocks: ClockLine[], awareAt = NOW) => ({ incident: { reference, awareAt }, clocks });

  it('puts the most overdue first, then the nearest deadline, then incidents with no running clock', () => {
    const sorted = byUrgency([
      entry('none', [aClock({ state: 'met', secondsLeft: -999_999 })]),
      entry('later', [aClock({ secondsLeft: 7200 })]),
      entry('overdue', [aClock({ state: 'missed', secondsLeft: -60 })]),
      entry('soon', [aClock({ secondsLeft: 86_400 }), aClock({ secondsLeft: 60 })]),
    ]);
    expect(sorted.map((e) => e.incident.reference)).toEqual(['overdue', 'soon', 'later', 'none']);
  });

  it('ignores clocks that need no notice', () => {
    const sorted = byUrgency([
      entry('running', [aClock({ secondsLeft: 7200 })]),
      entry('not required', [aClock({ state: 'not_required', secondsLeft: 0 })]),
    ]);
    expect(sorted.map((e) => e.incident.reference)).toEqual(['running', 'not required']);
  });

  it('orders incidents that are equally urgent by the newest awareness first', () => {
    const sorted = byUrgency([entry('older', [], new Date('2026-10-01T00:00:00Z')), entry('newer', [])]);
    expect(sorted.map((e) => e.incident.reference)).toEqual(['newer', 'older']);
  });
});

describe('listAnswer', () => {
  it('says so when nothing is open', () => {
    expect(listAnswer([])).toEqual({ response_type: 'ephemeral', text: 'No open incidents.' });
  });

  it('shows each incident’s most urgent clock with its time left, and how many more are running', () => {
    const blocks = listAnswer([
      {
        incident: anIncident(),
        clocks: [aClock(), aClock({ regime: 'gdpr_art34', recipient: 'the people affected', secondsLeft: 3600, timeLeft: '1h 0m' })],
      },
      {
        incident: anIncident({ reference: 'BR-2026-0002', title: 'Overdue' }),
        clocks: [aClock({ state: 'missed', secondsLeft: -3600, timeLeft: 'overdue by 1h 0m' })],
      },
      { incident: anIncident({ reference: 'BR-2026-0003', title: 'Quiet' }), clocks: [] },
    ]).blocks as Json[];
    expect(blocks.map((block) => block.text.text)).toEqual([
      '*3 open incidents, most urgent first*',
      '*BR-2026-0002* · Overdue\nGDPR Art. 33 notice to ANSPDCP: *overdue by 1h 0m*',
      '*BR-2026-0001* · Call recordings bucket exposed\nGDPR Art. 34 communication to people to the people affected: *1h 0m left* (+1 more)',
      '*BR-2026-0003* · Quiet\n_no running clock_',
    ]);
  });

  it('stays within Slack’s 50 blocks and says how many it left out', () => {
    const entries = Array.from({ length: 60 }, (_, i) => ({
      incident: anIncident({ reference: `BR-2026-${1000 + i}` }),
      clocks: [aClock()],
    }));
    const blocks = listAnswer(entries).blocks as Json[];
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(blocks.at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '…and 20 more: the API lists them all' }] });
  });

  it('escapes titles, so a title cannot page the channel', () => {
    const { text } = listAnswer([{ incident: anIncident({ title: '<!channel> R&D' }), clocks: [] }]);
    expect(text).toContain('&lt;!channel&gt; R&amp;D');
  });
});

describe('statusAnswer', () => {
  it('heads with the reference and title, within Slack’s 150 characters', () => {
    const [header] = statusOf({ incident: anIncident({ title: 'x'.repeat(200) }) });
    expect(Array.from(header.text.text as string)).toHaveLength(150);
  });

  it('gives the decision, its severity and the three reasons that say most: what raised the risk, the severity, the law', () => {
    const [, , decision] = statusOf();
    expect(decision.text.text).toBe(
      [
        '*Decision*',
        'Risk: high risk · notify authority: yes · notify people: yes · Severity high (3.25)',
        '• because of edpb.special_categories',
        '• because of risk.severity',
        '• because of decision.authority',
      ].join('\n'),
    );
  });

  it('marks a decision the DPO overrode', () => {
    const [, , decision] = statusOf({ assessment: aDecision({ override: { justification: 'x' } }) });
    expect(decision.text.text).toContain('(DPO override)');
  });

  it('gives each role’s part when the breach touched our own data and our customers’, before the clocks', () => {
    const decision = { riskLevel: 'high_risk', notifyAuthority: true, notifyDataSubjects: false, notifyControllers: false } as const;
    const parts: DecisionSummary['parts'] = [
      { ...decision, role: 'controller', systems: ['billing'], severity: { level: 'high', score: 3 } },
      {
        ...decision,
        role: 'processor',
        notifyAuthority: false,
        notifyControllers: true,
        systems: ['call-recordings'],
        controllers: ['Shop <One>', 'Clinic Two'],
        severity: { level: 'very_high', score: 4.5 },
      },
    ];
    const blocks = statusOf({ assessment: aDecision({ parts }) });
    expect(blocks[3].text.text).toBe(
      [
        '*Parts*',
        '• *As controller* (billing): Risk: high risk · notify authority: yes · notify people: no · severity high (3)',
        '• *As processor* (call-recordings): warn the controllers yes: Shop &lt;One&gt;, Clinic Two · severity very high (4.5)',
      ].join('\n'),
    );
    expect(blocks[4].text.text).toMatch(/^\*Clocks\*/);
    // One role only: the decision says it all.
    expect(statusOf({ assessment: aDecision({ parts: parts!.slice(0, 1) }) })[3].text.text).toMatch(/^\*Clocks\*/);
  });

  it('says when the incident is not assessed yet', () => {
    expect(statusOf({ assessment: null })[2].text.text).toBe('*Decision*\nNot assessed yet.');
  });

  it('gives every clock with where it stands and its due time in the display zone', () => {
    const clocks = [
      aClock(),
      aClock({ regime: 'nis2_early_warning', recipient: 'CSIRT (DNSC)', state: 'met', late: true }),
      aClock({ regime: 'gdpr_art34', recipient: 'people', state: 'not_required', timeLeft: '' }),
    ];
    expect(statusOf({ clocks })[3].text.text).toBe(
      [
        '*Clocks*',
        '• *GDPR Art. 33 notice* to ANSPDCP: *3d 0h 0m left* (due 5 Nov 2026, 10:00 (UTC+02:00))',
        '• *NIS2 early warning* to CSIRT (DNSC): met, late (due 5 Nov 2026, 10:00 (UTC+02:00))',
        '• *GDPR Art. 34 communication to people* to people: not required (due 5 Nov 2026, 10:00 (UTC+02:00))',
      ].join('\n'),
    );
  });

  it('lists the notices with their states and ids, and leaves the section out when there are none', () => {
    const notices = [{ id: 'n-1', kind: 'authority', language: 'ro', state: 'submitted', version: 2 }];
    expect(statusOf({ notices })[4].text.text).toBe('*Notices*\n• authority notice (ro), version 2: *submitted* · id `n-1`');
    expect(statusOf()).toHaveLength(4);
  });
});

describe('notice decisions', () => {
  it('names who decided a notice, and escapes the reason they typed', () => {
    const notice = { id: 'n-1', kind: 'authority', language: 'ro', state: 'rejected', version: 3 };
    expect(noticeDecisionMessage(notice, 'rejected', 'U0DPO', 'add <!here> & more').text).toBe(
      '↩️ The authority notice (ro), version 3, was rejected by <@U0DPO>: add &lt;!here&gt; &amp; more',
    );
  });
});
