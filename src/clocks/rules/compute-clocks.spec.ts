import { SECTORS, type Sector } from '../../risk/facts.js';
import { type ClockAssessment, type ClockInput, type ClockSpec } from './clock-spec.js';
import { DEFAULT_CLOCK_SETTINGS } from '../../organisation/organisation.js';
import { computeClocks, noticeClockKey, replanFilingPhases } from './compute-clocks.js';

const AWARE_AT = new Date('2026-10-24T10:00:00+03:00');

function anInput(overrides: Partial<ClockInput> = {}): ClockInput {
  return {
    awareAt: AWARE_AT,
    role: 'controller',
    sectors: [],
    assessment: null,
    metAt: {},
    settings: DEFAULT_CLOCK_SETTINGS,
    ...overrides,
  };
}

const assessed = (riskLevel: ClockAssessment['riskLevel'], overrides: Partial<ClockAssessment> = {}): ClockAssessment => ({
  riskLevel,
  notifyAuthority: riskLevel !== 'unlikely',
  notifyDataSubjects: riskLevel === 'high_risk',
  ...overrides,
});

function clock(clocks: ClockSpec[], key: string): ClockSpec {
  const found = clocks.find((c) => c.key === key);
  if (!found) throw new Error(`no clock ${key} among ${clocks.map((c) => c.key).join(', ')}`);
  return found;
}

describe('GDPR Art. 33 clock', () => {
  it('is due 72 elapsed hours after awareness, across the end of summer time', () => {
    const art33 = clock(computeClocks(anInput()), 'gdpr_art33');
    expect(art33.startsAt).toEqual(AWARE_AT);
    expect(art33.dueAt.toISOString()).toBe('2026-10-27T07:00:00.000Z');
  });

  it('is exact to the second', () => {
    const art33 = clock(computeClocks(anInput({ awareAt: new Date('2026-10-24T10:00:07+03:00') })), 'gdpr_art33');
    expect(art33.dueAt.toISOString()).toBe('2026-10-27T07:00:07.000Z');
  });

  it('goes to ANSPDCP under GDPR Art. 33(1), as an authority notice', () => {
    expect(clock(computeClocks(anInput()), 'gdpr_art33')).toMatchObject({
      regime: 'gdpr_art33',
      recipient: 'ANSPDCP',
      noticeKind: 'authority',
      legalBasis: 'GDPR Art. 33(1)',
    });
  });

  it('runs before any assessment exists', () => {
    expect(clock(computeClocks(anInput({ assessment: null })), 'gdpr_art33').required).toBe(true);
  });

  it('is not required when the assessment finds a risk unlikely, and says why', () => {
    const art33 = clock(computeClocks(anInput({ assessment: assessed('unlikely') })), 'gdpr_art33');
    expect(art33.required).toBe(false);
    expect(art33.notRequiredReason).toMatch(/unlikely to result in a risk.*Art\. 33\(5\)/);
  });

  it.each([
    [undefined, 'ANSPDCP'],
    [['RO'], 'ANSPDCP'],
    [['ro', 'HU'], 'ANSPDCP (lead authority to be confirmed)'],
  ])('with member states %j and no lead authority goes to %s', (memberStates, recipient) => {
    const crossBorder = memberStates && { memberStates };
    expect(clock(computeClocks(anInput({ crossBorder })), 'gdpr_art33').recipient).toBe(recipient);
  });

  it('goes to the lead authority of a cross-border breach when it is known', () => {
    const settings = { ...DEFAULT_CLOCK_SETTINGS, leadAuthority: 'CNIL' };
    const input = anInput({ crossBorder: { memberStates: ['BG'] }, settings });
    expect(clock(computeClocks(input), 'gdpr_art33').recipient).toBe('CNIL');
  });
});

describe('GDPR Art. 34 clock', () => {
  const highRiskSince = new Date('2026-10-25T08:00:00Z');

  it('counts from the high-risk finding, in the organisation’s hours', () => {
    const input = anInput({
      assessment: assessed('high_risk'),
      highRiskSince,
      settings: { ...DEFAULT_CLOCK_SETTINGS, dataSubjectsHours: 48 },
    });
    expect(clock(computeClocks(input), 'gdpr_art34')).toMatchObject({
      recipient: 'data subjects',
      noticeKind: 'data_subjects',
      legalBasis: 'GDPR Art. 34(1)',
      startsAt: highRiskSince,
      dueAt: new Date('2026-10-27T08:00:00Z'),
      required: true,
    });
  });

  it('counts from awareness when the moment of the high-risk finding is unknown', () => {
    const art34 = clock(computeClocks(anInput({ assessment: assessed('high_risk') })), 'gdpr_art34');
    expect(art34.dueAt.toISOString()).toBe('2026-10-27T07:00:00.000Z');
  });

  it.each([
    ['no assessment yet', null, /awaiting the risk assessment/],
    ['a risk that is not high', assessed('risk'), /no high risk.*"risk"/],
    ['a risk that is unlikely', assessed('unlikely'), /no high risk.*"unlikely"/],
    [
      'an Art. 34(3) exemption',
      assessed('high_risk', { notifyDataSubjects: false, exemptions: ['art34_3_a'] }),
      /exempt under Art\. 34\(3\)\(a\)/,
    ],
    [
      'no communication needed, no exemption named',
      assessed('high_risk', { notifyDataSubjects: false }),
      /no communication to data subjects needed/,
    ],
  ])('is shown but not required with %s', (_case, assessment, reason) => {
    const art34 = clock(computeClocks(anInput({ assessment, highRiskSince })), 'gdpr_art34');
    expect(art34.required).toBe(false);
    expect(art34.notRequiredReason).toMatch(reason);
  });
});

describe('processor incidents', () => {
  const affectedControllers = [
    { name: 'Clinica Alfa SRL', contact: 'dpo@alfa.ro', noticeHours: 24 },
    { name: 'Banca Beta SA', contact: 'dpo@beta.ro', noticeHours: 12 },
  ];

  it('stay under the GDPR for an e-communications provider’s processor: it warns the provider, which files under ePrivacy', () => {
    const input = anInput({
      role: 'processor',
      affectedControllers,
      sectors: ['electronic_communications'],
      dataCategories: ['communications_content'],
    });
    expect(computeClocks(input).map((c) => c.key)).toEqual(['processor_to_controller:0', 'processor_to_controller:1']);
  });

  it('give one controller clock per affected controller, in its contractual window, and no Art. 33/34 clocks', () => {
    const clocks = computeClocks(anInput({ role: 'processor', affectedControllers, assessment: assessed('unlikely') }));
    expect(clocks.map((c) => [c.key, c.recipient, c.dueAt.toISOString(), c.required])).toEqual([
      ['processor_to_controller:0', 'Clinica Alfa SRL', '2026-10-25T07:00:00.000Z', true],
      ['processor_to_controller:1', 'Banca Beta SA', '2026-10-24T19:00:00.000Z', true],
    ]);
    expect(clocks.every((c) => c.noticeKind === 'controller' && c.legalBasis === 'GDPR Art. 33(2)')).toBe(true);
  });

  it('still run a controller clock when no controller is named yet', () => {
    expect(computeClocks(anInput({ role: 'processor' }))).toEqual([
      expect.objectContaining({
        key: 'processor_to_controller:unnamed',
        recipient: 'the controller (not named yet)',
        dueAt: new Date('2026-10-25T07:00:00Z'),
      }),
    ]);
  });

  it('keep their own NIS2 clocks once the incident is significant', () => {
    const classifications = { nis2: { significant: true, classifiedAt: AWARE_AT } };
    const clocks = computeClocks(anInput({ role: 'processor', affectedControllers, sectors: ['nis2_important'], classifications }));
    expect(clocks.map((c) => c.key)).toEqual([
      'processor_to_controller:0',
      'processor_to_controller:1',
      'nis2_early_warning',
      'nis2_notification',
      'nis2_final_report',
    ]);
  });
});

describe('an incident of both roles (issue #15)', () => {
  const affectedControllers = [
    { name: 'Shop Alpha SRL', contact: 'dpo@alpha.test', noticeHours: 24 },
    { name: 'Beta Clinic SRL', contact: 'dpo@beta.test', noticeHours: 48 },
  ];
  const both: Partial<ClockInput> = { role: 'controller', roles: ['controller', 'processor'], affectedControllers };

  it('runs the controller’s Art. 33 clock for our part and a warning clock per customer at its own window', () => {
    const clocks = computeClocks(anInput({ ...both, assessment: assessed('risk') }));
    expect(clocks.map((c) => [c.key, c.recipient, c.dueAt.toISOString(), c.required])).toEqual([
      ['gdpr_art33', 'ANSPDCP', '2026-10-27T07:00:00.000Z', true],
      ['gdpr_art34', 'data subjects', expect.any(String), false],
      ['processor_to_controller:0', 'Shop Alpha SRL', '2026-10-25T07:00:00.000Z', true],
      ['processor_to_controller:1', 'Beta Clinic SRL', '2026-10-26T07:00:00.000Z', true],
    ]);
  });

  it('keeps warning the customers when our own part needs no notice', () => {
    const clocks = computeClocks(anInput({ ...both, assessment: assessed('unlikely') }));
    expect(clocks.filter((c) => c.required).map((c) => c.key)).toEqual(['processor_to_controller:0', 'processor_to_controller:1']);
  });

  it('puts our own e-communications data under the 24-hour ePrivacy clock, and still warns each customer', () => {
    const clocks = computeClocks(anInput({ ...both, regime: 'eprivacy', assessment: assessed('risk') }));
    expect(clocks.filter((c) => c.required).map((c) => [c.key, c.dueAt.toISOString()])).toEqual([
      ['processor_to_controller:0', '2026-10-25T07:00:00.000Z'],
      ['processor_to_controller:1', '2026-10-26T07:00:00.000Z'],
      ['eprivacy_subscribers', expect.any(String)],
      ['eprivacy_initial', '2026-10-25T07:00:00.000Z'],
      ['eprivacy_second_phase', expect.any(String)],
    ]);
  });
});

const SIGNIFICANT = { nis2: { significant: true, classifiedAt: AWARE_AT }, dora: { major: true, classifiedAt: AWARE_AT } };
const EPRIVACY_BREACH: Partial<ClockInput> = { sectors: ['electronic_communications'], dataCategories: ['communications_content'] };

describe('the electronic-communications regime (Law 506/2004 art. 3^1, Reg. 611/2013, GDPR Art. 95)', () => {
  it('replaces Art. 33/34 for call content of an e-communications provider: both shown, not required, citing Art. 95', () => {
    const clocks = computeClocks(anInput({ ...EPRIVACY_BREACH, assessment: assessed('high_risk') }));
    for (const key of ['gdpr_art33', 'gdpr_art34']) {
      expect(clock(clocks, key)).toMatchObject({ required: false, notRequiredReason: expect.stringMatching(/^GDPR Art\. 95/) });
    }
    expect(clocks.filter((c) => c.required).map((c) => c.key)).toEqual([
      'eprivacy_subscribers',
      'eprivacy_initial',
      'eprivacy_second_phase',
    ]);
  });

  it('notifies ANSPDCP within 24 h of awareness whatever the risk, and the full notification 3 days after the initial one', () => {
    const clocks = computeClocks(anInput({ ...EPRIVACY_BREACH, assessment: assessed('unlikely') }));
    expect(clock(clocks, 'eprivacy_initial')).toMatchObject({
      recipient: 'ANSPDCP',
      noticeKind: 'authority',
      legalBasis: 'Law 506/2004 art. 3^1(1); Commission Regulation (EU) 611/2013 Art. 2(2)',
      dueAt: new Date('2026-10-25T07:00:00Z'),
      required: true,
    });
    expect(clock(clocks, 'eprivacy_second_phase')).toMatchObject({
      legalBasis: 'Commission Regulation (EU) 611/2013 Art. 2(3)',
      startsAt: new Date('2026-10-25T07:00:00Z'),
      dueAt: new Date('2026-10-28T07:00:00Z'),
    });
  });

  it.each([
    ['no assessment yet', null, false],
    ['a risk unlikely to adversely affect anyone', assessed('unlikely'), false],
    ['a risk that is not high', assessed('risk'), true],
    ['a high risk', assessed('high_risk'), true],
  ])('tells subscribers (611/2013 Art. 3) with %s: required %s', (_case, assessment, required) => {
    const subscribers = clock(computeClocks(anInput({ ...EPRIVACY_BREACH, assessment })), 'eprivacy_subscribers');
    expect(subscribers).toMatchObject({ recipient: 'subscribers or individuals', noticeKind: 'data_subjects', required });
    expect(subscribers.legalBasis).toContain('611/2013 Art. 3');
  });

  it('keeps the GDPR for the same provider’s other data (its staff, its website leads)', () => {
    const clocks = computeClocks(
      anInput({ sectors: ['electronic_communications'], dataCategories: ['identity', 'contact', 'professional'] }),
    );
    expect(clock(clocks, 'gdpr_art33').required).toBe(true);
    expect(clocks.some((c) => c.key.startsWith('eprivacy_'))).toBe(false);
  });

  it('follows the responder’s statement of the regime over the default, either way', () => {
    const subscriberBilling = computeClocks(
      anInput({ sectors: ['electronic_communications'], dataCategories: ['identity', 'financial'], regime: 'eprivacy' }),
    );
    expect(clock(subscriberBilling, 'eprivacy_initial').required).toBe(true);
    const staffPhones = computeClocks(anInput({ ...EPRIVACY_BREACH, regime: 'gdpr' }));
    expect(clock(staffPhones, 'gdpr_art33').required).toBe(true);
    expect(staffPhones.some((c) => c.key.startsWith('eprivacy_'))).toBe(false);
  });

  it('sends ePrivacy notifications to the national authority even for a cross-border breach', () => {
    const input = anInput({
      ...EPRIVACY_BREACH,
      crossBorder: { memberStates: ['DE'] },
      settings: { ...DEFAULT_CLOCK_SETTINGS, leadAuthority: 'BfDI' },
    });
    expect(clock(computeClocks(input), 'eprivacy_initial').recipient).toBe('ANSPDCP');
  });
});

describe('NIS2 and DORA clocks (only once the incident is significant / major)', () => {
  const NIS2 = 'Directive (EU) 2022/2555';
  const DORA = 'Regulation (EU) 2022/2554';
  const DORA_RTS = 'Delegated Regulation (EU) 2025/301 Art. 5';
  const SUPERVISOR = 'financial supervisor (BNR or ASF)';

  it.each<[Sector[]]>([[['nis2_essential']], [['nis2_important']], [['electronic_communications']], [['financial_dora']]])(
    'starts no NIS2 or DORA clock for %j until the incident is classified',
    (sectors) => {
      expect(computeClocks(anInput({ sectors })).filter((c) => /^(nis2|dora)_/.test(c.key))).toEqual([]);
    },
  );

  it('starts none when the incident is classified not significant / not major', () => {
    const classifications = { nis2: { significant: false, classifiedAt: AWARE_AT }, dora: { major: false, classifiedAt: AWARE_AT } };
    const clocks = computeClocks(anInput({ sectors: ['nis2_essential', 'financial_dora'], classifications }));
    expect(clocks.filter((c) => /^(nis2|dora)_/.test(c.key))).toEqual([]);
  });

  it('puts a public e-communications provider in NIS2 scope whatever its size (Art. 2(2)(a)(i))', () => {
    const keys = computeClocks(anInput({ sectors: ['electronic_communications'], classifications: SIGNIFICANT })).map((c) => c.key);
    expect(keys.filter((k) => k.startsWith('nis2_'))).toEqual(['nis2_early_warning', 'nis2_notification', 'nis2_final_report']);
  });

  it.each<[Sector, string, string, string]>([
    ['nis2_essential', 'nis2_early_warning', `${NIS2} Art. 23(4)(a)`, '2026-10-26T09:00'],
    ['nis2_essential', 'nis2_notification', `${NIS2} Art. 23(4)(b)`, '2026-10-28T09:00'],
    ['nis2_important', 'nis2_final_report', `${NIS2} Art. 23(4)(d)`, '2026-11-28T09:00'],
  ])('%s: %s (%s) counts from becoming aware the incident is significant, due %sZ', (sector, key, legalBasis, dueAt) => {
    const classifiedAt = new Date('2026-10-25T09:00:00Z');
    const spec = clock(computeClocks(anInput({ sectors: [sector], classifications: { nis2: { significant: true, classifiedAt } } })), key);
    expect(spec).toMatchObject({ regime: key, recipient: 'CSIRT (DNSC)', noticeKind: null, legalBasis, required: true });
    expect(spec.dueAt.toISOString()).toBe(`${dueAt}:00.000Z`);
  });

  it.each([
    ['classified 2 h after awareness: 4 h after the classification', '2026-10-24T09:00:00Z', '2026-10-24T13:00:00.000Z'],
    ['classified 22 h after awareness: 24 h after awareness at the latest', '2026-10-25T05:00:00Z', '2026-10-25T07:00:00.000Z'],
  ])('DORA initial notification, %s (RTS 2025/301 Art. 5(a))', (_case, classifiedAt, dueAt) => {
    const classifications = { dora: { major: true, classifiedAt: new Date(classifiedAt) } };
    const initial = clock(computeClocks(anInput({ sectors: ['financial_dora'], classifications })), 'dora_initial');
    expect(initial).toMatchObject({
      recipient: SUPERVISOR,
      legalBasis: `${DORA} Art. 19(4)(a); ${DORA_RTS}(a)`,
      startsAt: new Date(classifiedAt),
    });
    expect(initial.dueAt.toISOString()).toBe(dueAt);
  });

  it.each([
    ['eprivacy_second_phase', 'eprivacy_initial', '2026-10-24T15:30:00Z', '2026-10-27T15:30:00.000Z'],
    ['nis2_final_report', 'nis2_notification', '2026-10-26T09:15:00Z', '2026-11-26T09:15:00.000Z'],
    ['dora_intermediate', 'dora_initial', '2026-10-24T12:00:00Z', '2026-10-27T12:00:00.000Z'],
  ])('%s counts from the %s actually submitted', (key, earlierKey, submittedAt, dueAt) => {
    const sectors: Sector[] = ['electronic_communications', 'nis2_essential', 'financial_dora'];
    const clocks = computeClocks(
      anInput({ ...EPRIVACY_BREACH, sectors, classifications: SIGNIFICANT, metAt: { [earlierKey]: new Date(submittedAt) } }),
    );
    expect(clock(clocks, key).startsAt).toEqual(new Date(submittedAt));
    expect(clock(clocks, key).dueAt.toISOString()).toBe(dueAt);
  });

  it('counts the DORA final report from the latest updated intermediate report', () => {
    const metAt = { dora_initial: new Date('2026-10-24T12:00:00Z'), dora_intermediate: new Date('2026-10-26T08:00:00Z') };
    const lastFiledAt = { dora_intermediate: new Date('2027-01-31T08:00:00Z') };
    const clocks = computeClocks(anInput({ sectors: ['financial_dora'], classifications: SIGNIFICANT, metAt, lastFiledAt }));
    expect(clock(clocks, 'dora_final').dueAt.toISOString()).toBe('2027-02-28T08:00:00.000Z');
  });

  it.each([
    ['2026-12-31T10:00:00Z', '2027-01-31T10:00:00.000Z'],
    ['2027-01-31T10:00:00Z', '2027-02-28T10:00:00.000Z'],
    ['2028-01-30T23:59:59Z', '2028-02-29T23:59:59.000Z'],
    ['2026-03-31T06:00:00Z', '2026-04-30T06:00:00.000Z'],
  ])('counts one calendar month in UTC from a notification on %s to %s', (notifiedAt, dueAt) => {
    const clocks = computeClocks(
      anInput({ sectors: ['nis2_essential'], classifications: SIGNIFICANT, metAt: { nis2_notification: new Date(notifiedAt) } }),
    );
    expect(clock(clocks, 'nis2_final_report').dueAt.toISOString()).toBe(dueAt);
  });

  it('runs the NIS2 clocks once for an entity listed as both essential and important', () => {
    const keys = computeClocks(anInput({ sectors: ['nis2_essential', 'nis2_important'], classifications: SIGNIFICANT })).map((c) => c.key);
    expect(keys.filter((key) => key.startsWith('nis2_'))).toEqual(['nis2_early_warning', 'nis2_notification', 'nis2_final_report']);
  });
});

describe('noticeClockKey', () => {
  const gdprClocks = [
    { key: 'gdpr_art33', state: 'running' },
    { key: 'gdpr_art34', state: 'not_required' },
  ];
  const ePrivacyClocks = [
    { key: 'gdpr_art33', state: 'not_required' },
    { key: 'eprivacy_initial', state: 'running' },
  ];

  it('meets the GDPR clocks under the GDPR', () => {
    expect(noticeClockKey('authority', gdprClocks, false)).toBe('gdpr_art33');
    expect(noticeClockKey('data_subjects', gdprClocks, false)).toBe('gdpr_art34');
  });

  it('meets the 611/2013 clocks under ePrivacy: initial, second phase for a completing notice, subscribers for the letter', () => {
    expect(noticeClockKey('authority', ePrivacyClocks, false)).toBe('eprivacy_initial');
    expect(noticeClockKey('authority', ePrivacyClocks, true)).toBe('eprivacy_second_phase');
    expect(noticeClockKey('data_subjects', ePrivacyClocks, false)).toBe('eprivacy_subscribers');
  });

  it('lets the e-communications notice kinds name their own clocks', () => {
    expect(noticeClockKey('eprivacy_authority', gdprClocks, false)).toBe('eprivacy_initial');
    expect(noticeClockKey('eprivacy_subscribers', gdprClocks, false)).toBe('eprivacy_subscribers');
  });
});

describe('replanFilingPhases', () => {
  it('moves the phases after a filing, following a chain through: DORA initial filed → intermediate and final move', () => {
    const before = computeClocks(anInput({ sectors: ['financial_dora'], classifications: SIGNIFICANT }));
    const filedAt = new Date('2026-10-24T09:30:00Z');
    const after = replanFilingPhases(before, { metAt: { dora_initial: filedAt } });
    const recomputed = computeClocks(
      anInput({ sectors: ['financial_dora'], classifications: SIGNIFICANT, metAt: { dora_initial: filedAt } }),
    );
    expect(after.map((c) => [c.key, c.dueAt.toISOString()])).toEqual(recomputed.map((c) => [c.key, c.dueAt.toISOString()]));
    expect(clock(after as ClockSpec[], 'dora_intermediate').dueAt.toISOString()).toBe('2026-10-27T09:30:00.000Z');
    expect(clock(after as ClockSpec[], 'dora_final').dueAt.toISOString()).toBe('2026-11-27T09:30:00.000Z');
  });
});

it('gives every clock of an incident its own key', () => {
  const clocks = computeClocks(anInput({ ...EPRIVACY_BREACH, sectors: [...SECTORS], classifications: SIGNIFICANT }));
  expect(clocks).toHaveLength(11);
  expect(new Set(clocks.map((c) => c.key)).size).toBe(clocks.length);
});
