// Page previews as the review viewer's worker runs them: sizes, PNG, search and words on a real PDF.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pageSizes, pageWords, renderPagePng, searchText } from './render.js';

async function pdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  page.drawText('Carport nr. 7 og carport nr. 9', { x: 50, y: 780, size: 12, font });
  doc.addPage([842, 595]).drawText('Ingen carport her? Jo: carport.', { x: 50, y: 500, size: 12, font });
  return doc.save();
}

describe('previews', () => {
  it('gives sizes, renders a page, finds every occurrence and the words with boxes', async () => {
    const bytes = await pdf();
    expect(pageSizes('k1', bytes, 'application/pdf')).toEqual([
      { page: 1, width: 595, height: 842 },
      { page: 2, width: 842, height: 595 },
    ]);
    const png = renderPagePng('k1', bytes, 'application/pdf', 2, 72);
    expect(Buffer.from(png).subarray(1, 4).toString()).toBe('PNG');
    expect(() => renderPagePng('k1', bytes, 'application/pdf', 3, 72)).toThrow(/does not exist/);
    const hits = searchText('k1', bytes, 'application/pdf', 'carport', 100);
    expect(hits.map((h) => h.page)).toEqual([1, 1, 2, 2]);
    for (const h of hits) expect(h.box[2]).toBeGreaterThan(h.box[0]);
    expect(searchText('k1', bytes, 'application/pdf', 'carport', 3)).toHaveLength(3);
    const words = pageWords('k1', bytes, 'application/pdf', 1);
    expect(words.map((w) => w.text)).toEqual(['Carport', 'nr.', '7', 'og', 'carport', 'nr.', '9']);
  });
});
