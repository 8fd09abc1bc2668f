import type { EscalationClockLine, EscalationMessage } from '../notifications/escalation-message.js';
import { renderEscalation } from './escalation-blocks.js';

const BUCHAREST = 'Europe/Bucharest';
const DUE_AT = '2026-10-27T07:00:00.000Z';

const art33: EscalationClockLine = {
  key: 'gdpr_art33',
  regime: 'gdpr_art33',
  recipient: 'ANSPDCP',
  legalBasis: 'GDPR Art. 33(1)',
  dueAt: DUE_AT,
  level: 'left_24h',
  supersededLevels: [],
};

function aMessage(overrides: Partial<EscalationMessage> = {}): EscalationMessage {
  return {
    incident: { id: 'incident-1', reference: 'BR-2026-0001', title: 'Call recordings bucket exposed', awareAt: '2026-10-24T07:00:00.000Z' },
    decision: { riskLevel: 'high_risk', notifyAuthority: true, notifyDataSubjects: true, overridden: false },
    kind: 'reminder',
    audience: ['channel'],
    mentions: [],
    clocks: [art33],
    ...overrides,
  };
}

type Block = { type: string; text?: { text: string }; elements?: { text: string }[] };
const blocksOf = (message: EscalationMessage, now: string) => renderEscalation(message, new Date(now), BUCHAREST).blocks as Block[];
const sectionTexts = (blocks: Block[]) => blocks.filter((b) => b.type === 'section').map((b) => b.text!.text);
const contextTexts = (blocks: Block[]) => blocks.filter((b) => b.type === 'context').map((b) => b.elements![0].text);

describe('renderEscalation', () => {
  it('shows the due time in UTC and in the display zone, with its offset', () => {
    const [clock] = sectionTexts(blocksOf(aMessage(), '2026-10-26T07:00:00Z'));
    expect(clock).toContain('Due 27 Oct 2026, 07:00 UTC · 27 Oct 2026, 09:00 (UTC+02:00) Europe/Bucharest');
  });

  it('names the regime, its recipient and legal basis, and the time left', () => {
    const [clock] = sectionTexts(blocksOf(aMessage(), '2026-10-24T09:30:00Z'));
    expect(clock).toContain('*GDPR Art. 33 notice* to ANSPDCP · GDPR Art. 33(1)');
    expect(clock).toContain('*2d 21h 30m left*');
  });

  it('says by how much a clock is overdue', () => {
    const [clock] = sectionTexts(blocksOf(aMessage({ kind: 'overdue' }), '2026-10-27T10:05:00Z'));
    expect(clock).toContain('*overdue by 3h 5m*');
  });

  it('says "due now" within a minute of the deadline, either side', () => {
    expect(sectionTexts(blocksOf(aMessage({ kind: 'overdue' }), DUE_AT))[0]).toContain('*due now*');
    expect(sectionTexts(blocksOf(aMessage(), '2026-10-27T06:59:30Z'))[0]).toContain('*due now*');
  });

  it.each([
    ['logged', '🆕 New breach'],
    ['reminder', '⏰ Reminder'],
    ['overdue', '🚨 Overdue'],
    ['catch_up', '⏪ Catching up'],
  ] as const)('heads an alert of kind %s with "%s", the reference and the title', (kind, heading) => {
    const [header] = blocksOf(aMessage({ kind }), '2026-10-26T07:00:00Z');
    expect(header).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: `${heading}: BR-2026-0001 · Call recordings bucket exposed`, emoji: true },
    });
  });

  it('keeps the header within Slack’s 150 characters', () => {
    const [header] = blocksOf(aMessage({ incident: { ...aMessage().incident, title: 'x'.repeat(200) } }), DUE_AT);
    expect(Array.from(header.text!.text)).toHaveLength(150);
    expect(header.text!.text.endsWith('…')).toBe(true);
  });

  it('mentions the people in the audience, and the whole channel once the escalation contacts are in it', () => {
    const dpoOnly = blocksOf(aMessage({ audience: ['channel', 'dpo'], mentions: ['U0DPO'] }), DUE_AT);
    expect(sectionTexts(dpoOnly)[0]).toBe('<@U0DPO>');
    const contacts = aMessage({ audience: ['channel', 'dpo', 'contacts'], mentions: ['U0DPO', 'U0CISO'] });
    expect(sectionTexts(blocksOf(contacts, DUE_AT))[0]).toBe('<!here> <@U0DPO> <@U0CISO>');
    expect(renderEscalation(contacts, new Date(DUE_AT), BUCHAREST).text).toMatch(/^<!here> <@U0DPO> <@U0CISO> /);
  });

  it('adds no mention line when nobody is mentioned', () => {
    expect(sectionTexts(blocksOf(aMessage(), DUE_AT))).toHaveLength(1);
  });

  it('states the current decision', () => {
    expect(contextTexts(blocksOf(aMessage(), DUE_AT))).toEqual(['Risk: high risk · notify authority: yes · notify people: yes']);
  });

  it('marks a decision the DPO overrode', () => {
    const decision = { riskLevel: 'unlikely', notifyAuthority: false, notifyDataSubjects: false, overridden: true } as const;
    expect(contextTexts(blocksOf(aMessage({ decision }), DUE_AT))).toEqual([
      'Risk: unlikely to result in a risk · notify authority: no · notify people: no (DPO override)',
    ]);
  });

  it('says when the incident is not assessed yet', () => {
    expect(contextTexts(blocksOf(aMessage({ decision: null }), DUE_AT))).toEqual(['Risk: not assessed yet']);
  });

  it('lists on a catch-up line the alerts that fell due while the service was down', () => {
    const caughtUp = { ...art33, level: 'overdue_1', supersededLevels: ['left_2h', 'overdue_0'] };
    const [clock] = sectionTexts(blocksOf(aMessage({ kind: 'overdue', clocks: [caughtUp] }), '2026-10-27T13:00:00Z'));
    expect(clock).toContain('_Passed while Breach Desk was down: 2 h left, the deadline_');
  });

  it('gives one section per clock, each with its own regime name', () => {
    const clocks: EscalationClockLine[] = [
      art33,
      { ...art33, key: 'nis2_early_warning', regime: 'nis2_early_warning', recipient: 'CSIRT (DNSC)' },
      { ...art33, key: 'processor_to_controller:0', regime: 'processor_to_controller', recipient: 'Acme SRL' },
    ];
    const sections = sectionTexts(blocksOf(aMessage({ clocks }), '2026-10-26T07:00:00Z'));
    expect(sections.map((text) => text.split('*')[1])).toEqual([
      'GDPR Art. 33 notice',
      'NIS2 early warning',
      'Processor → controller warning',
    ]);
  });

  it('stays within Slack’s 50 blocks however many clocks an incident has', () => {
    const clocks = Array.from({ length: 60 }, (_, i) => ({ ...art33, key: `processor_to_controller:${i}` }));
    const blocks = blocksOf(aMessage({ clocks, mentions: ['U0DPO'] }), DUE_AT);
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(contextTexts(blocks)).toContain('…and 15 more clocks');
  });

  it('writes a plain-text fallback with the reference, title, and each clock’s regime, UTC due time and time left', () => {
    const { text } = renderEscalation(aMessage(), new Date('2026-10-26T07:00:00Z'), BUCHAREST);
    expect(text).toBe(
      '⏰ Reminder: BR-2026-0001 · Call recordings bucket exposed\n' + '• GDPR Art. 33 notice: due 27 Oct 2026, 07:00 UTC, 1d 0h 0m left',
    );
  });

  it('escapes what people typed, so a title cannot page the channel', () => {
    const message = aMessage({
      incident: { ...aMessage().incident, title: '<!channel> laptop & <b>' },
      clocks: [{ ...art33, recipient: '<@U0EVIL>' }],
    });
    const { text, blocks } = renderEscalation(message, new Date(DUE_AT), BUCHAREST);
    expect(text).toContain('&lt;!channel&gt; laptop &amp; &lt;b&gt;');
    expect(sectionTexts(blocks as Block[])[0]).toContain('to &lt;@U0EVIL&gt;');
  });
});
