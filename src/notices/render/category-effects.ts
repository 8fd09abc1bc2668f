// Which likely consequences and which advice follow from each kind of data, independent of language.
// The words live in i18n/; these tables only say which apply.
import type { BreachType, DataCategory, IncidentFacts } from '../../risk/facts.js';
import type { FinancialDataKind } from '../../risk/notice-facts.js';

/** What the tables read: the categories, and the facts that say what exactly those data were. */
export type EffectFacts = Pick<IncidentFacts, 'dataCategories' | 'breachTypes' | 'financialDataKinds' | 'availability'>;

export const CONSEQUENCES = [
  'unwanted_contact',
  'account_takeover',
  'financial_fraud',
  'identity_theft',
  'impersonation',
  'private_communications_exposed',
  'whereabouts_exposed',
  'profiling',
  'professional_harm',
  'discrimination',
  'distress_and_blackmail',
  'irreversible_identifier',
  'loss_of_access',
  'data_lost',
  'altered_data',
] as const;
export type ConsequenceId = (typeof CONSEQUENCES)[number];

export const ADVICE = [
  'change_password',
  'enable_two_factor',
  'review_sessions',
  'beware_phishing',
  'watch_statements',
  'contact_bank',
  'watch_identity_fraud',
  'check_credit_report',
  'beware_impersonation',
  'location_safety',
  'refuse_blackmail',
  'check_health_records',
  'biometric_second_factor',
  'beware_targeted_offers',
  'beware_job_scams',
] as const;
export type AdviceId = (typeof ADVICE)[number];

const SENSITIVE_HARM: readonly ConsequenceId[] = ['discrimination', 'distress_and_blackmail'];

const CONSEQUENCES_BY_CATEGORY: Record<DataCategory, readonly ConsequenceId[]> = {
  identity: ['identity_theft'],
  contact: ['unwanted_contact'],
  professional: ['professional_harm'],
  account: ['account_takeover'],
  device_and_usage: ['profiling'],
  behavioural: ['profiling'],
  location: ['whereabouts_exposed'],
  communications_metadata: ['private_communications_exposed', 'unwanted_contact'],
  communications_content: ['private_communications_exposed', 'impersonation'],
  financial: ['financial_fraud'],
  credentials: ['account_takeover'],
  national_id: ['identity_theft'],
  health: SENSITIVE_HARM,
  genetic: [...SENSITIVE_HARM, 'irreversible_identifier'],
  biometric: ['irreversible_identifier', 'identity_theft'],
  racial_or_ethnic_origin: SENSITIVE_HARM,
  political_opinions: SENSITIVE_HARM,
  religious_beliefs: SENSITIVE_HARM,
  trade_union: SENSITIVE_HARM,
  sex_life_or_orientation: SENSITIVE_HARM,
  criminal_records: SENSITIVE_HARM,
};

const CONSEQUENCES_BY_BREACH_TYPE: Record<BreachType, (facts: EffectFacts) => readonly ConsequenceId[]> = {
  // What a confidentiality breach does depends on the data, so the categories say it.
  confidentiality: () => [],
  integrity: () => ['altered_data'],
  // Nothing is said to be lost unless the facts say it was.
  availability: (facts) => (facts.availability?.permanentLoss ? ['data_lost'] : ['loss_of_access']),
};

// Order values or amounts alone let nobody pay with a card: they serve tailored scams, not payment fraud.
const FINANCIAL_CONSEQUENCES: Record<FinancialDataKind, readonly ConsequenceId[]> = {
  payment_card: ['financial_fraud'],
  bank_account: ['financial_fraud'],
  amounts_only: ['profiling'],
};
const FINANCIAL_ADVICE: Record<FinancialDataKind, readonly AdviceId[]> = {
  payment_card: ['watch_statements', 'contact_bank', 'beware_phishing'],
  bank_account: ['watch_statements', 'beware_phishing'],
  amounts_only: ['beware_targeted_offers', 'beware_phishing'],
};
/** Financial data of a kind nobody stated: watching statements is sound either way; blocking a card is not. */
const UNSTATED_FINANCIAL_ADVICE: readonly AdviceId[] = ['watch_statements', 'beware_phishing'];

const ADVICE_BY_CATEGORY: Record<DataCategory, readonly AdviceId[]> = {
  identity: ['beware_phishing', 'watch_identity_fraud'],
  contact: ['beware_phishing'],
  professional: ['beware_job_scams'],
  account: ['change_password', 'enable_two_factor', 'review_sessions'],
  device_and_usage: ['review_sessions'],
  behavioural: ['beware_targeted_offers'],
  location: ['location_safety'],
  communications_metadata: ['beware_phishing', 'beware_impersonation'],
  communications_content: ['beware_impersonation'],
  financial: UNSTATED_FINANCIAL_ADVICE,
  credentials: ['change_password', 'enable_two_factor'],
  national_id: ['watch_identity_fraud', 'check_credit_report'],
  health: ['refuse_blackmail', 'check_health_records'],
  genetic: ['refuse_blackmail'],
  biometric: ['biometric_second_factor', 'watch_identity_fraud'],
  racial_or_ethnic_origin: ['refuse_blackmail'],
  political_opinions: ['refuse_blackmail'],
  religious_beliefs: ['refuse_blackmail'],
  trade_union: ['refuse_blackmail'],
  sex_life_or_orientation: ['refuse_blackmail'],
  criminal_records: ['refuse_blackmail'],
};

/** Likely consequences, each once, in the order of the categories and breach types given. */
export function consequencesOf(facts: EffectFacts): ConsequenceId[] {
  return unique([
    ...facts.dataCategories.flatMap((category) =>
      category === 'financial' && facts.financialDataKinds?.length
        ? facts.financialDataKinds.flatMap((kind) => FINANCIAL_CONSEQUENCES[kind])
        : CONSEQUENCES_BY_CATEGORY[category],
    ),
    ...facts.breachTypes.flatMap((type) => CONSEQUENCES_BY_BREACH_TYPE[type](facts)),
  ]);
}

/** Advice for the people, each piece once, in the order of the categories given. */
export function adviceFor(facts: Pick<EffectFacts, 'dataCategories' | 'financialDataKinds'>): AdviceId[] {
  return unique(
    facts.dataCategories.flatMap((category) =>
      category === 'financial' && facts.financialDataKinds?.length
        ? facts.financialDataKinds.flatMap((kind) => FINANCIAL_ADVICE[kind])
        : ADVICE_BY_CATEGORY[category],
    ),
  );
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
