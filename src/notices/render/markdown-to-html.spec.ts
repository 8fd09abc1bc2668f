import { markdownToHtml } from './markdown-to-html.js';

const bodyOf = (markdown: string) => /<main>\n([\s\S]*)\n<\/main>/.exec(markdownToHtml(markdown, 'title', 'ro'))?.[1];

describe('markdownToHtml', () => {
  it('makes a full UTF-8 document in the notice language, with print styles', () => {
    const html = markdownToHtml('# Notificare', 'Notificare — BR-2026-0001 <draft>', 'ro');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="ro">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Notificare — BR-2026-0001 &lt;draft&gt;</title>');
    expect(html).toContain('@page');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('renders headings, paragraphs, lists and bold', () => {
    const markdown = '# Title\n\n## 1. Section\n\nA paragraph\non two lines.\n\n- **CUI:** RO123\n- second\n  continued\n\n### Sub';
    expect(bodyOf(markdown)).toBe(
      [
        '<h1>Title</h1>',
        '<h2>1. Section</h2>',
        '<p>A paragraph\non two lines.</p>',
        '<ul>',
        '<li><strong>CUI:</strong> RO123</li>',
        '<li>second continued</li>',
        '</ul>',
        '<h3>Sub</h3>',
      ].join('\n'),
    );
  });

  it('starts a list right after a label line', () => {
    expect(bodyOf('**Măsuri:**\n- una')).toBe('<p><strong>Măsuri:</strong></p>\n<ul>\n<li>una</li>\n</ul>');
  });

  it('escapes HTML everywhere, attributes included', () => {
    expect(bodyOf('# <img src=x onerror="alert(1)">\n\n<script>alert(\'x\')</script> & co')).toBe(
      '<h1>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</h1>\n<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co</p>',
    );
  });

  it('keeps backslash-escaped characters literal and an unpaired ** as text', () => {
    expect(bodyOf('\\# not a heading \\*\\*x\\*\\* and **bold** and a lone **')).toBe(
      '<p># not a heading **x** and <strong>bold</strong> and a lone **</p>',
    );
  });

  it('reads Windows line endings', () => {
    expect(bodyOf('# A\r\n\r\ntext')).toBe('<h1>A</h1>\n<p>text</p>');
  });
});
