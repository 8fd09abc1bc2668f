// Every legal deadline of an incident, from its facts and assessment (docs/clocks.md). Pure.
import type { Exemption } from '../../risk/assessment.js';
import type { IncidentRole, Sector } from '../../risk/facts.js';
import type {
  ClockAssessment,
  ClockInput,
  ClockNoticeKind,
  ClockRegime,
  ClockSettings,
  ClockSpec,
} from './clock-spec.js';
import { addHours, addPeriod, type Period } from './periods.js';

export const DEFAULT_CONTROLLER_NOTICE_HOURS = 24;
const ART33_HOURS = 72;
const HOME_MEMBER_STATE = 'RO';

export function computeClocks(input: ClockInput): ClockSpec[] {
  return [...GDPR_CLOCKS_BY_ROLE[input.role](input), ...sectorClocks(input)];
}

// Art. 33(2): a processor's duty is to tell its controllers; Art. 33 and 34 are then the controllers' clocks.
const GDPR_CLOCKS_BY_ROLE: Record<IncidentRole, (input: ClockInput) => ClockSpec[]> = {
  controller: (input) => [art33Clock(input), art34Clock(input)],
  processor: processorClocks,
};

function requirement(notRequiredReason: string | undefined): Pick<ClockSpec, 'required' | 'notRequiredReason'> {
  return notRequiredReason === undefined ? { required: true } : { required: false, notRequiredReason };
}

function art33Clock({ awareAt, assessment, crossBorder, settings }: ClockInput): ClockSpec {
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
      assessment?.notifyAuthority === false
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

function art34Clock({ awareAt, assessment, highRiskSince, settings }: ClockInput): ClockSpec {
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
    ...requirement(art34NotRequiredReason(assessment)),
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
    return (
      `the assessment found no high risk to people (risk level "${assessment.riskLevel}"), ` +
      'so Art. 34(1) does not apply'
    );
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

interface SectorClockRule {
  regime: ClockRegime;
  sectors: readonly Sector[];
  recipient: (settings: ClockSettings) => string;
  noticeKind: ClockNoticeKind;
  legalBasis: string;
  /** Awareness, or the earlier report whose submission (else its deadline) starts this clock. */
  countsFrom: 'awareness' | ClockRegime;
  period: Period;
}

const NIS2_SECTORS: readonly Sector[] = ['nis2_essential', 'nis2_important'];
const CSIRT = (): string => 'CSIRT (DNSC)';
const FINANCIAL_SUPERVISOR = (): string => 'financial supervisor (BNR or ASF)';
const DORA_RTS = 'Delegated Regulation (EU) 2025/301 Art. 5';

// Sector clocks are required whatever the GDPR risk: Reg. 611/2013 covers every personal data breach, and
// whether an incident is "significant" (NIS2) or "major" (DORA) is the team's call, recorded as a stop reason.
// Each phase follows the one it counts from.
const SECTOR_CLOCK_RULES: readonly SectorClockRule[] = [
  {
    regime: 'eprivacy_initial',
    sectors: ['electronic_communications'],
    // No one-stop shop under the ePrivacy Directive: always the national authority.
    recipient: (settings) => settings.authority,
    noticeKind: 'authority',
    legalBasis: 'Commission Regulation (EU) 611/2013 Art. 2(2)',
    // Art. 2(2): "detected" means sufficient awareness, i.e. the incident's awareAt.
    countsFrom: 'awareness',
    period: { hours: 24 },
  },
  {
    regime: 'eprivacy_second_phase',
    sectors: ['electronic_communications'],
    recipient: (settings) => settings.authority,
    noticeKind: 'authority',
    legalBasis: 'Commission Regulation (EU) 611/2013 Art. 2(3)',
    countsFrom: 'eprivacy_initial',
    period: { hours: 72 },
  },
  {
    regime: 'nis2_early_warning',
    sectors: NIS2_SECTORS,
    recipient: CSIRT,
    noticeKind: null,
    legalBasis: 'Directive (EU) 2022/2555 Art. 23(4)(a)',
    countsFrom: 'awareness',
    period: { hours: 24 },
  },
  {
    regime: 'nis2_notification',
    sectors: NIS2_SECTORS,
    recipient: CSIRT,
    noticeKind: null,
    legalBasis: 'Directive (EU) 2022/2555 Art. 23(4)(b)',
    countsFrom: 'awareness',
    period: { hours: 72 },
  },
  {
    regime: 'nis2_final_report',
    sectors: NIS2_SECTORS,
    recipient: CSIRT,
    noticeKind: null,
    legalBasis: 'Directive (EU) 2022/2555 Art. 23(4)(d)',
    countsFrom: 'nis2_notification',
    period: { months: 1 },
  },
  {
    regime: 'dora_initial',
    sectors: ['financial_dora'],
    recipient: FINANCIAL_SUPERVISOR,
    noticeKind: null,
    // The RTS also says 4 h from classification as major; classification is not a fact we hold.
    legalBasis: `Regulation (EU) 2022/2554 Art. 19(4)(a); ${DORA_RTS}`,
    countsFrom: 'awareness',
    period: { hours: 24 },
  },
  {
    regime: 'dora_intermediate',
    sectors: ['financial_dora'],
    recipient: FINANCIAL_SUPERVISOR,
    noticeKind: null,
    legalBasis: `Regulation (EU) 2022/2554 Art. 19(4)(b); ${DORA_RTS}`,
    countsFrom: 'dora_initial',
    period: { hours: 72 },
  },
  {
    regime: 'dora_final',
    sectors: ['financial_dora'],
    recipient: FINANCIAL_SUPERVISOR,
    noticeKind: null,
    legalBasis: `Regulation (EU) 2022/2554 Art. 19(4)(c); ${DORA_RTS}`,
    countsFrom: 'dora_intermediate',
    period: { months: 1 },
  },
];

function sectorClocks({ awareAt, sectors, metAt, settings }: ClockInput): ClockSpec[] {
  const clocks: ClockSpec[] = [];
  for (const rule of SECTOR_CLOCK_RULES.filter((r) => r.sectors.some((sector) => sectors.includes(sector)))) {
    const startsAt = rule.countsFrom === 'awareness' ? awareAt : earlierReportAt(rule.countsFrom, clocks, metAt);
    clocks.push({
      key: rule.regime,
      regime: rule.regime,
      recipient: rule.recipient(settings),
      noticeKind: rule.noticeKind,
      legalBasis: rule.legalBasis,
      startsAt,
      dueAt: addPeriod(startsAt, rule.period),
      required: true,
    });
  }
  return clocks;
}

function earlierReportAt(key: string, earlierClocks: ClockSpec[], metAt: Record<string, Date>): Date {
  const earlier = earlierClocks.find((clock) => clock.key === key);
  if (!earlier) throw new Error(`clock rule table: ${key} must come before the clocks counting from it`);
  return metAt[key] ?? earlier.dueAt;
}
