// Every word a notice uses, per language. Tables are Records over the contract's vocabularies, so a
// value added to facts.ts or assessment.ts does not compile until both languages name it.
import type { Exemption, RiskLevel, SeverityLevel } from '../../../risk/assessment.js';
import type { BreachType, DataCategory, EncryptionLevel, IncidentRole, Recipients, SubjectCategory } from '../../../risk/facts.js';
import type { AuthorityReport, DataOutcome, SubjectInformer, TextLanguage } from '../../../risk/notice-facts.js';
import type { AdviceId, ConsequenceId } from '../category-effects.js';
import type { OrganisationProfile } from '../notice-input.js';
import type { OpenQuestionId } from '../open-questions.js';

/** Items a notice cannot go without; shown as a visible placeholder until someone fills them in. */
export type RequiredItem =
  | 'reasonsForDelay'
  | 'summary'
  | 'measures'
  | 'subjectsInformed'
  | 'recipientController'
  | 'plainLanguageSummary'
  | 'dpoAddress'
  | 'controllerSubjects'
  | 'controllerRecords'
  | 'emergencyContact'
  | 'subjectsInformedCount'
  | 'organisationName'
  | 'registrationCode'
  | 'organisationAddress'
  | 'dpoName'
  | 'dpoEmail'
  | 'dpoPhone';

export interface Vocabulary {
  dataCategory: Record<DataCategory, string>;
  subjectCategory: Record<SubjectCategory, string>;
  breachType: Record<BreachType, string>;
  recipients: Record<Recipients, string>;
  encryption: Record<EncryptionLevel, string>;
  role: Record<IncidentRole, string>;
  sector: Record<OrganisationProfile['sector'], string>;
  severityLevel: Record<SeverityLevel, string>;
  riskLevel: Record<RiskLevel, string>;
  exemption: Record<Exemption, string>;
  /** Likely consequences, as the authority or a controller reads them. */
  consequence: Record<ConsequenceId, string>;
  /** The same consequences, said to the person concerned. */
  riskForYou: Record<ConsequenceId, string>;
  advice: Record<AdviceId, string>;
  openQuestion: Record<OpenQuestionId, string>;
  requiredItem: Record<RequiredItem, string>;
  dataOutcome: Record<DataOutcome, string>;
  otherAuthority: Record<AuthorityReport['authority'], string>;
  subjectInformer: Record<SubjectInformer, string>;
  /** The name of a language, as the blank asking for a translation says it ("din limba engleză"). */
  fromLanguage: Record<TextLanguage, string>;
}

/** Field labels shared by the authority and controller notices. */
export interface FieldLabels {
  organisationName: string;
  sector: string;
  registrationCode: string;
  address: string;
  role: string;
  personName: string;
  email: string;
  phone: string;
  occurredAt: string;
  detectedAt: string;
  awareAt: string;
  breachTypes: string;
  malicious: string;
  recipients: string;
  dataRetrieved: string;
  outageHours: string;
  restorable: string;
  permanentLoss: string;
  altered: string;
  recoverable: string;
  encryption: string;
  keyCompromised: string;
  dataCategories: string;
  subjectCategories: string;
  subjectsAffected: string;
  recordsAffected: string;
  measures: string;
  dataOutcome: string;
  dataDescription: string;
}

export interface AuthorityStrings {
  title: (reference: string) => string;
  addressee: string;
  intro: (reference: string, date: string) => string;
  sections: {
    controller: string;
    contact: string;
    notificationType: string;
    timeline: string;
    nature: string;
    data: string;
    measuresApplied: string;
    otherControllers: string;
    summary: string;
    numbers: string;
    consequences: string;
    adverseEffects: string;
    subjectsInformed: string;
    crossBorder: string;
    otherAuthorities: string;
    delay: string;
    signature: string;
  };
  initialNotification: string;
  supplement: (externalReference: string, sentAt: string) => string;
  changesSince: string;
  noChangesSince: string;
  change: (label: string, before: string, after: string) => string;
  textUpdated: (section: string) => string;
  investigationContinues: string;
  investigationComplete: string;
  noOtherControllers: string;
  riskAssessment: string;
  method: (method: string, version: string, assessedAt: string) => string;
  severity: string;
  riskLevel: string;
  mainReasons: string;
  notAssessed: string;
  highRiskNoLongerLikely: string;
  adviceToSubjects: string;
  informedContent: string;
  informedMeans: string;
  informedCount: string;
  informedAt: string;
  informedContentText: (title: string, version: number) => string;
  subjectsToBeInformed: string;
  subjectsNotRequired: string;
  subjectsExempted: string;
  memberStates: string;
  noMemberStates: string;
  noOtherAuthorities: string;
  authorityReport: (authority: string, at: string | null, reference: string | null) => string;
  delayStatement: string;
  signatoryName: string;
  signatoryPosition: string;
  signatureDate: string;
  signature: string;
  dpoPosition: string;
}

export interface DataSubjectsStrings {
  title: string;
  sender: string;
  date: (date: string) => string;
  salutation: string;
  opening: (organisation: string) => string;
  sections: {
    whatHappened: string;
    whatData: string;
    whatItMeans: string;
    whatWeDid: string;
    whatYouCanDo: string;
    contact: string;
    complaint: string;
  };
  foundOut: (date: string) => string;
  /** What happened to the data, in a clause a person understands, as certain as the facts are. */
  confidentiality: Record<DataOutcome | 'unknown', string>;
  integrity: string;
  unavailable: string;
  lost: string;
  startedOn: (date: string) => string;
  deliberate: string;
  contactIntro: (dpoName: string) => string;
  mentionReference: (reference: string) => string;
  complaint: string;
  authorityAddress: string;
  closing: string;
}

export interface ControllerStrings {
  title: string;
  reference: string;
  to: string;
  from: string;
  intro: string;
  sections: {
    awareness: string;
    whatHappened: string;
    nature: string;
    dataAndPeople: string;
    containment: string;
    consequences: string;
    measures: string;
    indicators: string;
    reports: string;
    subProcessors: string;
    crossBorder: string;
    informingPeople: string;
    contact: string;
    investigating: string;
    nextSteps: string;
  };
  yourClock: string;
  yourPeople: string;
  yourRecords: string;
  contained: (since: string | null) => string;
  notContained: string;
  containmentUnknown: string;
  noIndicators: string;
  noSubProcessors: string;
  emergencyContact: string;
  investigatingIntro: string;
  investigationContinues: string;
  nothingOutstanding: string;
  stillUnknown: string;
  phases: string;
  finalPhase: string;
}

/** The provider's notification under Reg. (EU) 611/2013 Annex I, in the form of ANSPDCP Decision 184/2014. */
export interface EPrivacyStrings {
  title: (reference: string) => string;
  intro: (reference: string, date: string) => string;
  filing: string;
  sections: {
    provider: string;
    contact: string;
    notificationType: string;
    timeline: string;
    circumstances: string;
    data: string;
    measuresApplied: string;
    otherProviders: string;
    summary: string;
    numbers: string;
    consequences: string;
    adverseEffects: string;
    subscribersInformed: string;
    crossBorder: string;
    otherAuthorities: string;
  };
  firstNotification: string;
  secondNotification: (externalReference: string, sentAt: string) => string;
  noOtherProviders: string;
  subscribersToBeInformed: string;
  subscribersNotInformed: string;
  signature: string;
  /** Annex II, item 4: the letter to subscribers always gives the estimated date of the incident. */
  estimatedDate: (date: string) => string;
  /** Art. 2(2): an initial notification made more than 24 hours after detection. */
  delayStatement: string;
  /** Art. 2(3): a second notification made more than 3 days after the initial one needs a reasoned justification. */
  secondDelayStatement: string;
}

export interface NoticeStrings {
  /** BCP 47 tag for numbers, dates and country names. */
  locale: string;
  unknown: string;
  yes: string;
  no: string;
  required: (item: string) => string;
  /** The blank above a text written in another language (or in one nobody declared). */
  translate: (from: string | null) => string;
  instant: (utc: string, local: string, offset: string) => string;
  art9Note: string;
  art10Note: string;
  vocabulary: Vocabulary;
  labels: FieldLabels;
  authority: AuthorityStrings;
  dataSubjects: DataSubjectsStrings;
  controller: ControllerStrings;
  eprivacy: EPrivacyStrings;
}
