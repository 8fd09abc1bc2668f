import { clockDrop, downgradeOf } from './downgrade.js';

const HIGH = { riskLevel: 'high_risk' as const, notifyAuthority: true, notifyDataSubjects: true };
const UNLIKELY = { riskLevel: 'unlikely' as const, notifyAuthority: false, notifyDataSubjects: false };

describe('downgradeOf', () => {
  it('holds the decision in force when a new one drops the authority and data-subject duties', () => {
    expect(downgradeOf(HIGH, UNLIKELY)).toEqual({
      drops: [
        'notify the supervisory authority (Art. 33(1)): yes → no',
        'communicate the breach to the people affected (Art. 34(1)): yes → no',
      ],
      held: HIGH,
    });
  });

  it('finds nothing to confirm when a duty is only raised', () => {
    expect(downgradeOf(UNLIKELY, HIGH)).toBeNull();
    expect(downgradeOf(HIGH, HIGH)).toBeNull();
  });

  it('lets a raised duty take effect at once while a dropped one is held', () => {
    const before = { riskLevel: 'risk' as const, notifyAuthority: true, notifyDataSubjects: false, notifyControllers: false };
    const next = { riskLevel: 'risk' as const, notifyAuthority: false, notifyDataSubjects: false, notifyControllers: true };
    expect(downgradeOf(before, next)).toEqual({
      drops: ['notify the supervisory authority (Art. 33(1)): yes → no'],
      held: { riskLevel: 'risk', notifyAuthority: true, notifyDataSubjects: false, notifyControllers: true },
    });
  });

  it('treats a processor losing its duty to warn its controllers as a drop', () => {
    const before = { riskLevel: 'risk' as const, notifyAuthority: false, notifyDataSubjects: false, notifyControllers: true };
    expect(downgradeOf(before, { ...before, notifyControllers: false })?.drops).toEqual(['warn the controllers (Art. 33(2)): yes → no']);
  });

  it('names a clock the facts no longer call for', () => {
    expect(clockDrop('eprivacy_authority')).toBe('clock eprivacy_authority: no longer required by the facts as now described');
  });
});
