import { markdownToPdf, withLongWordsBroken } from './pdf.js';

// pdf-parse's index.js runs a debug self-test when required directly; its library file does not.
const pdfParse: (data: Buffer) => Promise<{ text: string; numpages: number }> = require('pdf-parse/lib/pdf-parse.js');

const MARKDOWN = [
  '# Notificarea încălcării securității datelor — BR-2026-0001',
  'Către: Autoritatea Națională de Supraveghere',
  '## 1. Identificarea operatorului',
  '- **Denumirea:** Exemplu Telecom SRL',
  '- **Codul unic de înregistrare (CUI):** RO12345678, a long item that has to wrap onto a second line because it goes on and on and on',
  '## 2. Motivele întârzierii',
  'Raportul criminalistic a sosit în ziua a patra \\*not bold\\*.',
].join('\n\n');

describe('markdownToPdf', () => {
  it('makes a PDF whose text reads back, Romanian diacritics included', async () => {
    const pdf = await markdownToPdf(MARKDOWN, { title: 'Notificare', language: 'ro', createdAt: new Date('2026-10-24T07:00:00Z') });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = await pdfParse(pdf);
    for (const expected of [
      'Notificarea încălcării securității datelor',
      'Exemplu Telecom SRL',
      'RO12345678',
      'ziua a patra *not bold*.',
    ]) {
      expect(text.replace(/\s+/g, '')).toContain(expected.replace(/\s+/g, ''));
    }
  });

  it('is A4 and carries the title and language', async () => {
    const pdf = (
      await markdownToPdf('# Notice', { title: 'Notice BR-2026-0001', language: 'en', createdAt: new Date('2026-10-24T07:00:00Z') })
    ).toString('latin1');
    expect(pdf).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
    expect(pdf).toContain('/Lang (en)');
    expect(pdf).toContain('/Title');
  });

  it('gives the same bytes for the same notice', async () => {
    const info = { title: 'Notificare', language: 'ro' as const, createdAt: new Date('2026-10-24T07:00:00Z') };
    expect((await markdownToPdf(MARKDOWN, info)).equals(await markdownToPdf(MARKDOWN, info))).toBe(true);
  });
});

describe('withLongWordsBroken: text prepared so that pdfkit only wraps words that fit on a line', () => {
  const unit = () => 1;

  it('puts a zero-width space before the character that would overflow the line', () => {
    expect(withLongWordsBroken('a'.repeat(60), 25, unit)).toBe(['a'.repeat(25), 'a'.repeat(25), 'a'.repeat(10)].join('\u200b'));
  });

  it('leaves words that fit alone, and reads a run of spaces as one, as Markdown does', () => {
    expect(withLongWordsBroken('Notificare   către\t\tANSPDCP', 25, unit)).toBe('Notificare către ANSPDCP');
  });

  it('never splits a surrogate pair', () => {
    const broken = withLongWordsBroken('🔥'.repeat(30), 25, unit);
    expect(broken.split('\u200b').map((piece) => [...piece].length)).toEqual([25, 5]);
  });

  it('cuts a run of combining marks after 30, which do not widen the line', () => {
    const broken = withLongWordsBroken(`a${'\u0301'.repeat(70)}`, 25, (character) => (character === 'a' ? 1 : 0));
    expect(broken.split('\u200b').map((piece) => piece.length)).toEqual([31, 30, 10]);
  });

  it('lays out a word as long as the largest body the API accepts, across pages', async () => {
    const pdf = await markdownToPdf('x'.repeat(100_000), { title: 'x', language: 'en', createdAt: new Date('2026-10-24T07:00:00Z') });
    expect((await pdfParse(pdf)).numpages).toBeGreaterThan(10);
  });
});
