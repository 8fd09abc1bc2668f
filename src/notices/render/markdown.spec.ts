import { blockText, inlineText } from './markdown.js';
import { markdownToHtml } from './markdown-to-html.js';

const bodyOf = (markdown: string) => /<main>\n([\s\S]*)\n<\/main>/.exec(markdownToHtml(markdown, 'title', 'en'))?.[1];

describe('typed text in a notice', () => {
  it('cannot add a heading, quote, table or setext underline', () => {
    const typed = '# Fake section\n> quoted\n| a | b |\nUnderlined\n===\n---';
    expect(bodyOf(blockText(typed))).toBe('<p># Fake section\n&gt; quoted\n| a | b |\nUnderlined\n===\n---</p>');
  });

  it('cannot make text bold or inject HTML', () => {
    expect(bodyOf(inlineText('**loud** <b>x</b>'))).toBe('<p>**loud** &lt;b&gt;x&lt;/b&gt;</p>');
  });

  it('keeps its paragraphs and its lists', () => {
    expect(bodyOf(blockText('First.\r\n\r\n- one\n- two'))).toBe('<p>First.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
  });

  it('is one line when shown inline', () => {
    expect(inlineText('  Str. Memorandumului 28,\n  Cluj-Napoca ')).toBe('Str. Memorandumului 28, Cluj-Napoca');
  });
});
