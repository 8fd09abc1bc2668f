// What the renderer is given for a first draft, from the draft's context. Pure.
import { organisationSettingStillDefault } from '../organisation/organisation.js';
import type { DraftContext, SentNotice } from './notice-context.js';
import { noticeClock } from './notice-context.js';
import { noticeRole } from './notice-rules.js';
import type { AffectedController, IncidentFacts } from '../risk/facts.js';
import { partFacts } from '../risk/parts.js';
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
    incident: { ...noticeFacts(draft.incident.facts, notice), reference: draft.incident.reference },
    assessment: draft.assessment,
    clocks: draft.clocks.map(noticeClock),
    supplementTo: supplemented ? supplementedNotification(supplemented) : undefined,
    subjectsInformed: notice.kind === 'authority' ? subjectsInformed(draft.firstLetter) : null,
  };
}

/**
 * The facts a notice speaks of: for an incident of both roles (issue #15), its part's (the authority and the people
 * hear of our own data sets, a controller of its own). A warning names no other controller: its facts keep only its
 * addressee, so neither its text nor its stored snapshot carries another customer's figures.
 */
function noticeFacts(
  facts: IncidentFacts,
  { kind, recipientController }: Pick<NoticeInput, 'kind' | 'recipientController'>,
): IncidentFacts {
  const part = partFacts(facts, noticeRole(kind));
  if (kind !== 'controller' || !part.affectedControllers) return part;
  return { ...part, affectedControllers: recipientController ? [recipientController as AffectedController] : [] };
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
