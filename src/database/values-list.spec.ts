import { valuesList } from './values-list.js';

describe('valuesList', () => {
  it('numbers the parameters row after row, with the casts asked for', () => {
    expect(valuesList(2, 3, { 1: '::jsonb' })).toBe('($1, $2::jsonb, $3), ($4, $5::jsonb, $6)');
  });
});
