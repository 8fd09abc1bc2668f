// Markdown → a printable HTML document, for the subset notices are written in: ATX headings, paragraphs,
// bullet lists, **bold** and backslash escapes. Everything else is shown as text, never as markup.
import type { NoticeLanguage } from './notice-input.js';

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'paragraph'; lines: string[] };

const HEADING = /^(#{1,6})\s+(.*?)\s*$/;
const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const INLINE_TOKEN = /\\([!-/:-@[-`{-~])|\*\*/g;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const PRINT_CSS = [
  '@page { size: A4; margin: 20mm; }',
  'body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #111; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }',
  'h1 { font-size: 1.5em; margin-bottom: 0.8em; }',
  'h2 { font-size: 1.15em; margin-top: 1.6em; border-bottom: 1px solid #bbb; }',
  'h3 { font-size: 1em; }',
  'h1, h2, h3 { break-after: avoid; }',
  'p, li { break-inside: avoid; }',
  '@media print { body { margin: 0; max-width: none; padding: 0; } }',
].join('\n');

export function markdownToHtml(markdown: string, title: string, language: NoticeLanguage): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${PRINT_CSS}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...parseBlocks(markdown).map(blockToHtml),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function parseBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const headingMatch = HEADING.exec(line);
    const bulletMatch = BULLET.exec(line);
    if (line.trim() === '') {
      open = null;
    } else if (headingMatch) {
      blocks.push({ kind: 'heading', level: headingMatch[1].length, text: headingMatch[2] });
      open = null;
    } else if (bulletMatch) {
      if (open?.kind !== 'list') blocks.push((open = { kind: 'list', items: [] }));
      open.items.push(bulletMatch[1]);
    } else if (open?.kind === 'list') {
      // A lazy continuation line belongs to the item above it.
      open.items[open.items.length - 1] += ` ${line.trim()}`;
    } else if (open?.kind === 'paragraph') {
      open.lines.push(line.trim());
    } else {
      blocks.push((open = { kind: 'paragraph', lines: [line.trim()] }));
    }
  }
  return blocks;
}

function blockToHtml(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${inlineToHtml(block.text)}</h${block.level}>`;
    case 'list':
      return ['<ul>', ...block.items.map((item) => `<li>${inlineToHtml(item)}</li>`), '</ul>'].join('\n');
    case 'paragraph':
      return `<p>${inlineToHtml(block.lines.join('\n'))}</p>`;
  }
}

function inlineToHtml(text: string): string {
  const tokens = [...text.matchAll(INLINE_TOKEN)];
  // An unpaired ** stays literal text.
  const boldMarkers = tokens.filter((token) => token[1] === undefined).length;
  let pairedMarkersLeft = boldMarkers - (boldMarkers % 2);
  let boldOpen = false;
  let html = '';
  let consumed = 0;
  for (const token of tokens) {
    html += escapeHtml(text.slice(consumed, token.index));
    if (token[1] !== undefined) {
      html += escapeHtml(token[1]);
    } else if (pairedMarkersLeft > 0) {
      html += boldOpen ? '</strong>' : '<strong>';
      boldOpen = !boldOpen;
      pairedMarkersLeft -= 1;
    } else {
      html += '**';
    }
    consumed = token.index + token[0].length;
  }
  return html + escapeHtml(text.slice(consumed));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}
