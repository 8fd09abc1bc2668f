import { Secret, TOTP } from 'otpauth';
import { newRecoveryCodes, newTotpSecret, otpauthUrl, recoveryCodeHash, totpStep } from './second-factor';

describe('second factor', () => {
  const secret = newTotpSecret();
  const at = new Date('2026-10-24T07:00:10Z');
  const codeAt = (ms: number) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: ms });
  const step = Math.floor(at.getTime() / 30_000);

  it('accepts the code of the current step and of one step either side, naming the step', () => {
    expect(totpStep(secret, codeAt(at.getTime()), at)).toBe(step);
    expect(totpStep(secret, codeAt(at.getTime() - 30_000), at)).toBe(step - 1);
    expect(totpStep(secret, codeAt(at.getTime() + 30_000), at)).toBe(step + 1);
  });

  it('refuses a code two steps away, and another secret’s code', () => {
    expect(totpStep(secret, codeAt(at.getTime() - 60_000), at)).toBeNull();
    expect(totpStep(newTotpSecret(), codeAt(at.getTime()), at)).toBeNull();
  });

  it('puts the issuer, the account and the secret in the otpauth URL', () => {
    expect(otpauthUrl(secret, 'ioana@exemplu.ro')).toBe(
      `otpauth://totp/Breach%20Desk:ioana%40exemplu.ro?issuer=Breach%20Desk&secret=${secret}&algorithm=SHA1&digits=6&period=30`,
    );
  });

  it('makes ten distinct recovery codes, and reads one however it is typed', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    const [code] = codes;
    expect(recoveryCodeHash(code.toUpperCase().replace(/-/g, ' '))).toBe(recoveryCodeHash(code));
    expect(recoveryCodeHash(codes[1])).not.toBe(recoveryCodeHash(code));
  });
});
