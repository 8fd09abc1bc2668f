// What the notice renderer needs to know. Pure: built by the notices service from the incident, the
// organisation settings, the stored assessment and the clocks.
import type { Assessment } from '../../risk/assessment.js';
import type { AffectedController, IncidentFacts } from '../../risk/facts.js';

export const NOTICE_KINDS = ['authority', 'data_subjects', 'controller'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const NOTICE_LANGUAGES = ['ro', 'en'] as const;
export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number];

export interface OrganisationProfile {
  name: string;
  sector: 'public' | 'private';
  /** CUI, the Romanian fiscal registration code. */
  registrationCode: string;
  address: string;
  /** `address`: the DPO's postal address, item 2 of the ANSPDCP form (mandatory there; a blank until set). */
  dpo: { name: string; email: string; phone: string; address?: string };
}

/** The sent authority notification a supplement completes (Art. 33(4)), as it was when sent. */
export interface SupplementedNotification {
  externalReference: string;
  sentAt: Date;
  /** The operator's identity as notified; a supplement keeps it, whatever the profile says today. */
  organisation?: OrganisationProfile;
  /** The facts the completed notification was written from, to say what changed. */
  incident?: IncidentFacts;
}

/** How the people were told, from the sent Art. 34 letter (ANSPDCP form, section 2). */
export interface SubjectsInformed {
  how: string;
  when?: Date;
  count?: number;
  letter?: { title: string; version: number };
}

export interface NoticeClock {
  key: string;
  regime: string;
  recipient: string;
  dueAt: Date;
  state: 'running' | 'met' | 'missed' | 'not_required';
}

export interface NoticeInput {
  kind: NoticeKind;
  language: NoticeLanguage;
  now: Date;
  /** IANA zone local times are shown in, e.g. 'Europe/Bucharest'. */
  timeZone: string;
  organisation: OrganisationProfile;
  incident: IncidentFacts & { reference: string };
  assessment: Assessment | null;
  clocks: NoticeClock[];
  /** An authority notice made after the deadline of the clock it meets (lateness.ts): it states the reasons for the delay. */
  late: boolean;
  /** Art. 33(4): information given in phases, as a supplement to an earlier notification. */
  supplementTo?: SupplementedNotification;
  reasonsForDelay?: string;
  subjectsInformed?: SubjectsInformed | null;
  /** The customer a processor warns (kind 'controller'), with its own figures when known. */
  recipientController?: Pick<AffectedController, 'name' | 'contact'> & Partial<Omit<AffectedController, 'name' | 'contact'>>;
  /** Who signs the authority notice; the DPO when not given. */
  signatory?: { name: string; position: string };
}

export interface RenderedNotice {
  title: string;
  markdown: string;
}
