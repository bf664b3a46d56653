// The page cache between analyse and redact: a redaction after an analysis of the same bytes reads no page
// again (no second OCR of a scan), the output is still verified, and the cache stays within its budget.
import { describe, expect, it } from 'vitest';
import { createPageCache, pageCache } from './cache.js';
import { analyseDocument, redactDocument } from './index.js';
import { mupdfText, scanPng } from './testing/fixtures.js';
import type { TPageState } from './analyse.js';

const page = (text: string): TPageState => ({
  page: 1,
  width: 595,
  height: 842,
  ocr: false,
  hasTextLayer: true,
  ocrWords: [],
  texts: [{ source: 'text', text }],
});

describe('page cache', () => {
  it('reuses the OCR of a scan from analyse in redact, and the output is verified and clean', async () => {
    const input = scanPng(
      ['Journalnotat om boligsagen', 'Borgeren har cpr 070761-4285', 'Sagen afsluttes'],
      200,
    );
    const context = { case_type: 'citizen' as const };
    pageCache.clear();
    const before = { ...pageCache.stats };
    const analysis = await analyseDocument(input, { context, name: 'scan.png' });
    const cpr = analysis.suggestions.find((s) => s.text.replace(/\D/g, '') === '0707614285');
    expect(cpr).toBeTruthy();
    const { pdf, report } = await redactDocument(input, { context, name: 'scan.png', accept: [cpr!.id] });
    expect(pageCache.stats.hits - before.hits).toBe(1);
    expect(report).toMatchObject({ ocr: true, ocrPages: 1, verified: true, itemsTotal: 1 });
    expect(mupdfText(pdf).replace(/\D/g, '')).not.toContain('0707614285');

    // Another context is another detection: the pages are not reused for it with stale suggestions.
    await analyseDocument(input, { context: { case_type: 'building' }, name: 'scan.png' });
    expect(pageCache.stats.misses - before.misses).toBe(2);
  }, 180_000);

  it('evicts the least recently used documents beyond its budget, and 0 turns it off', () => {
    const cache = createPageCache(10_000);
    cache.set('a', [page('x'.repeat(2000))], 'c', []);
    cache.set('b', [page('y'.repeat(2000))], 'c', []);
    expect(cache.get('a', 'c')).not.toBeNull(); // a is now the most recent
    cache.set('c', [page('z'.repeat(2000))], 'c', []);
    expect(cache.get('b', 'c')).toBeNull();
    expect(cache.get('a', 'c')).not.toBeNull();
    expect(cache.get('c', 'c')).not.toBeNull();
    expect(cache.get('c', 'other')).toBeNull();
    expect(cache.get('c', null)?.suggestions).toEqual([]);
    cache.set('huge', [page('h'.repeat(20_000))], 'c', []);
    expect(cache.get('huge', 'c')).toBeNull();
    const off = createPageCache(0);
    off.set('a', [page('x')], 'c', []);
    expect(off.get('a', 'c')).toBeNull();
  });
});
