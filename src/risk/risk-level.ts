// From severity to the GDPR's risk levels, then the factors of EDPB Guidelines 9/2022 and 01/2021 (and of the
// national authorities' published decisions, docs/risk-method.md §2) that the ENISA score leaves out. Each rule sets a
// floor under the level; recovery from known recipients caps the disclosure's part at a risk; mitigations that answer
// every part of the breach, on evidence, make it unlikely.
import { RISK_LEVELS, type Reason, type RiskLevel, type Severity, type SeverityLevel } from './assessment.js';
import {
  type Because,
  availabilityOf,
  availabilityState,
  confidentialityOf,
  integrityOf,
  integrityState,
  isAssumed,
  isFullyMitigated,
  isPossibleExfiltration,
  isReadableExposure,
  isUnintelligible,
  mitigationOf,
  peopleDependOnAccess,
  DEPENDENT_OUTAGE_HOURS,
  recoveryOf,
  weighedTypes,
  withoutDisclosure,
} from './breach.js';
import { type DataCategory, type RiskFacts, SPECIAL_CATEGORIES, type SubjectCategory } from './facts.js';
import { because } from './reason.js';
import { assessSeverity } from './severity.js';

export const RISK_BY_SEVERITY: Readonly<Record<SeverityLevel, RiskLevel>> = {
  low: 'unlikely',
  medium: 'risk',
  high: 'high_risk',
  very_high: 'high_risk',
};

/** From this many people a breach is not unlikely to harm some of them. */
export const MANY_PEOPLE = 1000;
/** Large scale: from this many people a breach of medium severity or worse is a high risk (EDPB 01/2021 case 11). */
export const LARGE_SCALE_PEOPLE = 100000;

/** Pairs of categories that, read together by the wrong person, enable identity theft, fraud or account takeover. */
export const FRAUD_COMBINATIONS: readonly (readonly [DataCategory, DataCategory])[] = [
  ['identity', 'national_id'],
  ['identity', 'financial'],
  ['credentials', 'contact'],
  ['credentials', 'account'],
];

/** Data that tell where a person can be found. */
const LOCATING: readonly DataCategory[] = ['contact', 'location'];
/** People less able to protect themselves (EDPB Guidelines 9/2022 §III.B; EDPB 01/2021 cases 10 and 12). */
export const VULNERABLE_SUBJECTS: readonly SubjectCategory[] = ['children', 'vulnerable_adults', 'patients'];

interface Floor extends Because {
  factor: string;
  level: RiskLevel;
}

type FloorRule = (facts: RiskFacts, severity: Severity) => Floor | undefined;

function fraudPairs(facts: RiskFacts): (readonly [DataCategory, DataCategory])[] {
  return FRAUD_COMBINATIONS.filter((pair) => pair.every((category) => facts.dataCategories.includes(category)));
}

/** The data can be used to impersonate people: a known pair of categories, or the responder says so. */
export function enablesIdentityTheft(facts: RiskFacts): boolean {
  return facts.enablesFraud === true || fraudPairs(facts).length > 0;
}

/** Confidentiality is weighed and nothing answers it on evidence. */
function unansweredDisclosure(facts: RiskFacts): boolean {
  return confidentialityOf(facts) !== undefined && !mitigationOf(facts, 'confidentiality').answered;
}

const numberOfPeople: FloorRule = (facts, severity) => {
  const people = facts.subjectsAffected;
  if (people === undefined || people < MANY_PEOPLE) return undefined;
  return people >= LARGE_SCALE_PEOPLE && severity.level !== 'low'
    ? {
        factor: 'edpb.number_of_people',
        level: 'high_risk',
        code: 'edpb.number_of_people.large_scale',
        params: { people, threshold: LARGE_SCALE_PEOPLE, severity: severity.level },
      }
    : { factor: 'edpb.number_of_people', level: 'risk', code: 'edpb.number_of_people.many', params: { people, threshold: MANY_PEOPLE } };
};

const permanence: FloorRule = (facts) => {
  const lost = availabilityOf(facts)?.permanentLoss === true;
  const integrity = integrityOf(facts);
  const corrupted = integrity !== undefined && integrityState(integrity) === 'unrecoverable';
  if (!lost && !corrupted) return undefined;
  return lost
    ? { factor: 'edpb.permanence', level: 'risk', code: 'edpb.permanence.lost', params: {} }
    : { factor: 'edpb.permanence', level: 'risk', code: 'edpb.permanence.corrupted', params: { assumed: isAssumed(facts, 'integrity') } };
};

const prolongedUnavailability: FloorRule = (facts) => {
  const availability = availabilityOf(facts);
  if (availability === undefined || availability.permanentLoss || availabilityState(availability) === 'short') return undefined;
  return availability.restorable
    ? {
        factor: 'edpb.prolonged_unavailability',
        level: 'risk',
        code: 'edpb.prolonged_unavailability.outage',
        params: { hours: availability.outageHours },
      }
    : {
        factor: 'edpb.prolonged_unavailability',
        level: 'risk',
        code: 'edpb.prolonged_unavailability.no_backup',
        params: { assumed: isAssumed(facts, 'availability') },
      };
};

// EDPB 01/2021 case 03: patients waiting for their records are harmed even when the backup works the same day.
const dependenceOnAccess: FloorRule = (facts) => {
  const availability = availabilityOf(facts);
  if (availability === undefined || !peopleDependOnAccess(facts) || availability.outageHours < DEPENDENT_OUTAGE_HOURS) return undefined;
  return {
    factor: 'edpb.people_depend_on_access',
    level: 'risk',
    code: 'edpb.people_depend_on_access',
    params: { hours: availability.outageHours },
  };
};

const exfiltrationNotRuledOut: FloorRule = (facts) =>
  isPossibleExfiltration(facts) && !isUnintelligible(facts)
    ? { factor: 'edpb.exfiltration_not_ruled_out', level: 'risk', code: 'edpb.exfiltration_not_ruled_out', params: {} }
    : undefined;

const specialCategories: FloorRule = (facts) => {
  const special = facts.dataCategories.filter((category) => SPECIAL_CATEGORIES.includes(category));
  const revealed = facts.controllerRevealsSensitiveContext === true;
  if ((special.length === 0 && !revealed) || !isReadableExposure(facts)) return undefined;
  return { factor: 'edpb.special_categories', level: 'high_risk', code: 'edpb.special_categories', params: { categories: special } };
};

const identityFraud: FloorRule = (facts) => {
  const present = fraudPairs(facts);
  if (present.length === 0 || !isReadableExposure(facts)) return undefined;
  return {
    factor: 'edpb.identity_fraud',
    level: 'high_risk',
    code: 'edpb.identity_fraud',
    params: { pairs: present.map((pair) => pair.join('+')) },
  };
};

// EDPB 01/2021 case 14; UODO DKN.5131.3.2021 (PESEL and name e-mailed to a wrong recipient: high risk).
const statedFraud: FloorRule = (facts) =>
  facts.enablesFraud === true && isReadableExposure(facts)
    ? { factor: 'edpb.enables_fraud', level: 'high_risk', code: 'edpb.enables_fraud', params: {} }
    : undefined;

const maliciousActor: FloorRule = (facts) =>
  facts.malicious === true && isReadableExposure(facts)
    ? { factor: 'edpb.malicious_actor', level: 'risk', code: 'edpb.malicious_actor', params: {} }
    : undefined;

const published: FloorRule = (facts) =>
  confidentialityOf(facts)?.recipients === 'public' && isReadableExposure(facts)
    ? { factor: 'edpb.published', level: 'risk', code: 'edpb.published', params: {} }
    : undefined;

// Irish DPC, Tusla (2020); ICO reprimands to Charnwood Borough Council and others (2022–2023): a recipient with a reason
// to misuse the data is the worst recipient there is, and learning where the person lives can put them in danger.
const recipientMayMisuse: FloorRule = (facts) => {
  if (confidentialityOf(facts)?.recipientMayMisuse !== true || !isReadableExposure(facts)) return undefined;
  const locating = facts.dataCategories.filter((category) => LOCATING.includes(category));
  return locating.length > 0
    ? {
        factor: 'edpb.recipient_may_misuse',
        level: 'high_risk',
        code: 'edpb.recipient_may_misuse.locates',
        params: { categories: locating },
      }
    : { factor: 'edpb.recipient_may_misuse', level: 'risk', code: 'edpb.recipient_may_misuse', params: {} };
};

// ENISA 2013 (simple data critical for personal safety); ICO reprimands on domestic-abuse victims' addresses (2023).
const safetyAtRisk: FloorRule = (facts) =>
  facts.safetyAtRisk === true && unansweredDisclosure(facts)
    ? { factor: 'edpb.safety_at_risk', level: 'high_risk', code: 'edpb.safety_at_risk', params: {} }
    : undefined;

const vulnerableSubjects: FloorRule = (facts) => {
  const vulnerable = (facts.subjectCategories ?? []).filter((category) => VULNERABLE_SUBJECTS.includes(category));
  return vulnerable.length > 0 && isReadableExposure(facts)
    ? { factor: 'edpb.vulnerable_subjects', level: 'risk', code: 'edpb.vulnerable_subjects', params: { subjects: vulnerable } }
    : undefined;
};

const FLOOR_RULES: readonly FloorRule[] = [
  numberOfPeople,
  permanence,
  prolongedUnavailability,
  dependenceOnAccess,
  exfiltrationNotRuledOut,
  specialCategories,
  identityFraud,
  statedFraud,
  maliciousActor,
  published,
  recipientMayMisuse,
  safetyAtRisk,
  vulnerableSubjects,
];

export function riskRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

function raise(level: RiskLevel, floor: RiskLevel): RiskLevel {
  return riskRank(floor) > riskRank(level) ? floor : level;
}

function lower(level: RiskLevel, ceiling: RiskLevel): RiskLevel {
  return riskRank(ceiling) < riskRank(level) ? ceiling : level;
}

function transition(from: RiskLevel, to: RiskLevel): string {
  return from === to ? `${to} (unchanged)` : `${from} → ${to}`;
}

interface Weighed {
  level: RiskLevel;
  reasons: Reason[];
}

/**
 * Recovery from known recipients (WP250 IV.B; EDPB 01/2021 cases 09, 13, 16) keeps the disclosure below a high risk;
 * the rest of the breach still weighs as much as it would alone.
 */
function weighRecovery(facts: RiskFacts, weighed: Weighed): Weighed {
  const recovery = recoveryOf(facts, enablesIdentityTheft(facts));
  if (recovery === undefined) return weighed;
  const rest = facts.breachTypes.length > 1 ? riskLevelOf(withoutDisclosure(facts)) : 'unlikely';
  const level = raise(lower(weighed.level, 'risk'), rest);
  const recipients = facts.confidentiality?.recipientCount;
  const reason = because(
    `edpb.recovery.${recovery}`,
    recipients === undefined ? {} : { recipients },
    'edpb.recovery',
    transition(weighed.level, level),
  );
  return { level, reasons: [...weighed.reasons, reason] };
}

function mitigationReasons(facts: RiskFacts, level: RiskLevel): Reason[] {
  const fullyMitigated = isFullyMitigated(facts);
  const perType = weighedTypes(facts).flatMap((type) => {
    const verdict = mitigationOf(facts, type);
    if (verdict.because === undefined) return [];
    const effect = !verdict.answered
      ? `${level} (not a mitigation)`
      : fullyMitigated
        ? `no risk from the ${type} breach`
        : `${level} (unchanged: other parts of the breach still weigh)`;
    return [because(verdict.because.code, verdict.because.params, `edpb.mitigation.${type}`, effect)];
  });
  if (!fullyMitigated) return perType;
  return [...perType, because('edpb.mitigated', {}, 'edpb.mitigated', transition(level, 'unlikely'))];
}

export function assessRiskLevel(facts: RiskFacts, severity: Severity): { level: RiskLevel; reasons: Reason[] } {
  const baseline = RISK_BY_SEVERITY[severity.level];
  const start: Weighed = {
    level: baseline,
    reasons: [
      because(
        'risk.baseline',
        { severity: severity.level, riskLevel: baseline },
        'risk.severity',
        `${severity.level.replace('_', ' ')} severity → ${baseline}`,
      ),
    ],
  };
  const raised = FLOOR_RULES.flatMap((rule) => rule(facts, severity) ?? []).reduce<Weighed>(({ level, reasons }, floor) => {
    const next = raise(level, floor.level);
    return { level: next, reasons: [...reasons, because(floor.code, floor.params, floor.factor, transition(level, next))] };
  }, start);
  const recovered = weighRecovery(facts, raised);
  return {
    level: isFullyMitigated(facts) ? 'unlikely' : recovered.level,
    reasons: [...recovered.reasons, ...mitigationReasons(facts, recovered.level)],
  };
}

/** The risk level alone, for questions such as "would the rest of this breach be a high risk by itself?". */
export function riskLevelOf(facts: RiskFacts): RiskLevel {
  return assessRiskLevel(facts, assessSeverity(facts).severity).level;
}
