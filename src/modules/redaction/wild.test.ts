// Minimal reproductions of what real-world PDFs did to the pipeline (each failed before its fix), checked
// with the fidelity check: outside the boxes the output must render as the input, with its images intact.
import { describe, expect, it } from 'vitest';
import { checkFidelity, redactDocument, RedactionError, sniffFormat, type TRect } from './index.js';
import { normaliseContent } from './content.js';
import { mupdf } from './mupdf.js';
import { textLikeWords } from './ocr.js';
import { fixedDetector, mupdfText } from './testing/fixtures.js';
import { HELVETICA, onePage, rawPdf, stream } from './testing/raw-pdf.js';

async function redactChecked(pdf: Uint8Array, names: string[], password?: string) {
  const {
    pdf: out,
    analysis,
    report,
  } = await redactDocument(pdf, {
    detector: fixedDetector(names.map((text) => ({ text }))),
    password,
  });
  const boxes = new Map<number, TRect[]>();
  for (const s of analysis.suggestions) boxes.set(s.page, [...(boxes.get(s.page) ?? []), ...s.boxes]);
  return { out, analysis, report, fidelity: checkFidelity(pdf, out, { boxes, password }) };
}

function streamsOf(pdf: Uint8Array): string[] {
  const doc = mupdf.Document.openDocument(pdf, 'application/pdf').asPDF()!;
  const out: string[] = [];
  for (let i = 1; i < doc.countObjects(); i++) {
    const ref = doc.newIndirect(i);
    if (ref.isStream()) out.push(ref.readStream().asString());
  }
  doc.destroy();
  return out;
}

const gray = (data: string, extra = ''): string =>
  stream(
    `/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 ${extra}`,
    data,
  );

describe('fidelity check', () => {
  it('sees a picture that vanished and text that moved', () => {
    const a = onePage(`<< ${HELVETICA} >>`, 'BT /F1 12 Tf 20 150 Td (Hello) Tj ET');
    const moved = onePage(`<< ${HELVETICA} >>`, 'BT /F1 12 Tf 20 120 Td (Hello) Tj ET');
    expect(checkFidelity(a, a).faithful).toBe(true);
    const r = checkFidelity(a, moved);
    expect(r.faithful).toBe(false);
    expect(r.problems[0]!.kind).toBe('pixels');
    // under a box the same change is allowed
    expect(checkFidelity(a, moved, { boxes: new Map([[1, [[10, 20, 120, 90] as TRect]]]) }).faithful).toBe(
      true,
    );
    const img = onePage('<< /XObject << /Im1 5 0 R >> >>', 'q 40 0 0 40 20 20 cm /Im1 Do Q', [
      gray('\x00\xff\xff\x00'),
    ]);
    const noImg = onePage('<< >>', '');
    const r2 = checkFidelity(img, noImg);
    expect(r2.problems.map((p) => p.kind)).toEqual(expect.arrayContaining(['images', 'pixels']));
  });
});

describe('real-world PDFs: minimal reproductions', () => {
  it('keeps the data of images that share an identical soft mask (they were written as bare dictionaries)', async () => {
    const mask = gray('\xff\xff\xff\x80');
    const pdf = onePage(
      `<< ${HELVETICA} /XObject << /Im1 5 0 R /Im2 6 0 R >> >>`,
      'q 40 0 0 40 20 20 cm /Im1 Do Q q 40 0 0 40 80 20 cm /Im2 Do Q BT /F1 12 Tf 20 150 Td (Karin Hansen skrev) Tj ET',
      [gray('\x00\xff\xff\x00', '/SMask 7 0 R'), gray('\x00\x80\x80\x00', '/SMask 8 0 R'), mask, mask],
    );
    const { fidelity, out } = await redactChecked(pdf, ['Karin Hansen']);
    expect(fidelity.problems).toEqual([]);
    expect(fidelity.images).toEqual({ input: 4, output: 4 });
    expect(mupdfText(out)).not.toContain('Karin');
  });

  it("does not move lines written with Td and ' (redacted page and untouched page)", async () => {
    const content =
      "BT 20 150 Td /F1 12 Tf (Signatur)' 0 -20 Td (Karin Hansen skrev)' 0 -20 Td 1 0.5 (Tredje linje)\" ET";
    const page = (c: string) => onePage(`<< ${HELVETICA} >>`, c);
    const redacted = await redactChecked(page(content), ['Karin Hansen']);
    expect(redacted.fidelity.problems).toEqual([]);
    expect(streamsOf(redacted.out).join('\n')).not.toContain('Karin');
    // a page without redactions is not rewritten at all
    const untouched = await redactChecked(page(content), ['Ingen her']);
    expect(untouched.fidelity.problems).toEqual([]);
  });

  it('spells out quote operators and plain-tags malformed marked content, leaving the rest byte for byte', () => {
    expect(normaliseContent('BT (a) \' 1 2 (b) " ET')).toBe('BT T* (a) Tj 1 Tw 2 Tc T* (b) Tj ET');
    expect(normaliseContent('q 123 /oc1 BDC 0 0 m EMC /OC /x BDC EMC Q')).toBe(
      'q /Span BMC 0 0 m EMC /OC /x BDC EMC Q',
    );
    expect(normaliseContent("BT (it's) Tj ET % don't\nBI /W 1 ID '\" EI")).toBeNull();
  });

  it('leaves Type 3 glyph procedures as they are (no q before d0/d1)', async () => {
    const t3 =
      '/T3 << /Type /Font /Subtype /Type3 /FontBBox [0 0 750 750] /FontMatrix [0.001 0 0 0.001 0 0] ' +
      '/CharProcs << /sq 5 0 R /tri 6 0 R >> /Encoding << /Type /Encoding /Differences [65 /sq /tri] >> ' +
      '/FirstChar 65 /LastChar 66 /Widths [1000 1000] /Resources << >> >>';
    const pdf = onePage(
      `<< ${HELVETICA.replace(' >> >>', ` >> ${t3} >>`)} >>`,
      'BT 1 0 0 rg /T3 20 Tf 20 150 Td (ABAB) Tj ET BT /F1 12 Tf 20 100 Td (Karin Hansen skrev) Tj ET',
      [
        stream('', '1000 0 0 0 750 750 d1 0 0 750 750 re f'),
        stream('', '1000 0 d0 0 0 1 rg 0 0 m 750 0 l 375 750 l f'),
      ],
    );
    const { fidelity, out } = await redactChecked(pdf, ['Karin Hansen']);
    expect(fidelity.problems).toEqual([]);
    const procs = streamsOf(out).filter((s) => /\bd[01]\b/.test(s));
    expect(procs).toHaveLength(2);
    for (const p of procs) expect(p.trim()).toMatch(/^[\d.\s]+d[01]\b/);
  });

  it('keeps hidden optional content (radio-button layer groups) hidden', async () => {
    const pdf = rawPdf([
      '<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs [5 0 R 6 0 R] /D << /OFF [6 0 R] /RBGroups [[5 0 R 6 0 R]] >> >> >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << ${HELVETICA} /Properties << /on 5 0 R /off 6 0 R >> >> /Contents 4 0 R >>`,
      stream(
        '',
        '/OC /on BDC 0 0 1 rg 20 20 60 60 re f EMC /OC /off BDC 1 0 0 rg 120 20 60 60 re f EMC BT /F1 12 Tf 20 150 Td (Karin Hansen) Tj ET',
      ),
      '<< /Type /OCG /Name (Ja) >>',
      '<< /Type /OCG /Name (Nej) >>',
    ]);
    const { fidelity } = await redactChecked(pdf, ['Karin Hansen']);
    expect(fidelity.problems).toEqual([]);
  });

  it('writes valid syntax for a malformed marked-content operator on a redacted page, drawing intact', async () => {
    const pdf = onePage(
      `<< ${HELVETICA} >>`,
      'q\r0 0 1 rg\r10 10 m 100 10 l 100 40 l 10 40 l f\r123 /oc1 BDC\r1 0 0 rg\r10 40 m 100 40 l 100 80 l 10 80 l f\rEMC\rQ\rBT /F1 12 Tf 150 100 Td (Karin Hansen skrev) Tj ET',
    );
    const { fidelity, out } = await redactChecked(pdf, ['Karin Hansen']);
    expect(fidelity.problems).toEqual([]);
    expect(streamsOf(out).join('\n')).not.toMatch(/null\s*BDC/);
  });

  it('reads a PDF without the %PDF- header as a PDF, not as text', async () => {
    const body = Buffer.from(
      onePage(`<< ${HELVETICA} >>`, 'BT /F1 12 Tf 20 150 Td (Karin Hansen skrev) Tj ET'),
    );
    const headerless = new Uint8Array(body.subarray(body.indexOf('\n') + 1));
    expect(new TextDecoder('latin1').decode(headerless.subarray(0, 5))).not.toBe('%PDF-');
    expect(sniffFormat(headerless)).toBe('pdf');
    const { fidelity, out, report } = await redactChecked(headerless, ['Karin Hansen']);
    expect(report.format).toBe('pdf');
    expect(fidelity.problems).toEqual([]);
    expect(mupdfText(out)).toContain('skrev');
    expect(mupdfText(out)).not.toContain('obj');
  });

  it('cleans metadata in embedded figures (PTEX.InfoDict) instead of refusing', async () => {
    const pdf = onePage(
      `<< ${HELVETICA} /XObject << /Fig 5 0 R >> >>`,
      'q /Fig Do Q BT /F1 12 Tf 20 150 Td (Figur af Karin Hansen) Tj ET',
      [
        stream(
          '/Type /XObject /Subtype /Form /BBox [0 0 100 100] /PTEX.FileName (./fig.pdf) /PTEX.InfoDict 6 0 R',
          '0 0 1 rg 20 20 50 50 re f',
        ),
        '<< /Author (Karin Hansen) /Creator (LaTeX) >>',
      ],
    );
    const { fidelity, out } = await redactChecked(pdf, ['Karin Hansen']);
    expect(fidelity.problems).toEqual([]);
    expect(streamsOf(out).join('')).not.toContain('Karin');
    const raw = Buffer.from(out).toString('latin1');
    expect(raw).not.toContain('PTEX');
  });

  it('opens an AES-256 PDF whose empty password MuPDF refuses, with --password "" and without', async () => {
    const plain = onePage(`<< ${HELVETICA} >>`, 'BT /F1 12 Tf 20 150 Td (Karin Hansen skrev) Tj ET');
    const doc = mupdf.Document.openDocument(plain, 'application/pdf').asPDF()!;
    const enc = doc
      .saveToBuffer('encrypt=aes-256,owner-password=,user-password=hemmelig')
      .asUint8Array()
      .slice();
    doc.destroy();
    // the owner password is empty: readers open it; MuPDF does not
    const probe = mupdf.Document.openDocument(enc, 'application/pdf').asPDF()!;
    expect(probe.needsPassword() && !probe.authenticatePassword('')).toBe(true);
    for (const password of ['', undefined]) {
      const { fidelity, out } = await redactChecked(enc, ['Karin Hansen'], password);
      expect(fidelity.problems.filter((p) => p.kind !== 'unreadable')).toEqual([]);
      expect(mupdfText(out)).toContain('skrev');
      expect(mupdfText(out)).not.toContain('Karin');
    }
    await expect(redactChecked(enc, ['Karin Hansen'], 'forkert')).rejects.toMatchObject({
      code: 'WRONG_PASSWORD',
    });
  });

  it('does not send image XObjects with a short DecodeParms array into "index out of bounds"', async () => {
    const hex = Buffer.from('\x00\xff\xff\x00', 'latin1').toString('hex') + '>';
    const pdf = onePage('<< /XObject << /Im1 5 0 R >> >>', 'q 40 0 0 40 20 20 cm /Im1 Do Q', [
      stream(
        '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter [/ASCIIHexDecode /FlateDecode] /DecodeParms []',
        '',
      )
        .replace('/Length 0', `/Length ${hex.length}`)
        .replace('stream\n\n', `stream\n${hex}\n`),
    ]);
    const { fidelity } = await redactChecked(pdf, []);
    expect(fidelity.problems.filter((p) => p.kind === 'pages')).toEqual([]);
  });

  it('keeps text-like OCR words for the invisible layer and drops the noise of photographs', () => {
    const w = (text: string, confidence: number, paragraph: number) => ({
      text,
      confidence,
      paragraph,
      line: paragraph,
      rect: [0, 0, 10, 10] as TRect,
    });
    const words = [
      ...['Fra:', 'Maja', 'Møller', 'borgerservice'].map((t, i) => w(t, i === 3 ? 0 : 96, 1)),
      ...['|', 'i:', 'HH', '»', 'Saturation', 'ES'].map((t) =>
        w(t, t === 'Saturation' ? 91 : t === 'ES' ? 93 : 30, 2),
      ),
    ];
    expect(textLikeWords(words).map((x) => x.text)).toEqual([
      'Fra:',
      'Maja',
      'Møller',
      'borgerservice',
      'Saturation',
    ]);
  });

  it('says on which page and which item verification refused', () => {
    const e = new RedactionError('VERIFICATION_FAILED', 'x', 'y', undefined, {
      page: 3,
      item: 'Karin',
      label: 'PERSON',
    });
    expect(e.withFile('bundle.eml')).toMatchObject({ file: 'bundle.eml', data: { page: 3, item: 'Karin' } });
  });

  it('does not refuse when the same name also stands unredacted on the page (only redacted occurrences count)', async () => {
    const pdf = onePage(
      `<< ${HELVETICA} >>`,
      'BT /F1 12 Tf 20 150 Td (Karin Hansen ringede) Tj 0 -20 Td (Kontakt: Karin Hansen, kommunen) Tj ET',
    );
    // a detector that marks only the first occurrence
    const detector = ({ text }: { text: string }) => {
      const i = text.indexOf('Karin Hansen');
      return {
        spans: [
          {
            start: i,
            end: i + 12,
            label: 'PERSON',
            confidence: 0.9,
            legalBasis: '§ 30',
            text: 'Karin Hansen',
          },
        ],
      };
    };
    const { pdf: out } = await redactDocument(pdf, { detector });
    expect(mupdfText(out)).toContain('ringede');
    expect(mupdfText(out).match(/Karin Hansen/g)).toHaveLength(1);
  });
});
