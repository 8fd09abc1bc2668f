// A notice's body as a document to download: the Markdown itself, a printable HTML page, or an A4 PDF.
import type { Notice } from './notice.entity.js';
import type { PdfDocumentInfo } from './pdf.js';
import { markdownToHtml } from './render/index.js';

export const DOCUMENT_FORMATS = ['md', 'html', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export interface NoticeDocument {
  content: Buffer;
  contentType: string;
  fileName: string;
}

type DocumentSource = Pick<Notice, 'title' | 'body' | 'language' | 'kind' | 'version' | 'updatedAt'>;
/** The PDF is laid out elsewhere (PdfRenderer: a worker thread within budgets). */
export type RenderPdf = (markdown: string, info: PdfDocumentInfo) => Promise<Buffer>;

const WRITERS: Record<
  DocumentFormat,
  { contentType: string; write: (notice: DocumentSource, renderPdf: RenderPdf) => Buffer | Promise<Buffer> }
> = {
  md: { contentType: 'text/markdown; charset=utf-8', write: (notice) => Buffer.from(notice.body, 'utf8') },
  html: {
    contentType: 'text/html; charset=utf-8',
    write: (notice) => Buffer.from(markdownToHtml(notice.body, notice.title, notice.language), 'utf8'),
  },
  pdf: {
    contentType: 'application/pdf',
    write: (notice, renderPdf) => renderPdf(notice.body, { title: notice.title, language: notice.language, createdAt: notice.updatedAt }),
  },
};

/** `BR-2026-0001-authority-ro-v3.pdf`: the incident, the kind, the language and the exact version. */
export async function noticeDocument(
  notice: DocumentSource,
  incidentReference: string,
  format: DocumentFormat,
  renderPdf: RenderPdf,
): Promise<NoticeDocument> {
  const writer = WRITERS[format];
  return {
    content: await writer.write(notice, renderPdf),
    contentType: writer.contentType,
    fileName: `${incidentReference}-${notice.kind}-${notice.language}-v${notice.version}.${format}`,
  };
}
