import { inlineRuns, parseBlocks } from './markdown-blocks.js';

describe('parseBlocks', () => {
  it('reads headings, paragraphs and lists, with lazy continuation lines', () => {
    expect(parseBlocks('# Title\n\nA paragraph\non two lines.\n\n- one\n  more\n- two\n### Sub')).toEqual([
      { kind: 'heading', level: 1, text: 'Title' },
      { kind: 'paragraph', lines: ['A paragraph', 'on two lines.'] },
      { kind: 'list', items: ['one more', 'two'] },
      { kind: 'heading', level: 3, text: 'Sub' },
    ]);
  });
});

describe('inlineRuns', () => {
  it('splits bold from plain text', () => {
    expect(inlineRuns('**CUI:** RO123')).toEqual([
      { text: 'CUI:', bold: true },
      { text: ' RO123', bold: false },
    ]);
  });

  it('resolves backslash escapes and keeps an unpaired ** as text', () => {
    expect(inlineRuns('\\*\\*x\\*\\* and **bold** and a lone **')).toEqual([
      { text: '**x** and ', bold: false },
      { text: 'bold', bold: true },
      { text: ' and a lone **', bold: false },
    ]);
  });
});
