// Every legal deadline of an incident, from its facts and assessment (docs/clocks.md). Pure.
import type { Exemption } from '../../risk/assessment.js';
import type { BreachRegime, IncidentRole } from '../../risk/facts.js';
import type { ClockAssessment, ClockInput, ClockNoticeKind, ClockRegime, ClockSettings, ClockSpec } from './clock-spec.js';
import { addHours, addPeriod, type Period } from './periods.js';
import { breachRegime, inNis2Scope } from './regime.js';

export const DEFAULT_CONTROLLER_NOTICE_HOURS = 24;
const ART33_HOURS = 72;
const HOME_MEMBER_STATE = 'RO';

export function computeClocks(input: ClockInput): ClockSpec[] {
  const regime = breachRegime(input);
  return [
    ...(input.roles ?? [input.role]).flatMap((role) => GDPR_CLOCKS_BY_ROLE[role](input, regime)),
    ...(regime === 'eprivacy' ? [subscribersClock(input)] : []),
    ...phaseClocks(input, regime),
  ];
}

// Art. 33(2): a processor's duty is to tell its controllers; Art. 33 and 34 are then the controllers' clocks.
const GDPR_CLOCKS_BY_ROLE: Record<IncidentRole, (input: ClockInput, regime: BreachRegime) => ClockSpec[]> = {
  controller: (input, regime) => [art33Clock(input, regime), art34Clock(input, regime)],
  processor: processorClocks,
};

// Shown, not required: the team sees why there is no 72-hour clock.
const ART95_REASON =
  'GDPR Art. 95: a breach of data processed in providing a publicly available electronic communications service ' +
  'is notified under Law 506/2004 art. 3^1 and Reg. (EU) 611/2013 instead (the eprivacy_* clocks)';

function requirement(notRequiredReason: string | undefined): Pick<ClockSpec, 'required' | 'notRequiredReason'> {
  return notRequiredReason === undefined ? { required: true } : { required: false, notRequiredReason };
}

function art33Clock({ awareAt, assessment, crossBorder, settings }: ClockInput, regime: BreachRegime): ClockSpec {
  return {
    key: 'gdpr_art33',
    regime: 'gdpr_art33',
    recipient: supervisoryAuthority(settings, crossBorder?.memberStates ?? []),
    noticeKind: 'authority',
    legalBasis: 'GDPR Art. 33(1)',
    // Art. 33(1): counted from awareness, not occurrence
    startsAt: awareAt,
    dueAt: addHours(awareAt, ART33_HOURS),
    // Before an assessment exists the clock runs: missing a deadline costs more than a needless notice.
    ...requirement(
      regime === 'eprivacy'
        ? ART95_REASON
        : assessment?.notifyAuthority === false
          ? 'the assessment found no authority notice needed (Art. 33(1): unlikely to result in a risk to people); ' +
            'record the breach in the register (Art. 33(5))'
          : undefined,
    ),
  };
}

function supervisoryAuthority(settings: ClockSettings, memberStates: string[]): string {
  const crossesBorders = memberStates.some((state) => state.toUpperCase() !== HOME_MEMBER_STATE);
  if (!crossesBorders) return settings.authority;
  // Art. 56(1): a cross-border breach goes to the lead authority of the main establishment.
  return settings.leadAuthority ?? `${settings.authority} (lead authority to be confirmed)`;
}

function art34Clock({ awareAt, assessment, highRiskSince, settings }: ClockInput, regime: BreachRegime): ClockSpec {
  const isHighRisk = assessment?.riskLevel === 'high_risk';
  const startsAt = (isHighRisk && highRiskSince) || awareAt;
  return {
    key: 'gdpr_art34',
    regime: 'gdpr_art34',
    recipient: 'data subjects',
    noticeKind: 'data_subjects',
    legalBasis: 'GDPR Art. 34(1)',
    startsAt,
    dueAt: addHours(startsAt, settings.dataSubjectsHours),
    ...requirement(regime === 'eprivacy' ? ART95_REASON : art34NotRequiredReason(assessment)),
  };
}

const EXEMPTION_GROUNDS: Record<Exemption, string> = {
  art34_3_a: 'Art. 34(3)(a): the data is unintelligible to anyone not authorised to see it',
  art34_3_b: 'Art. 34(3)(b): measures taken since make the high risk no longer likely',
  art34_3_c: 'Art. 34(3)(c): telling people one by one would take disproportionate effort',
};

function art34NotRequiredReason(assessment: ClockAssessment | null): string | undefined {
  if (assessment === null) return 'awaiting the risk assessment: Art. 34(1) applies only once a high risk is found';
  if (assessment.riskLevel !== 'high_risk') {
    return `the assessment found no high risk to people (risk level "${assessment.riskLevel}"), ` + 'so Art. 34(1) does not apply';
  }
  if (assessment.notifyDataSubjects) return undefined;
  const exemptions = assessment.exemptions ?? [];
  return exemptions.length > 0
    ? `exempt under ${exemptions.map((exemption) => EXEMPTION_GROUNDS[exemption]).join('; ')}`
    : 'the assessment found no communication to data subjects needed';
}

/** The key of the clock for warning a controller: by its place in affectedControllers, or 'unnamed' while none is. */
export function controllerClockKey(index: number | null): string {
  return `processor_to_controller:${index ?? 'unnamed'}`;
}

/**
 * The clock a notice meets once sent. Under the ePrivacy regime (an eprivacy_initial clock that applies) the
 * authority notice is the Reg. 611/2013 notification: the initial one, or the second phase when it completes an
 * earlier notice (Art. 2(3)); the letter to people is the notice to subscribers (Art. 3). The e-communications
 * notice kinds name their clocks whatever the regime says.
 */
export function noticeClockKey(
  kind: 'authority' | 'data_subjects' | 'eprivacy_authority' | 'eprivacy_subscribers',
  clocks: readonly { key: string; state: string }[],
  completesEarlierNotice: boolean,
): string {
  const ePrivacy =
    kind.startsWith('eprivacy_') || clocks.some((clock) => clock.key === 'eprivacy_initial' && clock.state !== 'not_required');
  if (!ePrivacy) return kind === 'authority' ? 'gdpr_art33' : 'gdpr_art34';
  if (kind === 'data_subjects' || kind === 'eprivacy_subscribers') return 'eprivacy_subscribers';
  return completesEarlierNotice ? 'eprivacy_second_phase' : 'eprivacy_initial';
}

function processorClocks({ awareAt, affectedControllers = [] }: ClockInput): ClockSpec[] {
  // With no controller named yet the duty still runs; the clock says who is missing.
  if (affectedControllers.length === 0) {
    const unnamed = 'the controller (not named yet)';
    return [controllerClock(controllerClockKey(null), unnamed, DEFAULT_CONTROLLER_NOTICE_HOURS, awareAt)];
  }
  return affectedControllers.map((controller, index) =>
    controllerClock(controllerClockKey(index), controller.name, controller.noticeHours, awareAt),
  );
}

function controllerClock(key: string, controllerName: string, noticeHours: number, awareAt: Date): ClockSpec {
  return {
    key,
    regime: 'processor_to_controller',
    recipient: controllerName,
    noticeKind: 'controller',
    legalBasis: 'GDPR Art. 33(2)',
    startsAt: awareAt,
    // Art. 33(2) says "without undue delay"; the processing agreement (Art. 28(3)(f)) puts a number on it.
    dueAt: addHours(awareAt, noticeHours),
    // Art. 33(2) has no risk threshold: the controller hears of every breach and does its own assessment.
    required: true,
  };
}

/**
 * Reg. (EU) 611/2013 art. 3(1): subscribers or individuals are told when the breach is likely to adversely
 * affect their personal data or privacy; art. 3(3): without undue delay after detection. "Adversely affect" is
 * a lower bar than the GDPR's high risk: any risk the assessment finds meets it. The art. 4 exemption
 * (technological protection measures) holds only once the provider has demonstrated them to ANSPDCP's
 * satisfaction, so it is the DPO's to record (not required, with that reason), never assumed.
 */
function subscribersClock({ awareAt, assessment, settings }: ClockInput): ClockSpec {
  return {
    key: 'eprivacy_subscribers',
    regime: 'eprivacy_subscribers',
    recipient: 'subscribers or individuals',
    noticeKind: 'data_subjects',
    legalBasis: 'Law 506/2004 art. 3^1(3); Commission Regulation (EU) 611/2013 Art. 3',
    startsAt: awareAt,
    dueAt: addHours(awareAt, settings.dataSubjectsHours),
    ...requirement(
      assessment === null
        ? 'awaiting the risk assessment: 611/2013 Art. 3(1) applies once the breach is likely to adversely affect people'
        : assessment.riskLevel === 'unlikely'
          ? 'the assessment found the breach unlikely to adversely affect people (Reg. 611/2013 Art. 3(1), 3(2))'
          : undefined,
    ),
  };
}

type Family = 'eprivacy' | 'nis2' | 'dora';

/** Where a phase counts from: awareness, the classification (NIS2, DORA), or an earlier phase's filing. */
type PhaseStart = { from: 'awareness' } | { from: 'classification' } | { from: 'filing'; of: ClockRegime; which: 'first' | 'latest' };

interface PhaseRule {
  regime: ClockRegime;
  family: Family;
  recipient: (settings: ClockSettings) => string;
  noticeKind: ClockNoticeKind;
  legalBasis: string;
  start: PhaseStart;
  period: Period;
  /** Whatever the start, due no later than this after awareness (DORA's initial notification). */
  latestAfterAwareness?: Period;
}

const CSIRT = (): string => 'CSIRT (DNSC)';
const FINANCIAL_SUPERVISOR = (): string => 'financial supervisor (BNR or ASF)';
const DORA_RTS = 'Delegated Regulation (EU) 2025/301 Art. 5';

// Each phase follows the one it counts from. A family's clocks exist only when it applies (familyStatus):
// nothing is started to be stopped by hand.
const PHASE_RULES: readonly PhaseRule[] = [
  {
    regime: 'eprivacy_initial',
    family: 'eprivacy',
    // No one-stop shop under the ePrivacy Directive: always the national authority.
    recipient: (settings) => settings.authority,
    noticeKind: 'authority',
    legalBasis: 'Law 506/2004 art. 3^1(1); Commission Regulation (EU) 611/2013 Art. 2(2)',
    // Art. 2(2): "detected" means sufficient awareness, i.e. the incident's awareAt.
    start: { from: 'awareness' },
    period: { hours: 24 },
  },
  {
    regime: 'eprivacy_second_phase',
    family: 'eprivacy',
    recipient: (settings) => settings.authority,
    noticeKind: 'authority',
    legalBasis: 'Commission Regulation (EU) 611/2013 Art. 2(3)',
    // "at the latest within 3 days after the initial notification"
    start: { from: 'filing', of: 'eprivacy_initial', which: 'first' },
    period: { hours: 72 },
  },
  {
    regime: 'nis2_early_warning',
    family: 'nis2',
    recipient: CSIRT,
    noticeKind: null,
    legalBasis: 'Directive (EU) 2022/2555 Art. 23(4)(a)',
    // "within 24 hours of becoming aware of the significant incident": from the significance finding.
    start: { from: 'classification' },
    period: { hours: 24 },
  },
  {
    regime: 'nis2_notification',
    family: 'nis2',
    recipient: CSIRT,
    noticeKind: null,
    legalBasis: 'Directive (EU) 2022/2555 Art. 23(4)(b)',
    start: { from: 'classification' },
    period: { hours: 72 },
  },
  {
    regime: 'nis2_final_report',
    family: 'nis2',
    recipient: CSIRT,
    noticeKind: null,
    legalBasis: 'Directive (EU) 2022/2555 Art. 23(4)(d)',
    // "not later than one month after the submission of the incident notification under point (b)"
    start: { from: 'filing', of: 'nis2_notification', which: 'first' },
    period: { months: 1 },
  },
  {
    regime: 'dora_initial',
    family: 'dora',
    recipient: FINANCIAL_SUPERVISOR,
    noticeKind: null,
    legalBasis: `Regulation (EU) 2022/2554 Art. 19(4)(a); ${DORA_RTS}(a)`,
    // RTS Art. 5(a): within 4 hours of the classification as major, no later than 24 hours after awareness.
    start: { from: 'classification' },
    period: { hours: 4 },
    latestAfterAwareness: { hours: 24 },
  },
  {
    regime: 'dora_intermediate',
    family: 'dora',
    recipient: FINANCIAL_SUPERVISOR,
    noticeKind: null,
    legalBasis: `Regulation (EU) 2022/2554 Art. 19(4)(b); ${DORA_RTS}(b)`,
    // RTS Art. 5(b): within 72 hours of the submission of the initial notification.
    start: { from: 'filing', of: 'dora_initial', which: 'first' },
    period: { hours: 72 },
  },
  {
    regime: 'dora_final',
    family: 'dora',
    recipient: FINANCIAL_SUPERVISOR,
    noticeKind: null,
    legalBasis: `Regulation (EU) 2022/2554 Art. 19(4)(c); ${DORA_RTS}(c)`,
    // RTS Art. 5(c): no later than one month after the latest updated intermediate report.
    start: { from: 'filing', of: 'dora_intermediate', which: 'latest' },
    period: { months: 1 },
  },
];

/** Whether each family applies, and its classification time: NIS2 and DORA only once found significant / major. */
function familyStatus(
  { sectors, classifications = {} }: ClockInput,
  regime: BreachRegime,
): Record<Family, { applies: boolean; classifiedAt?: Date }> {
  const { nis2, dora } = classifications;
  return {
    eprivacy: { applies: regime === 'eprivacy' },
    nis2: { applies: inNis2Scope(sectors) && nis2?.significant === true, classifiedAt: nis2?.classifiedAt },
    dora: { applies: sectors.includes('financial_dora') && dora?.major === true, classifiedAt: dora?.classifiedAt },
  };
}

function phaseClocks(input: ClockInput, regime: BreachRegime): ClockSpec[] {
  const families = familyStatus(input, regime);
  const clocks: ClockSpec[] = [];
  for (const rule of PHASE_RULES.filter((r) => families[r.family].applies)) {
    const startsAt = phaseStart(rule.start, families[rule.family].classifiedAt, clocks, input);
    const due = addPeriod(startsAt, rule.period);
    const outerLimit = rule.latestAfterAwareness && addPeriod(input.awareAt, rule.latestAfterAwareness);
    clocks.push({
      key: rule.regime,
      regime: rule.regime,
      recipient: rule.recipient(input.settings),
      noticeKind: rule.noticeKind,
      legalBasis: rule.legalBasis,
      startsAt,
      dueAt: outerLimit && outerLimit < due ? outerLimit : due,
      // Every personal data breach of a provider (611/2013 Art. 2(1)); NIS2 and DORA clocks exist only once significant / major.
      required: true,
    });
  }
  return clocks;
}

function phaseStart(start: PhaseStart, classifiedAt: Date | undefined, earlierClocks: readonly ClockSpec[], input: ClockInput): Date {
  switch (start.from) {
    case 'awareness':
      return input.awareAt;
    case 'classification':
      return classifiedAt ?? input.awareAt;
    case 'filing':
      return filingStart(start, earlierClocks, input);
  }
}

type Filings = Pick<ClockInput, 'metAt' | 'lastFiledAt'>;

function filingStart(
  start: Extract<PhaseStart, { from: 'filing' }>,
  earlierClocks: readonly Pick<ClockSpec, 'key' | 'dueAt'>[],
  filings: Filings,
): Date {
  const earlier = earlierClocks.find((clock) => clock.key === start.of);
  if (!earlier) throw new Error(`clock rule table: ${start.of} must come before the clocks counting from it`);
  const latest = start.which === 'latest' ? filings.lastFiledAt?.[start.of] : undefined;
  // Until the earlier report is made, its own deadline: the later phase is never due before it could be.
  return latest ?? filings.metAt[start.of] ?? earlier.dueAt;
}

/** The earlier phase whose filing a phase counts from (eprivacy_second_phase → eprivacy_initial), if any. */
export function phaseCountedFrom(regime: ClockRegime): ClockRegime | undefined {
  const start = PHASE_RULES.find((rule) => rule.regime === regime)?.start;
  return start?.from === 'filing' ? start.of : undefined;
}

/**
 * After a filing: where each existing phase that counts from an earlier filing now starts and falls due, in
 * rule order so a chain follows through (DORA initial → intermediate → final). The same arithmetic as
 * computeClocks, for the clocks as they stand, so a filing re-plans without re-reading the incident's facts.
 */
export function replanFilingPhases(
  existing: readonly Pick<ClockSpec, 'key' | 'startsAt' | 'dueAt'>[],
  filings: Filings,
): Pick<ClockSpec, 'key' | 'startsAt' | 'dueAt'>[] {
  const current = existing.map((clock) => ({ ...clock }));
  for (const rule of PHASE_RULES) {
    const clock = current.find((c) => c.key === rule.regime);
    if (!clock || rule.start.from !== 'filing') continue;
    clock.startsAt = filingStart(rule.start, current, filings);
    clock.dueAt = addPeriod(clock.startsAt, rule.period);
  }
  return current;
}
