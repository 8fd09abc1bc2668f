import { csvRecord, parseCsv } from './csv';

describe('CSV', () => {
  it('reads back what it writes: commas, quotes, line breaks, lists and formula-looking cells', () => {
    const cells = ['plain', 'a, b', 'say "hi"', 'two\nlines', '=SUM(A1)', '-3 days', ''];
    const { records, problem } = parseCsv(csvRecord(cells) + csvRecord(['x']));
    expect(problem).toBeNull();
    expect(records).toEqual([cells, ['x']]);
  });

  it('accepts LF line ends and a byte-order mark, and drops blank lines', () => {
    expect(parseCsv('\ufeffa,b\n\n1,2\n').records).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reports a quote that is never closed, with its line', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n').problem).toBe('a quoted cell opened on line 2 is never closed');
  });
});
