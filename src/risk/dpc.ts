// ENISA 2013 Data Processing Context: how sensitive the breached data are, 1 to 4. Pure.
// As ENISA does it: each category of data gets its class's base score and its own adjustments, up and down, and the
// highest category's score is the DPC. Departures from ENISA are marked and explained in docs/risk-method.md §1.
import type { Reason } from './assessment.js';
import type { DataCategory, DataInsight, RiskFacts, SubjectCategory } from './facts.js';
import type { ReasonCode, ReasonParams } from './reason-codes.js';
import { because } from './reason.js';

export const MIN_DPC = 1;
export const MAX_DPC = 4;

/** ENISA 2013's four classes of data, with their base scores. */
export const ENISA_CLASSES = { simple: 1, behavioural: 2, financial: 3, sensitive: 4 } as const;
export type EnisaClass = keyof typeof ENISA_CLASSES;

type ScoredCategory = Exclude<DataCategory, 'credentials'>;

/** ENISA's class of each category; credentials are scored by what they open (see credentialsBase). */
export const ENISA_CLASS: Readonly<Record<ScoredCategory, EnisaClass>> = {
  identity: 'simple',
  contact: 'simple',
  professional: 'simple',
  account: 'simple',
  device_and_usage: 'simple',
  national_id: 'simple',
  behavioural: 'behavioural',
  location: 'behavioural',
  communications_metadata: 'behavioural',
  communications_content: 'behavioural',
  financial: 'financial',
  health: 'sensitive',
  genetic: 'sensitive',
  biometric: 'sensitive',
  racial_or_ethnic_origin: 'sensitive',
  political_opinions: 'sensitive',
  religious_beliefs: 'sensitive',
  trade_union: 'sensitive',
  sex_life_or_orientation: 'sensitive',
  criminal_records: 'sensitive',
};

/**
 * Departures from ENISA's base (docs/risk-method.md §1): a national identification number (the CNP) opens identity
 * fraud and financial services, and the content of communications reveals far more than their traffic data
 * (ePrivacy Directive 2002/58 art. 5); both are scored 3.
 */
export const BASE_DEPARTURES: Readonly<Partial<Record<ScoredCategory, number>>> = { national_id: 3, communications_content: 3 };

/** Credentials open at least the account they guard, and reused passwords open other accounts (credential stuffing). */
export const CREDENTIALS_MIN_DPC = 2;
/** ENISA raises the DPC when the volume of data about each person is large; 100 records a person is our line. */
export const LARGE_VOLUME_RECORDS_PER_PERSON = 100;
/** Three kinds of simple or behavioural data about the same person are a profile (EDPB 01/2021 case 05: a CV). */
export const PROFILE_CATEGORY_COUNT = 3;
export const VULNERABLE_SUBJECTS: readonly SubjectCategory[] = ['children', 'vulnerable_adults', 'patients'];

/** ENISA 2013 Annex A: how a category's score moves with what its data reveal, by its base. */
export const INSIGHT_ADJUSTMENT: Readonly<Record<number, Readonly<Record<DataInsight, number>>>> = {
  1: { none: 0, general: 0, partial: 0, full: 0 },
  2: { none: -1, general: -1, partial: 0, full: 1 },
  3: { none: -2, general: -1, partial: 0, full: 1 },
  4: { none: -3, general: -2, partial: -1, full: 0 },
};

function isScored(category: DataCategory): category is ScoredCategory {
  return category !== 'credentials';
}

function baseOf(category: ScoredCategory): number {
  return BASE_DEPARTURES[category] ?? ENISA_CLASSES[ENISA_CLASS[category]];
}

function credentialsBase(facts: RiskFacts): number {
  return Math.max(CREDENTIALS_MIN_DPC, ...facts.dataCategories.filter(isScored).map(baseOf));
}

function recordsPerPerson(facts: RiskFacts): number | undefined {
  const { recordsAffected, subjectsAffected } = facts;
  return recordsAffected === undefined || !subjectsAffected ? undefined : recordsAffected / subjectsAffected;
}

function profileCategories(facts: RiskFacts): DataCategory[] {
  return facts.dataCategories.filter((category) => isScored(category) && baseOf(category) <= ENISA_CLASSES.behavioural);
}

function vulnerableSubjects(facts: RiskFacts): SubjectCategory[] {
  return (facts.subjectCategories ?? []).filter((category) => VULNERABLE_SUBJECTS.includes(category));
}

/** A rule that raises a category's score; ENISA counts only the largest increase that applies to a category. */
interface Increase {
  code: ReasonCode;
  by: number;
  /** The base scores it applies to. */
  appliesTo: (base: number) => boolean;
  applies: (facts: RiskFacts) => boolean;
  params: (facts: RiskFacts) => ReasonParams;
}

const SIMPLE_OR_BEHAVIOURAL = (base: number) => base <= ENISA_CLASSES.behavioural;

const INCREASES: readonly Increase[] = [
  {
    code: 'dpc.volume_per_person',
    by: 1,
    appliesTo: (base) => base <= ENISA_CLASSES.financial,
    applies: (facts) => (recordsPerPerson(facts) ?? 0) >= LARGE_VOLUME_RECORDS_PER_PERSON,
    params: (facts) => ({ recordsPerPerson: Math.round(recordsPerPerson(facts) ?? 0), threshold: LARGE_VOLUME_RECORDS_PER_PERSON }),
  },
  {
    code: 'dpc.profile',
    by: 1,
    appliesTo: SIMPLE_OR_BEHAVIOURAL,
    applies: (facts) => profileCategories(facts).length >= PROFILE_CATEGORY_COUNT,
    params: (facts) => ({ categories: profileCategories(facts), threshold: PROFILE_CATEGORY_COUNT }),
  },
  {
    // Departure: ENISA's +3 for vulnerable people is for data critical to their safety (safetyAtRisk below);
    // otherwise the engine adds 1 for children, patients and vulnerable adults, whatever the data (EDPB 9/2022).
    code: 'dpc.vulnerable_subjects',
    by: 1,
    appliesTo: (base) => base < MAX_DPC,
    applies: (facts) => vulnerableSubjects(facts).length > 0,
    params: (facts) => ({ subjects: vulnerableSubjects(facts) }),
  },
  {
    code: 'dpc.sensitive_context',
    by: 2,
    appliesTo: SIMPLE_OR_BEHAVIOURAL,
    applies: (facts) => facts.controllerRevealsSensitiveContext === true,
    params: () => ({}),
  },
  {
    code: 'dpc.safety',
    by: 3,
    appliesTo: (base) => base < MAX_DPC,
    applies: (facts) => facts.safetyAtRisk === true,
    params: () => ({}),
  },
];

interface CategoryScore {
  category: DataCategory;
  base: number;
  score: number;
  reasons: Reason[];
}

function clamp(score: number): number {
  return Math.min(MAX_DPC, Math.max(MIN_DPC, score));
}

function baseReason(category: DataCategory, base: number): Reason {
  const params: ReasonParams = isScored(category)
    ? { dpc: base, category, enisaClass: ENISA_CLASS[category], departure: BASE_DEPARTURES[category] !== undefined }
    : { dpc: base, category, minimum: CREDENTIALS_MIN_DPC };
  return because(`dpc.base.${category}`, params, 'dpc.base', `DPC ${base}`);
}

function signed(change: number): string {
  return `${change >= 0 ? '+' : '−'}${Math.abs(change)} DPC`;
}

function scoreCategory(facts: RiskFacts, category: DataCategory): CategoryScore {
  const base = isScored(category) ? baseOf(category) : credentialsBase(facts);
  const reasons: Reason[] = [baseReason(category, base)];
  const insight = isScored(category) ? facts.dataInsight?.[category] : undefined;
  const down = insight === undefined ? 0 : Math.min(0, INSIGHT_ADJUSTMENT[base][insight]);
  const insightUp = insight === undefined ? 0 : Math.max(0, INSIGHT_ADJUSTMENT[base][insight]);
  if (insight !== undefined) {
    const change = INSIGHT_ADJUSTMENT[base][insight];
    reasons.push(because('dpc.insight', { category, insight, change }, 'dpc.insight', signed(change)));
  }
  const increases = INCREASES.filter((increase) => increase.appliesTo(base) && increase.applies(facts));
  const up = Math.max(insightUp, ...increases.map((increase) => increase.by), 0);
  // ENISA counts the largest increase that applies; the others are named, at +0, so the DPO sees they were weighed.
  let counted = insightUp === up && insightUp > 0;
  for (const increase of increases) {
    const counts = !counted && increase.by === up;
    counted ||= counts;
    const effect = counts ? signed(increase.by) : '+0 DPC (ENISA counts the largest increase only)';
    reasons.push(because(increase.code, increase.params(facts), increase.code, effect));
  }
  const score = clamp(base + down + up);
  return { category, base, score, reasons };
}

export function dataProcessingContext(facts: RiskFacts): { dpc: number; reasons: Reason[] } {
  // On a tie, name the data themselves rather than the credentials that open them.
  const ranked = [...facts.dataCategories.filter(isScored), ...facts.dataCategories.filter((category) => !isScored(category))];
  const scores = ranked.map((category) => scoreCategory(facts, category));
  const top = scores.reduce((best, next) => (next.score > best.score ? next : best));
  if (scores.length === 1) return { dpc: top.score, reasons: top.reasons };
  const highest = because(
    'dpc.highest',
    { category: top.category, dpc: top.score, scores: scores.map(({ category, score }) => `${category}:${score}`) },
    'dpc.highest',
    `DPC ${top.score}`,
  );
  return { dpc: top.score, reasons: [...top.reasons, highest] };
}
