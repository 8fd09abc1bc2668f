import { BadRequestException } from '@nestjs/common';
import { RejectUnstorableInputPipe } from './reject-unstorable-input.pipe';
import { MAX_INPUT_DEPTH, unstorableInput } from './unstorable-input';

const lines = (value: unknown, root = '') =>
  unstorableInput(value, root, root || 'body').map(({ field, problem }) => `${field} ${problem}`);

describe('input PostgreSQL cannot store, or nested too deep to walk', () => {
  it('names the path of every string that holds a NUL, nested in objects and arrays', () => {
    expect(lines({ title: 'a\u0000', mitigation: { measures: 'ok' }, affectedControllers: [{ name: 'x' }, { name: '\u0000' }] })).toEqual([
      'title must not contain NUL (\\u0000) characters',
      'affectedControllers[1].name must not contain NUL (\\u0000) characters',
    ]);
  });

  it('names a lone surrogate, high or low, and lets a proper pair through', () => {
    expect(lines({ title: 'a\ud800b', note: 'x\udc00', emoji: '🔥 ș ț', list: ['\udbff'] })).toEqual([
      'title must not contain a lone surrogate (\\ud800)',
      'note must not contain a lone surrogate (\\udc00)',
      'list[0] must not contain a lone surrogate (\\udbff)',
    ]);
  });

  it('looks at keys too', () => {
    expect(lines({ facts: { 'a\u0000': 1 } })).toEqual(['facts."a\\u0000" must not contain NUL (\\u0000) characters']);
  });

  it('refuses nesting deeper than the limit without exhausting the stack', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(lines({ title: deep })).toEqual([`body is nested deeper than ${MAX_INPUT_DEPTH} levels`]);
    expect(lines(JSON.parse(`${'['.repeat(MAX_INPUT_DEPTH)}"ok"${']'.repeat(MAX_INPUT_DEPTH)}`))).toEqual([]);
    expect(lines(deep, 'payload')).toEqual([`payload is nested deeper than ${MAX_INPUT_DEPTH} levels`]);
  });

  it('answers at most 20 lines however many strings are bad', () => {
    expect(lines(Array.from({ length: 1000 }, () => '\u0000'))).toHaveLength(20);
  });

  it('lets everything else through unchanged', () => {
    const body = { title: 'Fișiere ș ț', n: 3, list: ['a'], nested: { ok: true } };
    expect(new RejectUnstorableInputPipe().transform(body, { type: 'body' })).toBe(body);
  });

  it('refuses with a 400 line per field, named after the query parameter when it is one', () => {
    expect(() => new RejectUnstorableInputPipe().transform({ description: 'x\u0000y' }, { type: 'body' })).toThrow(BadRequestException);
    try {
      new RejectUnstorableInputPipe().transform('a\ud800', { type: 'query', data: 'q' });
    } catch (error) {
      expect((error as BadRequestException).getResponse()).toMatchObject({ message: ['q must not contain a lone surrogate (\\ud800)'] });
    }
    expect.assertions(2);
  });
});
