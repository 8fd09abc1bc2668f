import { contentHash } from './content-hash.js';

describe('contentHash', () => {
  it('is the SHA-256 of the body in hex', () => {
    expect(contentHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes Romanian text as UTF-8', () => {
    expect(contentHash('ș')).toBe(contentHash('\u0219'));
    expect(contentHash('ș')).not.toBe(contentHash('ş'));
  });

  it('changes with any change to the text', () => {
    expect(contentHash('Notificare inițială')).not.toBe(contentHash('Notificare inițială '));
  });
});
