// From severity to the GDPR's risk levels, then the factors of EDPB Guidelines 9/2022 and 01/2021 that the ENISA
// score leaves out. Each rule sets a floor under the level; mitigations that answer the whole breach make it unlikely.
import { RISK_LEVELS, type Reason, type RiskLevel, type Severity, type SeverityLevel } from './assessment.js';
import {
  assumedNote,
  availabilityOf,
  availabilityState,
  confidentialityOf,
  integrityOf,
  integrityState,
  isFullyMitigated,
  isReadableExposure,
  mitigationOf,
} from './breach.js';
import { type DataCategory, type RiskFacts, SPECIAL_CATEGORIES } from './facts.js';
import { assessSeverity } from './severity.js';
import { label, listOf } from './wording.js';

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
export const FRAUD_COMBINATIONS: readonly { categories: readonly [DataCategory, DataCategory]; harm: string }[] = [
  { categories: ['identity', 'national_id'], harm: 'impersonation and identity theft' },
  { categories: ['identity', 'financial'], harm: 'fraud in their name' },
  { categories: ['credentials', 'contact'], harm: 'account takeover and convincing phishing' },
  { categories: ['credentials', 'account'], harm: 'account takeover' },
];

interface Floor {
  factor: string;
  level: RiskLevel;
  explanation: string;
}

type FloorRule = (facts: RiskFacts, severity: Severity) => Floor | undefined;

const numberOfPeople: FloorRule = (facts, severity) => {
  const people = facts.subjectsAffected;
  if (people === undefined || people < MANY_PEOPLE) return undefined;
  return people >= LARGE_SCALE_PEOPLE && severity.level !== 'low'
    ? {
        factor: 'edpb.number_of_people',
        level: 'high_risk',
        explanation: `${people} people are affected (${LARGE_SCALE_PEOPLE} or more): at this scale a breach of ${label(severity.level)} severity is a high risk (EDPB 01/2021 case 11).`,
      }
    : {
        factor: 'edpb.number_of_people',
        level: 'risk',
        explanation: `${people} people are affected (${MANY_PEOPLE} or more): a breach touching this many people is not unlikely to harm some of them.`,
      };
};

const permanence: FloorRule = (facts) => {
  const lost = availabilityOf(facts)?.permanentLoss === true;
  const integrity = integrityOf(facts);
  const corrupted = integrity !== undefined && integrityState(integrity) === 'unrecoverable';
  if (!lost && !corrupted) return undefined;
  return {
    factor: 'edpb.permanence',
    level: 'risk',
    explanation: lost
      ? 'The consequences cannot be undone: the data are lost for good.'
      : `The consequences cannot be undone: the altered data cannot be restored to their original${assumedNote(facts, 'integrity')}.`,
  };
};

const prolongedUnavailability: FloorRule = (facts) => {
  const availability = availabilityOf(facts);
  if (availability === undefined || availability.permanentLoss || availabilityState(availability) === 'short') return undefined;
  return {
    factor: 'edpb.prolonged_unavailability',
    level: 'risk',
    explanation: availability.restorable
      ? `The data were unavailable for ${availability.outageHours} hours: an outage of a day or more can delay what people depend on (EDPB 01/2021 case 02).`
      : `There is no usable backup or copy${assumedNote(facts, 'availability')}: people may be without their data until they are collected again (EDPB 01/2021 case 02).`,
  };
};

const specialCategories: FloorRule = (facts) => {
  const special = facts.dataCategories.filter((category) => SPECIAL_CATEGORIES.includes(category));
  const revealed = facts.controllerRevealsSensitiveContext === true;
  if ((special.length === 0 && !revealed) || !isReadableExposure(facts)) return undefined;
  const what = special.length > 0 ? `special category data (${listOf(special)})` : 'data whose controller reveals something sensitive about the people';
  return {
    factor: 'edpb.special_categories',
    level: 'high_risk',
    explanation: `Readable ${what} reached someone who is not a trusted recipient who gave them back: discrimination, stigma or distress are likely (Art. 9 and 10 GDPR; EDPB 01/2021 case 12).`,
  };
};

const identityFraud: FloorRule = (facts) => {
  const present = FRAUD_COMBINATIONS.filter(({ categories }) => categories.every((category) => facts.dataCategories.includes(category)));
  if (present.length === 0 || !isReadableExposure(facts)) return undefined;
  const found = present.map(({ categories, harm }) => `${listOf(categories)} (${harm})`).join('; ');
  return {
    factor: 'edpb.identity_fraud',
    level: 'high_risk',
    explanation: `Readable data that work together against the people reached someone who may misuse them: ${found} (EDPB 01/2021 cases 04, 07, 14 and 17).`,
  };
};

const maliciousActor: FloorRule = (facts) =>
  facts.malicious === true && isReadableExposure(facts)
    ? {
        factor: 'edpb.malicious_actor',
        level: 'risk',
        explanation: 'Someone took readable data deliberately and their intentions cannot be known, so the controller cannot call the risk unlikely (EDPB 01/2021 case 08).',
      }
    : undefined;

const published: FloorRule = (facts) =>
  confidentialityOf(facts)?.recipients === 'public' && isReadableExposure(facts)
    ? {
        factor: 'edpb.published',
        level: 'risk',
        explanation: 'The data were made public: anyone may have copied them, and a publication cannot be recalled.',
      }
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
    const explanation = mitigationOf(facts, type);
    if (explanation === undefined) return [];
    const effect = fullyMitigated ? `no risk from the ${type} breach` : `${level} (unchanged: other parts of the breach still weigh)`;
    return [{ factor: `edpb.mitigation.${type}`, effect, explanation }];
  });
  if (!fullyMitigated) return perType;
  return [
    ...perType,
    {
      factor: 'edpb.mitigated',
      effect: transition(level, 'unlikely'),
      explanation: 'Every part of the breach is answered by a mitigation, so it is unlikely to result in a risk to people (Art. 33(1); EDPB 01/2021 cases 01, 06, 09 and 10).',
    },
  ];
}

export function assessRiskLevel(facts: RiskFacts, severity: Severity): { level: RiskLevel; reasons: Reason[] } {
  const baseline = RISK_BY_SEVERITY[severity.level];
  const start = {
    level: baseline,
    reasons: [
      {
        factor: 'risk.severity',
        effect: `${label(severity.level)} severity → ${baseline}`,
        explanation: `ENISA severity ${label(severity.level)} maps to ${baseline}: low is unlikely to result in a risk, medium is a risk, high and very high are a high risk.`,
      },
    ],
  };
  const raised = FLOOR_RULES.flatMap((rule) => rule(facts, severity) ?? []).reduce(({ level, reasons }, floor) => {
    const next = raise(level, floor.level);
    return { level: next, reasons: [...reasons, { factor: floor.factor, effect: transition(level, next), explanation: floor.explanation }] };
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
