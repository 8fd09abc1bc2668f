// Facts the notices state but the risk engine does not weigh (docs/notices.md, "Facts only the notices use").
// Pure: imported by the intake DTO, the stored incident and the notice renderer.

export const TEXT_LANGUAGES = ['ro', 'en'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

/** Free text typed into the incident; each is written in `textLanguage`, or given per language in `translations`. */
export const FREE_TEXT_FIELDS = ['description', 'measures', 'plainLanguageSummary', 'dataDescription'] as const;
export type FreeTextField = (typeof FREE_TEXT_FIELDS)[number];
export type FreeTexts = Partial<Record<FreeTextField, string>>;

/** What is known to have happened to the data, from least to most certain harm (the verbs of the notices follow it). */
export const DATA_OUTCOMES = ['exposed', 'accessed', 'copied', 'copied_and_published'] as const;
export type DataOutcome = (typeof DATA_OUTCOMES)[number];

/** Which financial data: advice to block a card only when card data were taken. */
export const FINANCIAL_DATA_KINDS = ['payment_card', 'bank_account', 'amounts_only'] as const;
export type FinancialDataKind = (typeof FINANCIAL_DATA_KINDS)[number];

export const OTHER_AUTHORITIES = ['dnsc', 'police', 'ancom', 'other_dpa', 'other'] as const;
export type OtherAuthority = (typeof OTHER_AUTHORITIES)[number];

export interface AuthorityReport {
  authority: OtherAuthority;
  /** The authority's name when `other` or `other_dpa`, e.g. "BfDI". */
  name?: string;
  /** ISO 8601 instant with offset. */
  reportedAt?: string;
  reference?: string;
}

export interface Containment {
  contained: boolean;
  /** ISO 8601 instant with offset: since when the breach is contained. */
  since?: string;
}

/** Who tells the people: for a processor's incident, the controller, unless it instructed us to (Art. 28(3)). */
export const SUBJECT_INFORMERS = ['controller', 'processor_on_instruction'] as const;
export type SubjectInformer = (typeof SUBJECT_INFORMERS)[number];

export interface NoticeFacts {
  /** The language `description`, `mitigation.measures`, `plainLanguageSummary` and `dataDescription` are written in. */
  textLanguage?: TextLanguage;
  /** The same free texts in another language; a notice in a language with no text shows a blank to translate. */
  translations?: Partial<Record<TextLanguage, FreeTexts>>;
  /** Art. 34(2): what happened, in clear and plain language, for the letter to the people. */
  plainLanguageSummary?: string;
  /** The data actually affected, in words (e.g. "order history: products and order values"). */
  dataDescription?: string;
  dataOutcome?: DataOutcome;
  financialDataKinds?: FinancialDataKind[];
  /** The investigation is declared finished: no supplement is expected. */
  investigationComplete?: boolean;
  otherAuthoritiesInformed?: AuthorityReport[];
  containment?: Containment;
  /** Indicators of compromise (addresses, hashes, file names): technical, shown as typed in every language. */
  indicatorsOfCompromise?: string[];
  /** Sub-processors involved in the breach (Art. 28(2), (4)). */
  subProcessors?: string[];
  /** Reachable at any hour while the breach is handled. */
  emergencyContact?: { name?: string; phone: string; email?: string };
  subjectInformer?: SubjectInformer;
}
