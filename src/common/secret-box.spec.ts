import { randomBytes } from 'node:crypto';
import { isSealed, openSecret, sealSecret } from './secret-box.js';

describe('secret box', () => {
  const key = randomBytes(32);
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

  it('opens what it sealed, and seals the same secret differently each time', () => {
    const sealed = sealSecret(key, 'totp:u1', secret);
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain(secret);
    expect(sealSecret(key, 'totp:u1', secret)).not.toBe(sealed);
    expect(openSecret(key, 'totp:u1', sealed)).toBe(secret);
  });

  it('refuses another key, another context (a value copied to another user), an altered value and a plain one', () => {
    const sealed = sealSecret(key, 'totp:u1', secret);
    expect(() => openSecret(randomBytes(32), 'totp:u1', sealed)).toThrow();
    expect(() => openSecret(key, 'totp:u2', sealed)).toThrow();
    const altered = `${sealed.slice(0, 10)}${sealed[10] === 'A' ? 'B' : 'A'}${sealed.slice(11)}`;
    expect(() => openSecret(key, 'totp:u1', altered)).toThrow();
    expect(() => openSecret(key, 'totp:u1', secret)).toThrow('not a sealed value');
  });
});
