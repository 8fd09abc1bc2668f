// What the renderer is given for a first draft, from the draft's context. Pure.
import { organisationSettingStillDefault } from '../organisation/organisation.js';
import type { DraftContext, SentNotice } from './notice-context.js';
import { noticeClock } from './notice-context.js';
import {
  NOTICE_IDENTITY_FIELDS,
  withIdentityBlanks,
  type NoticeInput,
  type SubjectsInformed,
  type SupplementedNotification,
} from './render/index.js';

/** What the request and the service decide: the kind, language and addressee, and whether the notice is late. */
export type NoticeRequestInput = Pick<NoticeInput, 'kind' | 'language' | 'late' | 'recipientController' | 'signatory'> & {
  supplemented: SentNotice | null;
};

export function noticeRenderInput(draft: DraftContext, request: NoticeRequestInput, now: Date, timeZone: string): NoticeInput {
  const { supplemented, ...notice } = request;
  const settings = draft.organisation;
  const { name, sector, registrationCode, address, dpo } = settings;
  const unsetIdentity = NOTICE_IDENTITY_FIELDS.filter((field) => organisationSettingStillDefault(settings, field));
  return {
    ...notice,
    now,
    timeZone,
    organisation: withIdentityBlanks({ name, sector, registrationCode, address, dpo }, unsetIdentity, notice.language),
    incident: { ...draft.incident.facts, reference: draft.incident.reference },
    assessment: draft.assessment,
    clocks: draft.clocks.map(noticeClock),
    supplementTo: supplemented ? supplementedNotification(supplemented) : undefined,
    subjectsInformed: notice.kind === 'authority' ? subjectsInformed(draft.firstLetter) : null,
  };
}

/** For the authority notice: how, when, with what letter and to how many the people were first told, once a letter has gone out. */
function subjectsInformed(letter: SentNotice | null): SubjectsInformed | null {
  if (!letter) return null;
  return {
    how: letter.channel,
    when: letter.sentAt,
    count: letter.recipientCount ?? undefined,
    letter: { title: letter.title, version: letter.version },
  };
}

/** The notification a supplement completes, with the identity and facts it was written with (JSON keeps dates as text). */
function supplementedNotification(notice: SentNotice): SupplementedNotification {
  const facts = notice.factsSnapshot;
  return {
    externalReference: notice.externalReference,
    sentAt: notice.sentAt,
    organisation: notice.organisationSnapshot ?? undefined,
    incident: facts
      ? {
          ...facts,
          awareAt: new Date(facts.awareAt),
          occurredAt: facts.occurredAt === undefined ? undefined : new Date(facts.occurredAt),
          detectedAt: facts.detectedAt === undefined ? undefined : new Date(facts.detectedAt),
        }
      : undefined,
  };
}
