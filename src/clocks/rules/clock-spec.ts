// The legal deadlines of an incident, as data (docs/clocks.md has the table). Pure.
import type { Assessment } from '../../risk/assessment.js';
import type { AffectedController, BreachRegime, DataCategory, IncidentRole, Sector } from '../../risk/facts.js';

export const CLOCK_REGIMES = [
  'gdpr_art33',
  'gdpr_art34',
  'processor_to_controller',
  'eprivacy_initial',
  'eprivacy_second_phase',
  'eprivacy_subscribers',
  'nis2_early_warning',
  'nis2_notification',
  'nis2_final_report',
  'dora_initial',
  'dora_intermediate',
  'dora_final',
] as const;
export type ClockRegime = (typeof CLOCK_REGIMES)[number];

/** The notice Breach Desk drafts to meet the clock; null when the report is made in the recipient's own portal. */
export type ClockNoticeKind = 'authority' | 'data_subjects' | 'controller' | null;

export interface ClockSpec {
  /** Unique per incident and stable across recomputations: 'gdpr_art33', 'processor_to_controller:0'. */
  key: string;
  regime: ClockRegime;
  /** 'ANSPDCP', a controller's name, 'data subjects', 'CSIRT (DNSC)'. */
  recipient: string;
  noticeKind: ClockNoticeKind;
  /** 'GDPR Art. 33(1)' */
  legalBasis: string;
  startsAt: Date;
  dueAt: Date;
  required: boolean;
  notRequiredReason?: string;
}

/** What the clocks need from an assessment; a whole `Assessment` fits. */
export type ClockAssessment = Pick<Assessment, 'riskLevel' | 'notifyAuthority' | 'notifyDataSubjects'> &
  Partial<Pick<Assessment, 'exemptions'>>;

export interface ClockSettings {
  /** The organisation's target for telling people of a high risk; Art. 34 itself says "without undue delay". */
  dataSubjectsHours: number;
  /** The national supervisory authority. */
  authority: string;
  /** Art. 56 lead supervisory authority for cross-border breaches, when the organisation knows it. */
  leadAuthority?: string;
}

export interface ClockInput {
  awareAt: Date;
  role: IncidentRole;
  /**
   * An incident that touched data sets of both roles (issue #15) has the clocks of each: the controller's for our own
   * data, a warning clock per controller for the customers'. Absent: `role` alone.
   */
  roles?: IncidentRole[];
  affectedControllers?: AffectedController[];
  sectors: Sector[];
  crossBorder?: { memberStates: string[] };
  /** null until the incident is assessed. */
  assessment: ClockAssessment | null;
  /** When the high-risk finding was first made. */
  highRiskSince?: Date;
  /** When each clock was met (its first filing), by clock key: later phases count from the earlier report. */
  metAt: Record<string, Date>;
  /** The latest filing of each clock, when there were several (an updated DORA intermediate report). */
  lastFiledAt?: Record<string, Date>;
  settings: ClockSettings;
  /** The responder's statement of the regime (GDPR or ePrivacy); absent: breachRegime's default. */
  regime?: BreachRegime;
  dataCategories?: DataCategory[];
  /** NIS2 Art. 23(3) "significant", DORA Art. 18 "major": recorded findings, with when they were made. */
  classifications?: {
    nis2?: { significant: boolean; classifiedAt: Date };
    dora?: { major: boolean; classifiedAt: Date };
  };
}
