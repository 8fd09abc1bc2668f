// Reads the Markdown subset notices are written in (ATX headings, paragraphs, bullet lists, **bold** and
// backslash escapes), for the HTML and PDF documents alike. Anything else stays text.

export type MarkdownBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'paragraph'; lines: string[] };

/** A stretch of inline text, bold or not, with Markdown escapes already resolved. */
export interface InlineRun {
  text: string;
  bold: boolean;
}

// Greedy, trimmed afterwards: a lazy `(.*?)\s*$` backtracks quadratically over a long run of spaces.
const HEADING = /^(#{1,6})\s+(.*)$/;
const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const INLINE_TOKEN = /\\([!-/:-@[-`{-~])|\*\*/g;

export function parseBlocks(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let open: MarkdownBlock | null = null;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const headingMatch = HEADING.exec(line);
    const bulletMatch = BULLET.exec(line);
    if (line.trim() === '') {
      open = null;
    } else if (headingMatch) {
      blocks.push({ kind: 'heading', level: headingMatch[1].length, text: headingMatch[2].trimEnd() });
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

export function inlineRuns(text: string): InlineRun[] {
  const tokens = [...text.matchAll(INLINE_TOKEN)];
  // An unpaired ** stays literal text.
  const boldMarkers = tokens.filter((token) => token[1] === undefined).length;
  let pairedMarkersLeft = boldMarkers - (boldMarkers % 2);
  const runs: InlineRun[] = [{ text: '', bold: false }];
  const current = () => runs[runs.length - 1];
  let consumed = 0;
  for (const token of tokens) {
    current().text += text.slice(consumed, token.index);
    if (token[1] !== undefined) {
      current().text += token[1];
    } else if (pairedMarkersLeft > 0) {
      runs.push({ text: '', bold: !current().bold });
      pairedMarkersLeft -= 1;
    } else {
      current().text += '**';
    }
    consumed = token.index + token[0].length;
  }
  current().text += text.slice(consumed);
  return runs.filter((run) => run.text.length > 0);
}
