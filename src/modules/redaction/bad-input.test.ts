import { describe, expect, it } from 'vitest';
import { mupdf } from './mupdf.js';
import { LIMITS, RedactionError, redactDocument } from './index.js';
import {
  blankPng,
  docx,
  eml,
  fixedDetector,
  manyPagesPdf,
  mupdfText,
  pngHeaderOnly,
  textPdf,
  zip,
} from './testing/fixtures.js';

const detector = fixedDetector([{ text: '120345-6789', label: 'CPR' }]);

async function errorOf(p: Promise<unknown>): Promise<RedactionError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof RedactionError) return e;
    throw e;
  }
  throw new Error('expected a RedactionError');
}

describe('bad input', () => {
  it('refuses a zero-byte file and names it', async () => {
    const e = await errorOf(redactDocument(new Uint8Array(0), { detector, name: 'tom.pdf' }));
    expect(e.code).toBe('EMPTY_FILE');
    expect(e.message).toBe('tom.pdf: the file is empty (0 bytes)');
    expect(e.messageDa).toContain('filen er tom');
  });

  it('refuses unknown content whatever its name', async () => {
    const e = await errorOf(
      redactDocument(new Uint8Array([0x68, 0x65, 0x00, 0x01, 0x9c, 0x02, 0x7f]), {
        detector,
        name: 'brev.pdf',
      }),
    );
    expect(e.code).toBe('UNSUPPORTED_FORMAT');
  });

  it('reports a corrupted PDF instead of crashing; a truncated one is repaired or refused', async () => {
    const garbage = new Uint8Array([
      ...new TextEncoder().encode('%PDF-1.7\n'),
      ...Array.from({ length: 3000 }, (_, i) => (i * 37) % 256),
    ]);
    const e = await errorOf(redactDocument(garbage, { detector, name: 'skadet.pdf' }));
    expect(e.code).toBe('CORRUPT_FILE');
    expect(e.message).toMatch(/^skadet\.pdf: /);
    const full = await textPdf([['Borger cpr 120345-6789.', 'Mere tekst.']]);
    const cut = full.slice(0, Math.floor(full.length * 0.7));
    try {
      const { pdf } = await redactDocument(cut, { detector });
      expect(mupdfText(pdf)).not.toContain('120345-6789');
    } catch (err) {
      expect(err).toBeInstanceOf(RedactionError);
    }
  });

  it('asks for the password of an encrypted PDF and opens it with the right one', async () => {
    const plain = mupdf.Document.openDocument(
      await textPdf([['Borger cpr 120345-6789.']]),
      'application/pdf',
    ).asPDF()!;
    const locked = plain
      .saveToBuffer('encrypt=aes-256,user-password=hemmelig,owner-password=ejer')
      .asUint8Array()
      .slice();
    expect((await errorOf(redactDocument(locked, { detector }))).code).toBe('ENCRYPTED');
    expect((await errorOf(redactDocument(locked, { detector, password: 'forkert' }))).code).toBe(
      'WRONG_PASSWORD',
    );
    const { pdf } = await redactDocument(locked, { detector, password: 'hemmelig' });
    const out = mupdf.Document.openDocument(pdf, 'application/pdf');
    expect(out.needsPassword()).toBe(false);
    expect(mupdfText(pdf)).toContain('Borger cpr');
    expect(mupdfText(pdf)).not.toContain('120345-6789');
  });

  it('refuses a DOCX zip bomb before inflating it (declared ratio, and sizes that lie)', async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const bomb = zip({
      '[Content_Types].xml': '<Types/>',
      'word/document.xml': '<w:document/>',
      'word/media/image1.bin': zeros,
    });
    const e = await errorOf(redactDocument(bomb, { detector, name: 'bombe.docx' }));
    expect(e.code).toBe('ZIP_BOMB');
    expect(e.message).toMatch(/^bombe\.docx: refused as a possible zip bomb/);

    // a small entry whose header declares fewer bytes than it inflates to
    const liar = Buffer.from(docx(['Tekst med cpr 120345-6789 og mere tekst der fylder']));
    const cdir = liar.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const name = liar.toString('latin1', cdir + 46, cdir + 46 + liar.readUInt16LE(cdir + 28));
    expect(name).toBe('word/document.xml');
    liar.writeUInt32LE(10, cdir + 24);
    const local = liar.lastIndexOf(Buffer.from('word/document.xml', 'latin1'), cdir) - 30;
    liar.writeUInt32LE(10, local + 22);
    expect((await errorOf(redactDocument(new Uint8Array(liar), { detector }))).code).toBe('ZIP_BOMB');
  });

  it('redacts a 2,000-page PDF within bounded memory', async () => {
    const before = process.memoryUsage().rss;
    const { pdf, report } = await redactDocument(manyPagesPdf(2000), { detector });
    expect(report.pages).toBe(2000);
    expect(report.items.CPR).toBe(2000);
    expect(process.memoryUsage().rss - before).toBeLessThan(1500 * 2 ** 20);
    const out = mupdf.Document.openDocument(pdf, 'application/pdf');
    expect(out.countPages()).toBe(2000);
    expect(out.loadPage(1999).toStructuredText('').asText()).toContain('Side 2000: borger cpr');
    expect(out.loadPage(1999).toStructuredText('').asText()).not.toContain('120345');
  }, 90_000);

  it('refuses more pages than the limit quickly', async () => {
    const t0 = performance.now();
    const e = await errorOf(
      redactDocument(manyPagesPdf(LIMITS.maxPages + 1, 'x'), { detector, name: 'stor.pdf' }),
    );
    expect(e.code).toBe('TOO_MANY_PAGES');
    expect(performance.now() - t0).toBeLessThan(20_000);
  }, 60_000);

  it('refuses an image above the pixel limit before decoding it', async () => {
    const e = await errorOf(redactDocument(pngHeaderOnly(20_000, 10_000), { detector, name: 'kæmpe.png' }));
    expect(e.code).toBe('IMAGE_TOO_LARGE');
    expect(e.message).toContain('20000×10000');
  });

  it('downscales a 100-megapixel image with a note in the report', async () => {
    const { report } = await redactDocument(blankPng(10_000, 10_000), { detector, name: 'stor.png' });
    expect(report.pages).toBe(1);
    expect(report.skipped.some((s) => /downscaled/.test(s.reason))).toBe(true);
  }, 90_000);

  it('stops a mail loop (attachment in attachment …) at the depth limit and still produces the PDF', async () => {
    let mail = eml({
      from: 'a@example.dk',
      to: 'b@example.dk',
      subject: 'Inderst',
      body: 'Bunden af kæden.',
    });
    for (let level = 9; level >= 0; level--)
      mail = eml({
        from: 'a@example.dk',
        to: 'b@example.dk',
        subject: `Niveau ${level}`,
        body: `Videresendt niveau ${level}, cpr 120345-6789.`,
        attachments: [{ name: `niveau-${level + 1}.eml`, type: 'message/rfc822', bytes: mail }],
      });
    const t0 = performance.now();
    const { pdf, report } = await redactDocument(mail, { detector, name: 'kaede.eml' });
    expect(performance.now() - t0).toBeLessThan(60_000);
    expect(report.pages).toBe(LIMITS.maxMailDepth + 1);
    expect(report.skipped).toHaveLength(1);
    expect(report.skipped[0]!.reason).toMatch(/nesting deeper than/);
    const text = mupdfText(pdf);
    expect(text).toContain('Videresendt niveau 0');
    expect(text).not.toContain('120345-6789');
  }, 90_000);
});
