// A notice as an A4 PDF, laid out from its Markdown. DejaVu Sans covers the Romanian comma-below ș and ț.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { inlineRuns, parseBlocks, type MarkdownBlock, type NoticeLanguage } from './render/index.js';

const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = 'DejaVuSans';
const BOLD = 'DejaVuSans-Bold';

const MARGIN = 57; // 20 mm, as the HTML print style
const BODY_SIZE = 10.5;
const HEADING_SIZE: Record<number, number> = { 1: 16, 2: 13, 3: 11.5 };
const BULLET_INDENT = 14;
const LINE_GAP = 2;
/** A heading does not end a page: it starts a new one unless this many lines fit below it. */
const HEADING_KEEPS_LINES = 3;

let fonts: Record<string, Buffer> | undefined;

function loadedFonts(): Record<string, Buffer> {
  fonts ??= Object.fromEntries([REGULAR, BOLD].map((name) => [name, readFileSync(join(FONT_DIR, `${name}.ttf`))]));
  return fonts;
}

export interface PdfDocumentInfo {
  title: string;
  language: NoticeLanguage;
  /** Taken from the notice rather than the clock, so the same notice always gives the same bytes. */
  createdAt: Date;
}

export function markdownToPdf(markdown: string, info: PdfDocumentInfo): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    lang: info.language,
    info: { Title: info.title, Producer: 'Breach Desk', Creator: 'Breach Desk', CreationDate: info.createdAt },
  });
  for (const [name, data] of Object.entries(loadedFonts())) pdf.registerFont(name, data);
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  for (const block of parseBlocks(markdown)) writeBlock(pdf, block);
  pdf.end();
  return done;
}

function writeBlock(pdf: PDFKit.PDFDocument, block: MarkdownBlock): void {
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  switch (block.kind) {
    case 'heading':
      pdf.moveDown(block.level === 1 ? 0 : 0.6);
      keepRoomFor(pdf, HEADING_KEEPS_LINES);
      writeInline(pdf, block.text, { x: left, width, size: HEADING_SIZE[block.level] ?? BODY_SIZE, bold: true });
      break;
    case 'paragraph':
      // Markdown joins the lines of a paragraph with a space.
      writeInline(pdf, block.lines.join(' '), { x: left, width, size: BODY_SIZE });
      break;
    case 'list':
      for (const item of block.items) {
        keepRoomFor(pdf, 1);
        const top = pdf.y;
        pdf.font(REGULAR).fontSize(BODY_SIZE).text('•', left, top, { lineBreak: false });
        writeInline(pdf, item, { x: left + BULLET_INDENT, y: top, width: width - BULLET_INDENT, size: BODY_SIZE, gapAfter: 0.15 });
      }
      break;
  }
  pdf.moveDown(0.4);
}

function keepRoomFor(pdf: PDFKit.PDFDocument, lines: number): void {
  pdf.font(REGULAR).fontSize(BODY_SIZE);
  if (pdf.y + lines * pdf.currentLineHeight(true) > pdf.page.maxY()) pdf.addPage();
}

interface InlineLayout {
  x: number;
  y?: number;
  width: number;
  size: number;
  /** Every run is bold, e.g. a heading. */
  bold?: boolean;
  /** Space after the text, in lines. */
  gapAfter?: number;
}

function writeInline(pdf: PDFKit.PDFDocument, text: string, layout: InlineLayout): void {
  const runs = inlineRuns(text);
  pdf.fontSize(layout.size);
  runs.forEach((run, index) => {
    const continued = index < runs.length - 1;
    const font = layout.bold || run.bold ? BOLD : REGULAR;
    pdf.font(font);
    const fitted = withLongWordsBroken(run.text, layout.width * LONG_WORD_SHARE, (character) =>
      characterWidth(pdf, font, layout.size, character),
    );
    if (index === 0) pdf.text(fitted, layout.x, layout.y ?? pdf.y, { width: layout.width, lineGap: LINE_GAP, continued });
    else pdf.text(fitted, { continued });
  });
  if (layout.gapAfter) pdf.moveDown(layout.gapAfter);
}

/*
 * pdfkit splits a word wider than the line itself, but after every line it lays out (and caches) all that is
 * left of the word: quadratic time and memory in the word's length (a 99 000-character word exhausted the heap).
 * So text is prepared here, in one pass, for pdfkit to wrap only words that fit on a line:
 * - a run of spaces becomes one space, as Markdown reads it (pdfkit counts trailing spaces into the word);
 * - a run without spaces wider than the line gets a zero-width space (a break opportunity that prints nothing)
 *   before the character that would overflow;
 * - after every 30 combining marks in a row also, because shaping a mark looks back over the marks before it
 *   (quadratic; Unicode's stream-safe format, UAX #15, likewise cuts such runs after 30).
 */
const ZERO_WIDTH_SPACE = '\u200b';
/** Shorter runs fit on a line at any size used here; longer ones are measured. */
const LONG_RUN = /[^ \t\n]{24,}/g;
/** Each piece fills at most this share of the line: widths are summed per character, without kerning. */
const LONG_WORD_SHARE = 0.95;
const MAX_MARKS_IN_A_ROW = 30;
const MARK = /\p{M}/u;

export function withLongWordsBroken(text: string, lineWidth: number, widthOf: (character: string) => number): string {
  return text.replace(/[ \t]{2,}/g, ' ').replace(LONG_RUN, (run) => {
    let broken = '';
    let pieceWidth = 0;
    let marksInRow = 0;
    for (const character of run) {
      const width = widthOf(character);
      marksInRow = MARK.test(character) ? marksInRow + 1 : 0;
      if ((pieceWidth > 0 && pieceWidth + width > lineWidth) || marksInRow > MAX_MARKS_IN_A_ROW) {
        broken += ZERO_WIDTH_SPACE;
        pieceWidth = 0;
        marksInRow = Math.min(marksInRow, 1);
      }
      broken += character;
      pieceWidth += width;
    }
    return broken;
  });
}

const characterWidths = new WeakMap<PDFKit.PDFDocument, Map<string, number>>();

function characterWidth(pdf: PDFKit.PDFDocument, font: string, size: number, character: string): number {
  let widths = characterWidths.get(pdf);
  if (!widths) characterWidths.set(pdf, (widths = new Map()));
  const key = `${font} ${size} ${character}`;
  let width = widths.get(key);
  if (width === undefined) widths.set(key, (width = pdf.widthOfString(character)));
  return width;
}
