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
    pdf.font(layout.bold || run.bold ? BOLD : REGULAR);
    if (index === 0) pdf.text(run.text, layout.x, layout.y ?? pdf.y, { width: layout.width, lineGap: LINE_GAP, continued });
    else pdf.text(run.text, { continued });
  });
  if (layout.gapAfter) pdf.moveDown(layout.gapAfter);
}
