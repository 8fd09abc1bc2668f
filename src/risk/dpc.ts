// ENISA 2013 Data Processing Context: how sensitive the breached data are, 1 (simple) to 4 (special categories). Pure.
import type { Reason } from './assessment.js';
import type { DataCategory, RiskFacts, SubjectCategory } from './facts.js';
import type { ReasonCode, ReasonParams } from './reason-codes.js';
import { because } from './reason.js';

export const MAX_DPC = 4;

type ScoredCategory = Exclude<DataCategory, 'credentials'>;

/** ENISA's base score per category; credentials are scored by what they open (see credentialsScore). */
export const DPC_BASE: Readonly<Record<ScoredCategory, number>> = {
  identity: 1,
  contact: 1,
  professional: 1,
  account: 1,
  device_and_usage: 1,
  behavioural: 2,
  location: 2,
  communications_metadata: 2,
  financial: 3,
  national_id: 3,
  communications_content: 3,
  health: 4,
  genetic: 4,
  biometric: 4,
  racial_or_ethnic_origin: 4,
  political_opinions: 4,
  religious_beliefs: 4,
  trade_union: 4,
  sex_life_or_orientation: 4,
  criminal_records: 4,
};

/** Credentials open at least the account they guard, and reused passwords open other accounts (credential stuffing). */
export const CREDENTIALS_MIN_DPC = 2;
/** ENISA raises the DPC when the volume of data about each person is large; 100 records a person is our line. */
export const LARGE_VOLUME_RECORDS_PER_PERSON = 100;
/** ENISA raises simple and behavioural data when together they profile a person; three kinds is our line. */
export const PROFILE_CATEGORY_COUNT = 3;
export const VULNERABLE_SUBJECTS: readonly SubjectCategory[] = ['children', 'vulnerable_adults', 'patients'];

function isScored(category: DataCategory): category is ScoredCategory {
  return category !== 'credentials';
}

function credentialsScore(categories: readonly DataCategory[]): number {
  return Math.max(CREDENTIALS_MIN_DPC, ...categories.filter(isScored).map((category) => DPC_BASE[category]));
}

function categoryScore(category: DataCategory, categories: readonly DataCategory[]): number {
  return isScored(category) ? DPC_BASE[category] : credentialsScore(categories);
}

function baseReason(top: DataCategory, score: number): Reason {
  const params = top === 'credentials' ? { dpc: score, minimum: CREDENTIALS_MIN_DPC } : { dpc: score, category: top };
  return because(`dpc.base.${top}`, params, 'dpc.base', `DPC ${score}`);
}

function recordsPerPerson(facts: RiskFacts): number | undefined {
  const { recordsAffected, subjectsAffected } = facts;
  return recordsAffected === undefined || !subjectsAffected ? undefined : recordsAffected / subjectsAffected;
}

function profileCategories(facts: RiskFacts): DataCategory[] {
  return facts.dataCategories.filter((category) => isScored(category) && DPC_BASE[category] <= 2);
}

function vulnerableSubjects(facts: RiskFacts): SubjectCategory[] {
  return (facts.subjectCategories ?? []).filter((category) => VULNERABLE_SUBJECTS.includes(category));
}

interface DpcAdjustment {
  factor: ReasonCode;
  applies: (facts: RiskFacts) => boolean;
  params: (facts: RiskFacts) => ReasonParams;
}

const DPC_ADJUSTMENTS: readonly DpcAdjustment[] = [
  {
    factor: 'dpc.volume_per_person',
    applies: (facts) => (recordsPerPerson(facts) ?? 0) >= LARGE_VOLUME_RECORDS_PER_PERSON,
    params: (facts) => ({ recordsPerPerson: Math.round(recordsPerPerson(facts) ?? 0), threshold: LARGE_VOLUME_RECORDS_PER_PERSON }),
  },
  {
    factor: 'dpc.profile',
    applies: (facts) => profileCategories(facts).length >= PROFILE_CATEGORY_COUNT,
    params: (facts) => ({ categories: profileCategories(facts), threshold: PROFILE_CATEGORY_COUNT }),
  },
  {
    factor: 'dpc.vulnerable_subjects',
    applies: (facts) => vulnerableSubjects(facts).length > 0,
    params: (facts) => ({ subjects: vulnerableSubjects(facts) }),
  },
  {
    factor: 'dpc.sensitive_context',
    applies: (facts) => facts.controllerRevealsSensitiveContext === true,
    params: () => ({}),
  },
];

export function dataProcessingContext(facts: RiskFacts): { dpc: number; reasons: Reason[] } {
  // On a tie, name the data themselves rather than the credentials that open them.
  const ranked = [...facts.dataCategories.filter(isScored), ...facts.dataCategories.filter((category) => !isScored(category))];
  const scores = ranked.map((category) => categoryScore(category, facts.dataCategories));
  const base = Math.max(...scores);
  const top = ranked[scores.indexOf(base)];
  return DPC_ADJUSTMENTS.filter((adjustment) => adjustment.applies(facts)).reduce(
    ({ dpc, reasons }, adjustment) => {
      const raised = Math.min(MAX_DPC, dpc + 1);
      const effect = raised > dpc ? '+1 DPC' : `+0 DPC (already ${MAX_DPC}, the maximum)`;
      return { dpc: raised, reasons: [...reasons, because(adjustment.factor, adjustment.params(facts), adjustment.factor, effect)] };
    },
    { dpc: base, reasons: [baseReason(top, base)] },
  );
}
