import { isLateAuthorityNotice } from './lateness.js';
import type { NoticeClock } from './notice-input.js';

const awareAt = new Date('2026-03-10T08:15:00Z');
const hoursAfterAwareness = (hours: number) => new Date(awareAt.getTime() + hours * 3_600_000);
const authorityClock = (state: NoticeClock['state']): NoticeClock => ({
  regime: 'gdpr_art33',
  recipient: 'ANSPDCP',
  dueAt: hoursAfterAwareness(72),
  state,
});

describe('isLateAuthorityNotice (Art. 33(1))', () => {
  it('is on time up to 72 hours after awareness', () => {
    expect(isLateAuthorityNotice({ now: hoursAfterAwareness(72), clocks: [], incident: { awareAt } })).toBe(false);
  });

  it('is late after 72 hours from awareness', () => {
    expect(isLateAuthorityNotice({ now: hoursAfterAwareness(72.01), clocks: [], incident: { awareAt } })).toBe(true);
  });

  it('is late when the authority clock was missed, whatever the hour', () => {
    expect(isLateAuthorityNotice({ now: hoursAfterAwareness(10), clocks: [authorityClock('missed')], incident: { awareAt } })).toBe(true);
  });

  it('judges a supplement by when the notification it completes was sent (Art. 33(4))', () => {
    const supplementAfterTimelyFirst = { externalReference: 'ANSPDCP-1234', sentAt: hoursAfterAwareness(48) };
    const supplementAfterLateFirst = { externalReference: 'ANSPDCP-1234', sentAt: hoursAfterAwareness(80) };
    const now = hoursAfterAwareness(200);
    expect(isLateAuthorityNotice({ now, clocks: [authorityClock('met')], supplementTo: supplementAfterTimelyFirst, incident: { awareAt } })).toBe(false);
    expect(isLateAuthorityNotice({ now, clocks: [], supplementTo: supplementAfterLateFirst, incident: { awareAt } })).toBe(true);
  });
});
