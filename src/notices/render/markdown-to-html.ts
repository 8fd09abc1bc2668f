// Markdown → a printable HTML document, for the subset notices are written in (markdown-blocks.ts).
// Everything else is shown as text, never as markup.
import { inlineRuns, parseBlocks, type MarkdownBlock } from './markdown-blocks.js';
import type { NoticeLanguage } from './notice-input.js';

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

function blockToHtml(block: MarkdownBlock): string {
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
  return inlineRuns(text)
    .map((run) => (run.bold ? `<strong>${escapeHtml(run.text)}</strong>` : escapeHtml(run.text)))
    .join('');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}
