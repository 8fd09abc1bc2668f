// A worker thread's whole life: lay out one notice as a PDF and hand the bytes back (pdf-renderer.service.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { markdownToPdf, type PdfDocumentInfo } from './pdf.js';

export interface PdfJob {
  markdown: string;
  info: PdfDocumentInfo;
}

const { markdown, info } = workerData as PdfJob;
void markdownToPdf(markdown, info).then((pdf) => parentPort!.postMessage(pdf));
