// The contract's vocabulary for what is known about a breach (shared/api-contract.md, "Incident facts").
// Pure: imported by the risk engine, the clock rules, the notice renderer and the DTOs at the edge.
import type { NoticeFacts } from './notice-facts.js';

export const INCIDENT_ROLES = ['controller', 'processor'] as const;
export type IncidentRole = (typeof INCIDENT_ROLES)[number];

export const BREACH_TYPES = ['confidentiality', 'integrity', 'availability'] as const;
export type BreachType = (typeof BREACH_TYPES)[number];

export const DATA_CATEGORIES = [
  'identity',
  'contact',
  'professional',
  'account',
  'device_and_usage',
  'behavioural',
  'location',
  'communications_metadata',
  'communications_content',
  'financial',
  'credentials',
  'national_id',
  'health',
  'genetic',
  'biometric',
  'racial_or_ethnic_origin',
  'political_opinions',
  'religious_beliefs',
  'trade_union',
  'sex_life_or_orientation',
  'criminal_records',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/** Art. 9 special categories and Art. 10 criminal data. */
export const SPECIAL_CATEGORIES: readonly DataCategory[] = [
  'health',
  'genetic',
  'biometric',
  'racial_or_ethnic_origin',
  'political_opinions',
  'religious_beliefs',
  'trade_union',
  'sex_life_or_orientation',
  'criminal_records',
];

export const SUBJECT_CATEGORIES = [
  'customers',
  'users',
  'employees',
  'job_applicants',
  'patients',
  'children',
  'vulnerable_adults',
  'public',
  'other',
] as const;
export type SubjectCategory = (typeof SUBJECT_CATEGORIES)[number];

export const IDENTIFIABILITY_LEVELS = ['negligible', 'limited', 'significant', 'maximum'] as const;
export type Identifiability = (typeof IDENTIFIABILITY_LEVELS)[number];

export const RECIPIENTS = ['none_confirmed', 'known_trusted', 'known_untrusted', 'unknown', 'public'] as const;
export type Recipients = (typeof RECIPIENTS)[number];

export const ENCRYPTION_LEVELS = ['none', 'weak', 'strong'] as const;
export type EncryptionLevel = (typeof ENCRYPTION_LEVELS)[number];

export const SECTORS = ['electronic_communications', 'nis2_essential', 'nis2_important', 'financial_dora'] as const;
export type Sector = (typeof SECTORS)[number];

/**
 * Which breach-notification regime a breach falls under: the GDPR (Art. 33/34), or, for data processed in
 * providing a publicly available electronic communications service, Law 506/2004 art. 3^1 and
 * Reg. (EU) 611/2013 instead (GDPR Art. 95). docs/clocks.md says how it defaults.
 */
export const BREACH_REGIMES = ['gdpr', 'eprivacy'] as const;
export type BreachRegime = (typeof BREACH_REGIMES)[number];

/** The responder's finding that an incident is (or is not) a significant incident under NIS2 Art. 23(3). */
export interface Nis2Classification {
  significant: boolean;
  /** ISO 8601 instant: when the entity became aware that the incident is significant. */
  classifiedAt: string;
}

/** The responder's finding that an ICT-related incident is (or is not) major under DORA Art. 18. */
export interface DoraClassification {
  major: boolean;
  /** ISO 8601 instant of the classification. */
  classifiedAt: string;
}

export interface AffectedController {
  name: string;
  contact: string;
  /** Contractual window to warn this controller, in hours from awareness (default 24). */
  noticeHours: number;
  /** This controller's own figures, for its Art. 33(3)(a); never the incident's totals. */
  subjectsAffected?: number;
  recordsAffected?: number;
  subjectCategories?: SubjectCategory[];
  dataCategories?: DataCategory[];
  /** ISO 3166 alpha-2 codes of the member states where this controller's affected people live. */
  memberStates?: string[];
}

export interface ConfidentialityFacts {
  recipients: Recipients;
  /** The recipient returned the data or provably deleted it. */
  dataRetrieved: boolean;
  /** Evidence (access logs, forensic analysis) shows that nobody unauthorised read the exposed data. */
  accessRuledOut?: boolean;
  /** How many recipients had the data, when known: a letter sent to one wrong person is 1. */
  recipientCount?: number;
  /** A recipient has a reason to use the data against the people: an estranged partner or relative, a competitor. */
  recipientMayMisuse?: boolean;
}

export interface AvailabilityFacts {
  outageHours: number;
  /** A usable backup or copy exists. */
  restorable: boolean;
  permanentLoss: boolean;
  /** Evidence (logs, forensic analysis) shows that the attack did not copy the data (EDPB 01/2021 case 01). */
  exfiltrationRuledOut?: boolean;
  /** People depend on the data being there in time: care, payments, benefits (EDPB 01/2021 case 03). */
  peopleDependOnAccess?: boolean;
}

export interface IntegrityFacts {
  altered: boolean;
  /** The original can be restored (a backup or copy of it exists). */
  recoverable: boolean;
  /** The original has been restored, not only could be. */
  restored?: boolean;
  /** Evidence shows that nothing was done with the altered data before it was restored (no payment, decision or letter). */
  misuseRuledOut?: boolean;
}

/** How much a category's data reveal, when less or more than the category usually does (ENISA 2013 Annex A). */
export const DATA_INSIGHTS = ['none', 'general', 'partial', 'full'] as const;
export type DataInsight = (typeof DATA_INSIGHTS)[number];

export interface EncryptionFacts {
  level: EncryptionLevel;
  keyCompromised: boolean;
}

export interface MitigationFacts {
  measures?: string;
  /** The Art. 34(3)(b) claim: measures taken since make the high risk no longer likely. */
  highRiskNoLongerLikely?: boolean;
}

/** What the risk engine weighs. Everything but the three required lists may be unknown (absent). */
export interface RiskFacts {
  role: IncidentRole;
  breachTypes: BreachType[];
  malicious?: boolean;
  dataCategories: DataCategory[];
  subjectCategories?: SubjectCategory[];
  subjectsAffected?: number;
  recordsAffected?: number;
  identifiability?: Identifiability;
  confidentiality?: ConfidentialityFacts;
  availability?: AvailabilityFacts;
  integrity?: IntegrityFacts;
  encryption?: EncryptionFacts;
  mitigation?: MitigationFacts;
  disproportionateEffort?: boolean;
  crossBorder?: { memberStates: string[] };
  /** The controller's identity itself reveals something about the people (a clinic, a party, a union). */
  controllerRevealsSensitiveContext?: boolean;
  /**
   * Per category, how much the breached data reveal: `none` (no substantial insight: that someone is a customer),
   * `general` (general assumptions: order values, an account number alone), `partial` (some detail), `full` (complete:
   * full card data, test results). Absent: what the category usually reveals.
   */
  dataInsight?: Partial<Record<DataCategory, DataInsight>>;
  /** Disclosure could endanger people's physical safety: victims of domestic abuse, protected witnesses, people in hiding. */
  safetyAtRisk?: boolean;
  /** The data suffice to impersonate people or take over their accounts: ID document copies, full card data, security answers. */
  enablesFraud?: boolean;
  /** The controller cannot yet tell who is affected, or has no way to reach them. */
  subjectsUnreachable?: boolean;
}

/**
 * One data set of a system the breach touched, as the inventory described it when the incident was logged (issue
 * #15): kept with the incident so its parts (controller, processor) are assessed on their own figures.
 */
export interface IncidentDataSet {
  /** The system's slug. */
  system: string;
  role: IncidentRole;
  dataCategories: DataCategory[];
  subjectCategories: SubjectCategory[];
  subjectsAffected?: number;
  recordsAffected?: number;
  encryptionAtRest?: EncryptionLevel;
  /** Data processed in providing a public electronic-communications service (Law 506/2004). */
  electronicCommunications: boolean;
  /** Processor data sets: the controllers whose data it holds, each with its own figures in this set. */
  controllers: AffectedController[];
}

/** The facts the inventory can supply; each one the reporter states instead is theirs. */
export const INVENTORY_FACTS = [
  'role',
  'dataCategories',
  'subjectCategories',
  'subjectsAffected',
  'recordsAffected',
  'encryption',
  'regime',
  'affectedControllers',
] as const;
export type InventoryFact = (typeof INVENTORY_FACTS)[number];
export type FactSource = 'inventory' | 'reporter';

/** What an incident logged against systems keeps of them: the data sets touched and where each fact came from. */
export interface InventoryFacts {
  /** The systems (slugs) the breach touched, as named at intake. */
  systems?: string[];
  dataSets?: IncidentDataSet[];
  /** For each fact the inventory could supply: taken from it, or stated by the reporter (who wins). */
  factSources?: Partial<Record<InventoryFact, FactSource>>;
}

/** Everything the contract lets a caller state about an incident. */
export interface IncidentFacts extends RiskFacts, NoticeFacts, InventoryFacts {
  title: string;
  description?: string;
  awareAt: Date;
  occurredAt?: Date;
  detectedAt?: Date;
  affectedControllers?: AffectedController[];
  sectors?: Sector[];
  regime?: BreachRegime;
  nis2Classification?: Nis2Classification;
  doraClassification?: DoraClassification;
}
