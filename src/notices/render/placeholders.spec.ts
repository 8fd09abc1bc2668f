import { unfilledPlaceholders } from './placeholders';

describe('unfilled placeholders', () => {
  it('finds every English and Romanian blank, in order', () => {
    const body = 'A [REQUIRED: reasons for the delay] B [OBLIGATORIU: motivele întârzierii] C [REQUIRED: summary]';
    expect(unfilledPlaceholders(body)).toEqual([
      '[REQUIRED: reasons for the delay]',
      '[OBLIGATORIU: motivele întârzierii]',
      '[REQUIRED: summary]',
    ]);
  });

  it('finds none in a finished text, whatever other brackets it has', () => {
    expect(unfilledPlaceholders('Reference [BR-2026-0001], see [annex 1].')).toEqual([]);
  });
});
