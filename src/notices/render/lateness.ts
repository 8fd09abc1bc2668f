import type { NoticeClock } from './notice-input.js';

/** The clocks an authority notice can meet, each with its own deadline and its own words for a delay. */
export type AuthorityClockKey = 'gdpr_art33' | 'eprivacy_initial' | 'eprivacy_second_phase';

export interface LatenessFacts {
  /** The clock the notice meets (Notice.clockKey). */
  clockKey: string;
  clocks: readonly NoticeClock[];
  /** When the notice is made: when it was sent, or now while it is not. */
  at: Date;
  /** The sent notification a supplement completes, and the clock that one met. */
  supplementTo?: { sentAt: Date; clockKey: string };
}

/**
 * Whether an authority notice must carry reasons for the delay: it is made after the deadline of the clock it
 * meets, 72 hours from awareness under Art. 33(1) GDPR, 24 hours from detection for a provider's initial
 * notification (Reg. 611/2013 Art. 2(2)), 3 days from the initial one for its second (Art. 2(3)). A supplement
 * that meets the same clock as the notification it completes (Art. 33(4)) is judged by when that one was sent:
 * information given in phases after a timely first notification is not late.
 */
export function isLateAuthorityNotice({ clockKey, clocks, at, supplementTo }: LatenessFacts): boolean {
  const deadline = clocks.find((clock) => clock.key === clockKey)?.dueAt;
  const notifiedAt = supplementTo?.clockKey === clockKey ? supplementTo.sentAt : at;
  return deadline !== undefined && notifiedAt.getTime() > deadline.getTime();
}

/**
 * The incident falls under the e-communications regime (Law 506/2004 art. 3^1, Reg. 611/2013; GDPR Art. 95):
 * its clocks, decided by the clock rules, include an ePrivacy initial notification that applies. The same test
 * as the clock a notice meets (clocks/rules noticeClockKey).
 */
export function isEPrivacyRegime(clocks: readonly NoticeClock[]): boolean {
  return clocks.some((clock) => clock.regime === 'eprivacy_initial' && clock.state !== 'not_required');
}
