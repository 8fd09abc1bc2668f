// Every word a notice uses, per language. Tables are Records over the contract's vocabularies, so a
// value added to facts.ts or assessment.ts does not compile until both languages name it.
import type { Exemption, RiskLevel, SeverityLevel } from '../../../risk/assessment.js';
import type {
  BreachType,
  DataCategory,
  EncryptionLevel,
  IncidentRole,
  Recipients,
  SubjectCategory,
} from '../../../risk/facts.js';
import type { AdviceId, ConsequenceId } from '../category-effects.js';
import type { OrganisationProfile } from '../notice-input.js';
import type { OpenQuestionId } from '../open-questions.js';

/** Items a notice cannot go without; shown as a visible placeholder until someone fills them in. */
export type RequiredItem = 'reasonsForDelay' | 'summary' | 'measures' | 'subjectsInformed' | 'recipientController';

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
    delay: string;
  };
  initialNotification: string;
  supplement: (externalReference: string, sentAt: string) => string;
  deadline: string;
  noOtherControllers: string;
  riskAssessment: string;
  method: (method: string, version: string, assessedAt: string) => string;
  severity: string;
  riskLevel: string;
  notifyAuthority: string;
  notifyDataSubjects: string;
  mainReasons: string;
  notAssessed: string;
  highRiskNoLongerLikely: string;
  adviceToSubjects: string;
  subjectsInformed: (how: string, when: string | null) => string;
  subjectsToBeInformed: string;
  subjectsNotRequired: string;
  subjectsExempted: string;
  memberStates: string;
  noMemberStates: string;
  delayStatement: string;
}

export interface DataSubjectsStrings {
  title: string;
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
  /** What each kind of breach means, in a clause a person understands. */
  happened: Record<BreachType, string>;
  startedOn: (date: string) => string;
  deliberate: string;
  contactIntro: (dpoName: string) => string;
  mentionReference: (reference: string) => string;
  complaint: string;
}

export interface ControllerStrings {
  title: (reference: string) => string;
  to: string;
  from: string;
  intro: string;
  sections: {
    awareness: string;
    whatHappened: string;
    nature: string;
    dataAndPeople: string;
    consequences: string;
    measures: string;
    contact: string;
    investigating: string;
    nextSteps: string;
  };
  yourClock: string;
  investigatingIntro: string;
  nothingOutstanding: string;
  phases: string;
}

export interface NoticeStrings {
  /** BCP 47 tag for numbers, dates and country names. */
  locale: string;
  unknown: string;
  yes: string;
  no: string;
  required: (item: string) => string;
  instant: (utc: string, local: string, offset: string) => string;
  art9Note: string;
  art10Note: string;
  vocabulary: Vocabulary;
  labels: FieldLabels;
  authority: AuthorityStrings;
  dataSubjects: DataSubjectsStrings;
  controller: ControllerStrings;
}
