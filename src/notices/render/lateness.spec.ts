import { isLateAuthorityNotice } from './lateness.js';
import type { NoticeClock } from './notice-input.js';

const awareAt = new Date('2026-03-10T08:15:00Z');
const hoursAfterAwareness = (hours: number) => new Date(awareAt.getTime() + hours * 3_600_000);
const clock = (key: string, dueInHours: number, state: NoticeClock['state'] = 'running'): NoticeClock => ({
  key,
  regime: key,
  recipient: 'ANSPDCP',
  dueAt: hoursAfterAwareness(dueInHours),
  state,
});
const gdprClocks = [clock('gdpr_art33', 72)];
// Under Art. 95 the GDPR clock stays on the incident, not required: the provider's notice meets the 24-hour one.
const ePrivacyClocks = [clock('gdpr_art33', 72, 'not_required'), clock('eprivacy_initial', 24), clock('eprivacy_second_phase', 96)];

describe('isLateAuthorityNotice (Art. 33(1), Reg. 611/2013 Art. 2)', () => {
  it('is on time up to 72 hours after awareness under the GDPR', () => {
    expect(isLateAuthorityNotice({ clockKey: 'gdpr_art33', clocks: gdprClocks, at: hoursAfterAwareness(72) })).toBe(false);
  });

  it('is late after 72 hours from awareness under the GDPR', () => {
    expect(isLateAuthorityNotice({ clockKey: 'gdpr_art33', clocks: gdprClocks, at: hoursAfterAwareness(72.01) })).toBe(true);
  });

  it('judges a provider’s initial notification on its 24-hour deadline, not on 72 hours', () => {
    expect(isLateAuthorityNotice({ clockKey: 'eprivacy_initial', clocks: ePrivacyClocks, at: hoursAfterAwareness(24) })).toBe(false);
    expect(isLateAuthorityNotice({ clockKey: 'eprivacy_initial', clocks: ePrivacyClocks, at: hoursAfterAwareness(30) })).toBe(true);
  });

  it('judges a provider’s second notification on its own deadline, 3 days after the initial one (Art. 2(3))', () => {
    const supplementTo = { clockKey: 'eprivacy_initial', sentAt: hoursAfterAwareness(20) };
    expect(
      isLateAuthorityNotice({ clockKey: 'eprivacy_second_phase', clocks: ePrivacyClocks, at: hoursAfterAwareness(90), supplementTo }),
    ).toBe(false);
    expect(
      isLateAuthorityNotice({ clockKey: 'eprivacy_second_phase', clocks: ePrivacyClocks, at: hoursAfterAwareness(100), supplementTo }),
    ).toBe(true);
  });

  it('judges a supplement by when the notification it completes was sent (Art. 33(4))', () => {
    const now = hoursAfterAwareness(200);
    const afterTimelyFirst = { clockKey: 'gdpr_art33', sentAt: hoursAfterAwareness(48) };
    const afterLateFirst = { clockKey: 'gdpr_art33', sentAt: hoursAfterAwareness(80) };
    expect(isLateAuthorityNotice({ clockKey: 'gdpr_art33', clocks: gdprClocks, at: now, supplementTo: afterTimelyFirst })).toBe(false);
    expect(isLateAuthorityNotice({ clockKey: 'gdpr_art33', clocks: gdprClocks, at: now, supplementTo: afterLateFirst })).toBe(true);
  });
});
