import type { NoticeClock, NoticeInput } from './notice-input.js';

/** Art. 33(1): the authority is notified within 72 hours of awareness, or the notice gives reasons for the delay. */
export const AUTHORITY_DEADLINE_HOURS = 72;
export const AUTHORITY_CLOCK_REGIME = 'gdpr_art33';

const HOUR_MS = 3_600_000;

export type LatenessFacts = Pick<NoticeInput, 'now' | 'clocks' | 'supplementTo'> & { incident: { awareAt: Date } };

/**
 * Whether an authority notice must carry reasons for the delay. A supplement (Art. 33(4)) is judged by
 * when the notification it completes was sent: information given in phases after a timely first
 * notification is not late.
 */
export function isLateAuthorityNotice({ now, clocks, supplementTo, incident }: LatenessFacts): boolean {
  const firstNotificationAt = supplementTo?.sentAt ?? now;
  const deadline = incident.awareAt.getTime() + AUTHORITY_DEADLINE_HOURS * HOUR_MS;
  return firstNotificationAt.getTime() > deadline || authorityClock(clocks)?.state === 'missed';
}

export function authorityClock(clocks: readonly NoticeClock[]): NoticeClock | undefined {
  return clocks.find((clock) => clock.regime === AUTHORITY_CLOCK_REGIME);
}

/**
 * The incident falls under the e-communications regime (Law 506/2004 art. 3^1, Reg. 611/2013; GDPR Art. 95):
 * its clocks, decided by the clock rules, include an ePrivacy initial notification that applies. The same test
 * as the clock a notice meets (clocks/rules noticeClockKey).
 */
export function isEPrivacyRegime(clocks: readonly NoticeClock[]): boolean {
  return clocks.some((clock) => clock.regime === 'eprivacy_initial' && clock.state !== 'not_required');
}
