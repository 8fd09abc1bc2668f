import { DomainError } from '../common/domain-error.js';
import { PdfRenderer, type PdfLimits } from './pdf-renderer.service.js';

// pdf-parse's index.js runs a debug self-test when required directly; its library file does not.
const pdfParse: (data: Buffer) => Promise<{ text: string; numpages: number }> = require('pdf-parse/lib/pdf-parse.js');

const INFO = { title: 'Notificare', language: 'ro' as const, createdAt: new Date('2026-10-24T07:00:00Z') };
const ROOMY: PdfLimits = { concurrency: 2, queue: 8, timeBudgetMs: 60_000, memoryBudgetMb: 256 };

describe('PdfRenderer: notice PDFs in worker threads, within budgets', () => {
  const renderers: PdfRenderer[] = [];
  const renderer = (limits: Partial<PdfLimits> = {}) => {
    const made = new PdfRenderer({ pdf: { ...ROOMY, ...limits } });
    renderers.push(made);
    return made;
  };
  afterAll(() => Promise.all(renderers.map((made) => made.onModuleDestroy())));

  it('makes the PDF in a worker thread, and it reads back', async () => {
    const pdf = await renderer().render('# Notificarea încălcării securității datelor\n\n- **Operator:** Exemplu SRL', INFO);
    const { text } = await pdfParse(pdf);
    expect(text).toContain('Notificarea încălcării securității datelor');
    expect(text).toContain('Exemplu SRL');
  });

  it('answers OVER_BUDGET with a sentence when the render outlives its time budget', async () => {
    const rendering = renderer({ timeBudgetMs: 100 }).render('x'.repeat(100_000), INFO);
    await expect(rendering).rejects.toThrow(DomainError);
    await expect(rendering).rejects.toMatchObject({
      code: 'OVER_BUDGET',
      message: expect.stringMatching(/^the PDF of this notice needs more than 100 ms to make.*\?format=html/),
    });
  });

  it('answers OVER_BUDGET when the render outgrows its heap budget, and the process lives on', async () => {
    const rendering = renderer({ memoryBudgetMb: 16 }).render('**a** '.repeat(16_000), INFO);
    await expect(rendering).rejects.toMatchObject({ code: 'OVER_BUDGET', message: expect.stringContaining('more than 16 MB of heap') });
    // The same renderer still works: the slot was given back.
    expect((await renderer().render('# still here', INFO)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('lets a bounded number wait and refuses the rest with BUSY and when to retry', async () => {
    const bounded = renderer({ concurrency: 1, queue: 1, timeBudgetMs: 30_000 });
    const first = bounded.render('# first', INFO);
    const second = bounded.render('# second', INFO);
    expect(bounded.active).toBe(1);
    const third = bounded.render('# third', INFO);
    await expect(third).rejects.toMatchObject({ code: 'BUSY', retryAfterSeconds: 30 });
    const [one, two] = await Promise.all([first, second]);
    expect((await pdfParse(one)).text).toContain('first');
    expect((await pdfParse(two)).text).toContain('second');
    expect(bounded.active).toBe(0);
  });
});
