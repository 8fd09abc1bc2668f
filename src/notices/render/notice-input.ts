// What the notice renderer needs to know. Pure: built by the notices service from the incident, the
// organisation settings, the stored assessment and the clocks.
import type { Assessment } from '../../risk/assessment.js';
import type { IncidentFacts } from '../../risk/facts.js';

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
  dpo: { name: string; email: string; phone: string };
}

export interface NoticeClock {
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
  /** Art. 33(4): information given in phases, as a supplement to an earlier notification. */
  supplementTo?: { externalReference: string; sentAt: Date };
  reasonsForDelay?: string;
  subjectsInformed?: { how: string; when?: Date } | null;
  /** The customer a processor warns (kind 'controller'). */
  recipientController?: { name: string; contact: string };
}

export interface RenderedNotice {
  title: string;
  markdown: string;
}
