// What a notice command reads, loaded once at its start (notice-context.loader.ts), and what is worked out
// from it. Pure.
import type { ClockView } from '../clocks/clocks.service.js';
import type { IncidentSnapshot } from '../incidents/incident-snapshot.js';
import type { AssessmentView } from '../incidents/assessments.service.js';
import type { OrganisationSettings } from '../organisation/organisation.js';
import type { Notice } from './notice.entity.js';
import { isLateAuthorityNotice, type NoticeClock } from './render/index.js';

export type SentNotice = Notice & { sentAt: Date; externalReference: string; channel: string };

/** A command on one notice: the notice (row-locked), its incident (read-shared: a close waits), the deadlines it meets. */
export interface NoticeContext {
  notice: Notice;
  incident: IncidentSnapshot;
  /** The incident's clocks; read for an authority notice (its lateness) and for marking a notice sent. */
  clocks: ClockView[];
  /** The sent authority notification this notice completes (Art. 33(4)). */
  supplemented: SentNotice | null;
}

/** A first draft: everything the renderer is given, as of one transaction. */
export interface DraftContext {
  incident: IncidentSnapshot;
  clocks: ClockView[];
  organisation: OrganisationSettings;
  assessment: AssessmentView | null;
  /** The notice the request names with supplementTo, as stored: the service checks it is a sent authority notice. */
  supplementTo: Notice | null;
  /** For a notice to the authority: the first letter to the people that went out (how they were informed). */
  firstLetter: SentNotice | null;
}

/** An authority notice made after the deadline of the clock it meets, judged when it is sent, or now while it is not. */
export function isLate(notice: Notice, { clocks, supplemented }: Pick<NoticeContext, 'clocks' | 'supplemented'>, now: Date): boolean {
  return (
    notice.kind === 'authority' &&
    isLateAuthorityNotice({
      clockKey: notice.clockKey,
      clocks: clocks.map(noticeClock),
      at: notice.sentAt ?? now,
      supplementTo: supplemented ?? undefined,
    })
  );
}

export function isSent(notice: Notice): notice is SentNotice {
  return notice.state === 'sent' && notice.sentAt !== null && notice.externalReference !== null && notice.channel !== null;
}

export function noticeClock(clock: ClockView): NoticeClock {
  return { key: clock.key, regime: clock.regime, recipient: clock.recipient, dueAt: new Date(clock.dueAt), state: clock.state };
}
