import { SECTORS, type Sector } from '../../risk/facts.js';
import { type ClockAssessment, type ClockInput, type ClockSpec, DEFAULT_CLOCK_SETTINGS } from './clock-spec.js';
import { computeClocks } from './compute-clocks.js';

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

  it('keep their own sector clocks', () => {
    const clocks = computeClocks(anInput({ role: 'processor', affectedControllers, sectors: ['nis2_important'] }));
    expect(clocks.map((c) => c.key)).toEqual([
      'processor_to_controller:0',
      'processor_to_controller:1',
      'nis2_early_warning',
      'nis2_notification',
      'nis2_final_report',
    ]);
  });
});

describe('sector clocks', () => {
  const EPRIVACY = 'Commission Regulation (EU) 611/2013';
  const NIS2 = 'Directive (EU) 2022/2555';
  const DORA = 'Regulation (EU) 2022/2554';
  const DORA_RTS = 'Delegated Regulation (EU) 2025/301 Art. 5';
  const SUPERVISOR = 'financial supervisor (BNR or ASF)';

  it.each<[Sector, string, string, string | null, string, string]>([
    ['electronic_communications', 'eprivacy_initial', 'ANSPDCP', 'authority', `${EPRIVACY} Art. 2(2)`, '2026-10-25T07:00'],
    ['electronic_communications', 'eprivacy_second_phase', 'ANSPDCP', 'authority', `${EPRIVACY} Art. 2(3)`, '2026-10-28T07:00'],
    ['nis2_essential', 'nis2_early_warning', 'CSIRT (DNSC)', null, `${NIS2} Art. 23(4)(a)`, '2026-10-25T07:00'],
    ['nis2_essential', 'nis2_notification', 'CSIRT (DNSC)', null, `${NIS2} Art. 23(4)(b)`, '2026-10-27T07:00'],
    ['nis2_important', 'nis2_final_report', 'CSIRT (DNSC)', null, `${NIS2} Art. 23(4)(d)`, '2026-11-27T07:00'],
    ['financial_dora', 'dora_initial', SUPERVISOR, null, `${DORA} Art. 19(4)(a); ${DORA_RTS}`, '2026-10-25T07:00'],
    ['financial_dora', 'dora_intermediate', SUPERVISOR, null, `${DORA} Art. 19(4)(b); ${DORA_RTS}`, '2026-10-28T07:00'],
    ['financial_dora', 'dora_final', SUPERVISOR, null, `${DORA} Art. 19(4)(c); ${DORA_RTS}`, '2026-11-28T07:00'],
  ])('%s runs %s to %s (%s notice) under %s, due %sZ when nothing is met yet', (...row) => {
    const [sector, key, recipient, noticeKind, legalBasis, dueAt] = row;
    const spec = clock(computeClocks(anInput({ sectors: [sector], assessment: assessed('unlikely') })), key);
    expect(spec).toMatchObject({ regime: key, recipient, noticeKind, legalBasis, required: true });
    expect(spec.dueAt.toISOString()).toBe(`${dueAt}:00.000Z`);
  });

  it.each([
    ['eprivacy_second_phase', 'eprivacy_initial', '2026-10-24T15:30:00Z', '2026-10-27T15:30:00.000Z'],
    ['nis2_final_report', 'nis2_notification', '2026-10-26T09:15:00Z', '2026-11-26T09:15:00.000Z'],
    ['dora_intermediate', 'dora_initial', '2026-10-24T12:00:00Z', '2026-10-27T12:00:00.000Z'],
  ])('%s counts from the %s actually submitted', (key, earlierKey, submittedAt, dueAt) => {
    const sectors: Sector[] = ['electronic_communications', 'nis2_essential', 'financial_dora'];
    const clocks = computeClocks(anInput({ sectors, metAt: { [earlierKey]: new Date(submittedAt) } }));
    expect(clock(clocks, key).startsAt).toEqual(new Date(submittedAt));
    expect(clock(clocks, key).dueAt.toISOString()).toBe(dueAt);
  });

  it('chains the DORA final report through the intermediate report actually submitted', () => {
    const metAt = { dora_initial: new Date('2026-10-24T12:00:00Z'), dora_intermediate: new Date('2027-01-31T08:00:00Z') };
    const clocks = computeClocks(anInput({ sectors: ['financial_dora'], metAt }));
    expect(clock(clocks, 'dora_final').dueAt.toISOString()).toBe('2027-02-28T08:00:00.000Z');
  });

  it.each([
    ['2026-12-31T10:00:00Z', '2027-01-31T10:00:00.000Z'],
    ['2027-01-31T10:00:00Z', '2027-02-28T10:00:00.000Z'],
    ['2028-01-30T23:59:59Z', '2028-02-29T23:59:59.000Z'],
    ['2026-03-31T06:00:00Z', '2026-04-30T06:00:00.000Z'],
  ])('counts one calendar month in UTC from a notification on %s to %s', (notifiedAt, dueAt) => {
    const clocks = computeClocks(anInput({ sectors: ['nis2_essential'], metAt: { nis2_notification: new Date(notifiedAt) } }));
    expect(clock(clocks, 'nis2_final_report').dueAt.toISOString()).toBe(dueAt);
  });

  it('sends ePrivacy notifications to the national authority even for a cross-border breach', () => {
    const input = anInput({
      sectors: ['electronic_communications'],
      crossBorder: { memberStates: ['DE'] },
      settings: { ...DEFAULT_CLOCK_SETTINGS, leadAuthority: 'BfDI' },
    });
    expect(clock(computeClocks(input), 'eprivacy_initial').recipient).toBe('ANSPDCP');
  });

  it('runs the NIS2 clocks once for an entity listed as both essential and important', () => {
    const keys = computeClocks(anInput({ sectors: ['nis2_essential', 'nis2_important'] })).map((c) => c.key);
    const nis2Keys = keys.filter((key) => key.startsWith('nis2_'));
    expect(nis2Keys).toEqual(['nis2_early_warning', 'nis2_notification', 'nis2_final_report']);
  });
});

it('gives every clock of an incident its own key', () => {
  const clocks = computeClocks(anInput({ sectors: [...SECTORS] }));
  expect(clocks).toHaveLength(10);
  expect(new Set(clocks.map((c) => c.key)).size).toBe(clocks.length);
});
