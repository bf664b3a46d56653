// The worker pool: same results as the calling thread, verified output, errors with their code, and the
// detect: false path used for reviewed documents (only manual boxes, no detection).
import { afterAll, describe, expect, it } from 'vitest';
import { analyseDocument, createRedactionPool, defaultPoolSize, RedactionError } from './index.js';
import { mupdfText, textPdf } from './testing/fixtures.js';

const LINES = ['Ansøger: Karin Holmgaard Eriksen', 'CPR-nummer 070761-4285', 'Carporten er 3 x 6 meter.'];
const pool = createRedactionPool(2);
afterAll(() => pool.close());

describe('redaction worker pool', () => {
  it('analyses and redacts in worker threads with the same suggestions as the calling thread', async () => {
    const input = await textPdf([LINES]);
    const context = { case_type: 'citizen' as const };
    const [inWorker, inThread] = await Promise.all([
      pool.analyse(input, { context }),
      analyseDocument(input, { context }),
    ]);
    expect(inWorker.suggestions.map((s) => s.id)).toEqual(inThread.suggestions.map((s) => s.id));
    expect(inWorker.suggestions.some((s) => s.text === '070761-4285')).toBe(true);
    const before = input.slice();
    const out = await pool.redact(input, { context });
    expect(input).toEqual(before); // the caller's bytes are not transferred away
    expect(out.report.verified).toBe(true);
    const text = mupdfText(out.pdf);
    expect(text).not.toContain('070761-4285');
    expect(text).toContain('Carporten er 3 x 6 meter.');
  }, 60_000);

  it('runs several documents at once and keeps them apart', async () => {
    const inputs = await Promise.all(
      ['111111-1118', '150384-1234', '121212-1212', '240772-3456'].map((cpr) =>
        textPdf([[`CPR ${cpr}`, 'Sag']]),
      ),
    );
    const results = await Promise.all(
      inputs.map((b) => pool.analyse(b, { context: { case_type: 'citizen' } })),
    );
    expect(results.map((r) => r.suggestions.map((s) => s.text.replace(/\D/g, '')))).toEqual([
      ['1111111118'],
      ['1503841234'],
      ['1212121212'],
      ['2407723456'],
    ]);
  }, 60_000);

  it('reports bad input as a RedactionError with its code', async () => {
    const error = await pool
      // binary: plain text is a supported input (laid out as a document)
      .analyse(new Uint8Array([0x6e, 0x6f, 0x00, 0x01, 0x9c, 0x02, 0x7f]), { name: 'x.bin' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RedactionError);
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toMatch(/^x\.bin: /);
    expect(error.message).not.toMatch(/^x\.bin: x\.bin/);
  }, 60_000);

  it('with detect: false applies only the manual boxes', async () => {
    const input = await textPdf([LINES]);
    const out = await pool.redact(input, {
      detect: false,
      manual: [{ page: 1, x0: 40, y0: 50, x1: 560, y1: 65, legalBasis: 'OFL § 30, nr. 1' }],
    });
    expect(out.analysis.suggestions).toEqual([]);
    expect(out.report.itemsTotal).toBe(0);
    const text = mupdfText(out.pdf);
    expect(text).not.toContain('Karin');
    expect(text).toContain('070761-4285'); // not detected, not boxed: stays (the reviewer decided)
  }, 60_000);

  it('hands the pages one worker read to the worker that redacts the same bytes', async () => {
    const inputs = await Promise.all(
      [1, 2, 3, 4].map((n) => textPdf([[`Dokument ${n}`, 'CPR 070761-4285']])),
    );
    const before = { ...pool.cacheStats };
    const analyses = await Promise.all(
      inputs.map((b) => pool.analyse(b, { context: { case_type: 'citizen' } })),
    );
    const outputs = await Promise.all(
      inputs.map((b, i) =>
        pool.redact(b, {
          detect: false,
          manual: analyses[i]!.suggestions.flatMap((s) =>
            s.boxes.map(([x0, y0, x1, y1]) => ({ page: s.page, x0, y0, x1, y1, legalBasis: s.legalBasis })),
          ),
        }),
      ),
    );
    expect(pool.cacheStats.hits - before.hits).toBe(4);
    for (const out of outputs) {
      expect(out.report.verified).toBe(true);
      expect(mupdfText(out.pdf)).not.toContain('070761-4285');
    }
  }, 60_000);

  it('takes its size from RODTRAD_REDACTION_WORKERS and refuses nonsense', () => {
    expect(defaultPoolSize({ RODTRAD_REDACTION_WORKERS: '3' })).toBe(3);
    expect(defaultPoolSize({})).toBeGreaterThanOrEqual(1);
    expect(() => defaultPoolSize({ RODTRAD_REDACTION_WORKERS: 'two' })).toThrow(/RODTRAD_REDACTION_WORKERS/);
  });

  it('fails a document that runs past the time limit and frees the slot for the next one', async () => {
    // 0.2 s is less than a worker needs to start, so every task here runs out of time.
    const strict = createRedactionPool(1, 0.2);
    try {
      const input = await textPdf([LINES]);
      const first = await strict.analyse(input, { name: 'slow.pdf' }).catch((e) => e);
      expect(first).toBeInstanceOf(RedactionError);
      expect(first.code).toBe('TIMEOUT');
      expect(first.message).toMatch(/^slow\.pdf: /);
      // The stuck worker was replaced: the next task gets an answer too instead of waiting for ever.
      const second = await strict.analyse(input, { name: 'next.pdf' }).catch((e) => e);
      expect(second.code).toBe('TIMEOUT');
    } finally {
      await strict.close();
    }
  }, 60_000);
});
