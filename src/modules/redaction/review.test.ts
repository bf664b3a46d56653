import { describe, expect, it } from 'vitest';
import { analyseDocument, redactDocument } from './index.js';
import { fixedDetector, mupdfText, textPdf } from './testing/fixtures.js';

const LINES = [
  'Ansøger: Karin Holmgaard Eriksen',
  'Sagsbehandler: Mikkel Dahl',
  'Telefon 22 33 44 55',
  'Bemærkning: Naboen Ole Bak klager over støj.',
];
const detector = fixedDetector([
  { text: 'Karin Holmgaard Eriksen' },
  { text: '22 33 44 55', label: 'PHONE' },
]);

describe('review: suggestions, rejections and manual boxes', () => {
  it('analyses without changing anything and gives stable ids with boxes on the page', async () => {
    const input = await textPdf([LINES]);
    const a = await analyseDocument(input, { detector });
    const b = await analyseDocument(input, { detector });
    expect(a.suggestions.map((s) => s.id)).toEqual(b.suggestions.map((s) => s.id));
    expect(a.pages).toEqual([{ page: 1, width: 595, height: 842, ocr: false }]);
    const name = a.suggestions.find((s) => s.text === 'Karin Holmgaard Eriksen')!;
    expect(name).toMatchObject({ page: 1, label: 'PERSON', legalBasis: 'OFL § 30, nr. 1', source: 'text' });
    expect(name.boxes).toHaveLength(1);
    const [x0, y0, x1, y1] = name.boxes[0]!;
    // the first line is drawn at y = 780 (PDF space), i.e. about 62 pt from the top in page space
    expect(y0).toBeGreaterThan(50);
    expect(y1).toBeLessThan(70);
    expect(x0).toBeGreaterThan(60);
    expect(x1 - x0).toBeGreaterThan(80);
  });

  it('keeps rejected suggestions readable (by id and by text)', async () => {
    const input = await textPdf([LINES]);
    const { suggestions } = await analyseDocument(input, { detector });
    const phone = suggestions.find((s) => s.label === 'PHONE')!;
    const byId = await redactDocument(input, { detector, reject: [phone.id] });
    expect(byId.report.rejected).toBe(1);
    expect(mupdfText(byId.pdf)).toContain('22 33 44 55');
    expect(mupdfText(byId.pdf)).not.toContain('Holmgaard');
    const byText = await redactDocument(input, { detector, reject: [{ text: 'Karin Holmgaard Eriksen' }] });
    expect(mupdfText(byText.pdf)).toContain('Karin Holmgaard Eriksen');
    expect(mupdfText(byText.pdf)).not.toContain('22 33 44 55');
  });

  it('applies only the accepted suggestions when an accept list is given', async () => {
    const input = await textPdf([LINES]);
    const { suggestions } = await analyseDocument(input, { detector });
    const phone = suggestions.find((s) => s.label === 'PHONE')!;
    const { pdf, report } = await redactDocument(input, { detector, accept: [phone.id] });
    expect(report.itemsTotal).toBe(1);
    const text = mupdfText(pdf);
    expect(text).not.toContain('22 33 44 55');
    expect(text).toContain('Karin Holmgaard Eriksen');
  });

  it('removes the text under a manual box and labels it', async () => {
    const input = await textPdf([LINES]);
    const { pages, suggestions } = await analyseDocument(input, { detector });
    expect(pages).toHaveLength(1);
    const nameBox = suggestions.find((s) => s.text === 'Karin Holmgaard Eriksen')!.boxes[0]!;
    // "Ole Bak" on line 4 (y = 780 - 3·16 = 732 in PDF space → 110 from the top): a box over the line's middle part
    const text0 = mupdfText(input);
    expect(text0).toContain('Ole Bak');
    const { pdf, report } = await redactDocument(input, {
      detector,
      manual: [
        {
          page: 1,
          x0: 60,
          y0: nameBox[1] + 3 * 16,
          x1: 250,
          y1: nameBox[3] + 3 * 16,
          legalBasis: 'OFL § 30, nr. 1',
        },
      ],
    });
    expect(report.manualBoxes).toBe(1);
    const text = mupdfText(pdf);
    expect(text).not.toContain('Naboen');
    expect(text).not.toContain('Bemærkning');
    expect(text).toContain('Sagsbehandler: Mikkel Dahl');
  });

  it('refuses a manual box on a page that does not exist', async () => {
    const input = await textPdf([LINES]);
    await expect(
      redactDocument(input, {
        detector,
        manual: [{ page: 3, x0: 0, y0: 0, x1: 10, y1: 10, legalBasis: '§ 30' }],
      }),
    ).rejects.toThrow(/page 3/);
  });
});
