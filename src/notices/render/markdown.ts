// The small Markdown the renderer writes, and the escaping of text people typed into the incident, so a
// description can neither restructure the notice nor smuggle HTML into it.

export function heading(level: 1 | 2 | 3, text: string): string {
  return `${'#'.repeat(level)} ${text}`;
}

export function bulletList(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

export function field(label: string, value: string): string {
  return `**${label}:** ${value}`;
}

export function markdownDocument(blocks: readonly string[]): string {
  return `${blocks.filter((block) => block.length > 0).join('\n\n')}\n`;
}

const INLINE_MARKUP = /[\\`*[<]/g;
// A line that would start a heading, a quote or a table, or underline the line above into a heading.
// Lists stay lists: they cannot pass for a section of the notice.
const LINE_START_MARKUP = /^([#>|]|=+$|-+$)/;

/** Typed text shown on one line (a name, an address, a list item). */
export function inlineText(text: string): string {
  return escapeLine(text.replace(/\s*\n\s*/g, ' ').trim());
}

/** Typed text of several paragraphs (a description, measures); keeps its paragraphs. */
export function blockText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split('\n')
    .map((line) => escapeLine(line.trim()))
    .join('\n');
}

function escapeLine(line: string): string {
  return line.replace(INLINE_MARKUP, '\\$&').replace(LINE_START_MARKUP, '\\$&');
}
