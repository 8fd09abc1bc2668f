// From severity to the GDPR's risk levels, then the factors of EDPB Guidelines 9/2022 and 01/2021 that the ENISA
// score leaves out. Each rule sets a floor under the level; mitigations that answer the whole breach make it unlikely.
import { RISK_LEVELS, type Reason, type RiskLevel, type Severity, type SeverityLevel } from './assessment.js';
import {
  availabilityOf,
  availabilityState,
  confidentialityOf,
  integrityOf,
  integrityState,
  isAssumed,
  isFullyMitigated,
  isReadableExposure,
  mitigationOf,
} from './breach.js';
import { type DataCategory, type RiskFacts, SPECIAL_CATEGORIES } from './facts.js';
import { assessSeverity } from './severity.js';
import type { ReasonCode, ReasonParams } from './reason-codes.js';
import { because } from './reason.js';

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

interface Floor {
  factor: string;
  level: RiskLevel;
  code: ReasonCode;
  params: ReasonParams;
}

type FloorRule = (facts: RiskFacts, severity: Severity) => Floor | undefined;

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
    ? { factor: 'edpb.prolonged_unavailability', level: 'risk', code: 'edpb.prolonged_unavailability.outage', params: { hours: availability.outageHours } }
    : {
        factor: 'edpb.prolonged_unavailability',
        level: 'risk',
        code: 'edpb.prolonged_unavailability.no_backup',
        params: { assumed: isAssumed(facts, 'availability') },
      };
};

const specialCategories: FloorRule = (facts) => {
  const special = facts.dataCategories.filter((category) => SPECIAL_CATEGORIES.includes(category));
  const revealed = facts.controllerRevealsSensitiveContext === true;
  if ((special.length === 0 && !revealed) || !isReadableExposure(facts)) return undefined;
  return { factor: 'edpb.special_categories', level: 'high_risk', code: 'edpb.special_categories', params: { categories: special } };
};

const identityFraud: FloorRule = (facts) => {
  const present = FRAUD_COMBINATIONS.filter((pair) => pair.every((category) => facts.dataCategories.includes(category)));
  if (present.length === 0 || !isReadableExposure(facts)) return undefined;
  return { factor: 'edpb.identity_fraud', level: 'high_risk', code: 'edpb.identity_fraud', params: { pairs: present.map((pair) => pair.join('+')) } };
};

const maliciousActor: FloorRule = (facts) =>
  facts.malicious === true && isReadableExposure(facts)
    ? { factor: 'edpb.malicious_actor', level: 'risk', code: 'edpb.malicious_actor', params: {} }
    : undefined;

const published: FloorRule = (facts) =>
  confidentialityOf(facts)?.recipients === 'public' && isReadableExposure(facts)
    ? { factor: 'edpb.published', level: 'risk', code: 'edpb.published', params: {} }
    : undefined;

const FLOOR_RULES: readonly FloorRule[] = [
  numberOfPeople,
  permanence,
  prolongedUnavailability,
  specialCategories,
  identityFraud,
  maliciousActor,
  published,
];

export function riskRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

function raise(level: RiskLevel, floor: RiskLevel): RiskLevel {
  return riskRank(floor) > riskRank(level) ? floor : level;
}

function transition(from: RiskLevel, to: RiskLevel): string {
  return from === to ? `${to} (unchanged)` : `${from} → ${to}`;
}

function mitigationReasons(facts: RiskFacts, level: RiskLevel): Reason[] {
  const fullyMitigated = isFullyMitigated(facts);
  const perType = facts.breachTypes.flatMap((type) => {
    const mitigation = mitigationOf(facts, type);
    if (mitigation === undefined) return [];
    const effect = fullyMitigated ? `no risk from the ${type} breach` : `${level} (unchanged: other parts of the breach still weigh)`;
    return [because(mitigation.code, mitigation.params, `edpb.mitigation.${type}`, effect)];
  });
  if (!fullyMitigated) return perType;
  return [...perType, because('edpb.mitigated', {}, 'edpb.mitigated', transition(level, 'unlikely'))];
}

export function assessRiskLevel(facts: RiskFacts, severity: Severity): { level: RiskLevel; reasons: Reason[] } {
  const baseline = RISK_BY_SEVERITY[severity.level];
  const start = {
    level: baseline,
    reasons: [
      because('risk.baseline', { severity: severity.level, riskLevel: baseline }, 'risk.severity', `${severity.level.replace('_', ' ')} severity → ${baseline}`),
    ],
  };
  const raised = FLOOR_RULES.flatMap((rule) => rule(facts, severity) ?? []).reduce(({ level, reasons }, floor) => {
    const next = raise(level, floor.level);
    return { level: next, reasons: [...reasons, because(floor.code, floor.params, floor.factor, transition(level, next))] };
  }, start);
  return {
    level: isFullyMitigated(facts) ? 'unlikely' : raised.level,
    reasons: [...raised.reasons, ...mitigationReasons(facts, raised.level)],
  };
}

/** The risk level alone, for questions such as "would the rest of this breach be a high risk by itself?". */
export function riskLevelOf(facts: RiskFacts): RiskLevel {
  return assessRiskLevel(facts, assessSeverity(facts).severity).level;
}
