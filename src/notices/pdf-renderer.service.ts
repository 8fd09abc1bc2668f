import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DomainError } from '../common/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { PdfDocumentInfo } from './pdf.js';
import type { PdfJob } from './pdf-worker.js';

export type PdfLimits = AppConfig['pdf'];

/**
 * Lays out notice PDFs off the event loop, so a large one cannot stall the service (`/health/live` included):
 * each in a worker thread of its own, ended when it outlives its time budget or outgrows its heap budget
 * (V8 `resourceLimits`), at most `concurrency` at once and `queue` more waiting. Past that: BUSY (503).
 */
@Injectable()
export class PdfRenderer implements OnModuleDestroy {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly workers = new Set<Worker>();
  private readonly limits: PdfLimits;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'pdf'>) {
    this.limits = config.pdf;
  }

  /** Renders running now (for tests and metrics). */
  get active(): number {
    return this.running;
  }

  async render(markdown: string, info: PdfDocumentInfo): Promise<Buffer> {
    await this.turn();
    try {
      return await this.inWorker({ markdown, info });
    } finally {
      this.next();
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.workers].map((worker) => worker.terminate()));
  }

  /** A slot now, a place in the queue, or BUSY; decided at the call, before anything is awaited. */
  private turn(): Promise<void> {
    if (this.running < this.limits.concurrency) {
      this.running += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.limits.queue) {
      // Within one time budget every running render has ended, one way or the other.
      const retryAfter = Math.ceil(this.limits.timeBudgetMs / 1000);
      throw new DomainError(
        'BUSY',
        `${this.running} PDFs are being made and ${this.waiting.length} are waiting; ask again in ${retryAfter} s`,
        [],
        retryAfter,
      );
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** The slot passes to the first waiting render, or is freed. */
  private next(): void {
    const waiter = this.waiting.shift();
    if (waiter) waiter();
    else this.running -= 1;
  }

  private inWorker(job: PdfJob): Promise<Buffer> {
    const { timeBudgetMs, memoryBudgetMb } = this.limits;
    const { script, evaluated } = WORKER;
    const worker = new Worker(script, { eval: evaluated, workerData: job, resourceLimits: { maxOldGenerationSizeMb: memoryBudgetMb } });
    this.workers.add(worker);
    return new Promise<Buffer>((resolve, reject) => {
      const overBudget = (what: string) =>
        new DomainError(
          'OVER_BUDGET',
          `the PDF of this notice needs more than ${what} to make, its budget (PDF_TIME_BUDGET_MS, PDF_MEMORY_BUDGET_MB); the same notice is always available as ?format=md or ?format=html`,
        );
      const timer = setTimeout(() => {
        reject(overBudget(`${timeBudgetMs} ms`));
        void worker.terminate();
      }, timeBudgetMs);
      worker.once('message', (pdf: Uint8Array) => resolve(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)));
      worker.once('error', (error: Error & { code?: string }) =>
        reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? overBudget(`${memoryBudgetMb} MB of heap`) : error),
      );
      worker.once('exit', (code) => {
        clearTimeout(timer);
        this.workers.delete(worker);
        // Settled already unless the worker ended without an answer.
        reject(new Error(`the PDF worker exited with code ${code} without a document`));
      });
    });
  }
}

/*
 * Built, the worker is pdf-worker.js beside this file. Under ts-jest this file is the TypeScript source, which a
 * worker thread cannot load by itself: it then starts with the tests' transpiling require hook.
 */
const WORKER =
  extname(__filename) === '.js'
    ? { script: join(__dirname, 'pdf-worker.js'), evaluated: false }
    : {
        script: [join(__dirname, '..', '..', 'test', 'support', 'register-typescript.cjs'), join(__dirname, 'pdf-worker.ts')]
          .map((file) => `require(${JSON.stringify(file)});`)
          .join('\n'),
        evaluated: true,
      };
