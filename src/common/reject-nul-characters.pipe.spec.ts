import { BadRequestException } from '@nestjs/common';
import { RejectNulCharactersPipe, nulPaths } from './reject-nul-characters.pipe';

describe('NUL characters', () => {
  it('names the path of every string that holds one, nested in objects and arrays', () => {
    expect(nulPaths({ title: 'a\u0000', mitigation: { measures: 'ok' }, affectedControllers: [{ name: 'x' }, { name: '\u0000' }] }, '')).toEqual([
      'title',
      'affectedControllers[1].name',
    ]);
  });

  it('lets everything else through unchanged', () => {
    const body = { title: 'Fișiere ș ț', n: 3, list: ['a'], nested: { ok: true } };
    expect(new RejectNulCharactersPipe().transform(body)).toBe(body);
  });

  it('refuses with a 400 line per field', () => {
    expect(() => new RejectNulCharactersPipe().transform({ description: 'x\u0000y' })).toThrow(BadRequestException);
  });
});
