import { jsonBytes } from './json-bytes';

// Whatever the page holds, the bytes must be JSON.stringify's in UTF-8: the list's answer (and its ETag) is unchanged.
const sameAsStringify = (value: object): void => expect(jsonBytes(value).toString('utf8')).toBe(JSON.stringify(value));

describe('jsonBytes', () => {
  it('writes a page as JSON.stringify does: key order, nesting, dates, nulls and text outside Latin-1', () => {
    sameAsStringify({
      items: [
        {
          id: 'a',
          title: 'Lost laptop — payroll',
          at: new Date('2026-10-24T07:00:00Z'),
          nested: { ro: 'înregistrări în curs de analiză' },
        },
        { id: 'b', title: 'Bucket → public', closedAt: null, reasons: [{ effect: 'SE 3.5', params: { n: 1.5 } }] },
      ],
      total: 1000,
      totalExact: false,
      hasMore: true,
      page: 1,
      pageSize: 50,
    });
  });

  it('leaves out what JSON.stringify leaves out and writes null where it writes null', () => {
    sameAsStringify({ skipped: undefined, items: [undefined, { a: undefined, b: 1 }, () => 1], after: 'x', fn: () => 1 });
    // A hole in an array is null too.
    const holed: number[] = new Array(3);
    holed[0] = 1;
    holed[2] = 3;
    sameAsStringify({ items: holed });
  });

  it('writes empty pages and empty objects', () => {
    sameAsStringify({ items: [], total: 0 });
    sameAsStringify({});
    sameAsStringify({ gone: undefined });
  });

  it('escapes keys and strings as JSON.stringify does', () => {
    sameAsStringify({ 'quote"key': 'line\nbreak \u2028 "quoted" \\', items: ['\u0000', 'ș'] });
  });
});
