import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redactDocument, sniffFormat } from './index.js';
import { mupdf } from './mupdf.js';
import { msg } from './testing/msg.js';
import { docx, eml, fixedDetector, mupdfText, pdftotext, scanPng, textPdf } from './testing/fixtures.js';

const detector = fixedDetector([
  { text: 'Karin Holmgaard Eriksen' },
  { text: 'karin@example.dk', label: 'EMAIL' },
  { text: '1203456789', label: 'CPR' },
  { text: 'Ole Bak' },
]);

describe('input formats', () => {
  it('recognises the type from the content, not the name', async () => {
    expect(sniffFormat(await textPdf([['x']]))).toBe('pdf');
    expect(sniffFormat(docx(['x']))).toBe('zip');
    expect(sniffFormat(eml({ from: 'a@b.dk', to: 'c@d.dk', subject: 's', body: 'b' }))).toBe('eml');
    expect(sniffFormat(scanPng(['x']))).toBe('png');
    const pix = new mupdf.Pixmap(mupdf.ColorSpace.DeviceRGB, [0, 0, 8, 8], false);
    expect(sniffFormat(pix.asJPEG(80))).toBe('jpeg');
    expect(sniffFormat(new Uint8Array([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]))).toBe('tiff');
    expect(sniffFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('msg');
    expect(sniffFormat(new TextEncoder().encode('just some text'))).toBeNull();
  });

  it('redacts a Word document (DOCX) and keeps its text searchable', async () => {
    const input = docx([
      'Afgørelse om boligstøtte',
      'Ansøger Karin Holmgaard Eriksen, cpr 1203456789, får tilskud.',
      'Med venlig hilsen kommunen',
    ]);
    const { pdf, report } = await redactDocument(input, { detector, name: 'afgorelse.docx' });
    expect(report.format).toBe('docx');
    expect(report.items).toMatchObject({ PERSON: 1, CPR: 1 });
    const text = mupdfText(pdf);
    expect(text).toContain('Afgørelse om boligstøtte');
    expect(text).toContain('får tilskud.');
    expect(text).not.toContain('Holmgaard');
    expect(text).not.toContain('1203456789');
  });

  it('renders an e-mail with header block, body and attachments (PDF, DOCX, nested mail) into one PDF', async () => {
    const attachmentPdf = await textPdf([['Bilag 1: Naboen Ole Bak har klaget.', 'Klagen vedrører støj.']]);
    const inner = eml({
      from: 'Ole Bak <ole@example.dk>',
      to: 'kommunen@example.dk',
      subject: 'Klage',
      body: 'Jeg klager over støj fra nr. 3.',
    });
    const input = eml({
      from: 'Karin Holmgaard Eriksen <karin@example.dk>',
      to: 'Borgerservice <borgerservice@kommune.dk>',
      subject: 'Aktindsigt',
      body: 'Hej\n\nJeg beder om aktindsigt. Mit cpr-nummer er 1203456789.\n\nVenlig hilsen\nKarin Holmgaard Eriksen',
      attachments: [
        { name: 'bilag.pdf', type: 'application/pdf', bytes: attachmentPdf },
        {
          name: 'notat.docx',
          type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          bytes: docx(['Notat: Karin Holmgaard Eriksen ringede.']),
        },
        { name: 'klage.eml', type: 'message/rfc822', bytes: inner },
        { name: 'data.bin', type: 'application/octet-stream', bytes: new Uint8Array([1, 2, 3, 4]) },
      ],
    });
    const { pdf, report } = await redactDocument(input, { detector, name: 'mail.eml' });
    expect(report.format).toBe('eml');
    expect(report.pages).toBeGreaterThanOrEqual(4);
    expect(report.skipped.map((s) => s.name)).toEqual(['mail.eml › data.bin']);
    const text = mupdfText(pdf);
    for (const kept of [
      'Emne:',
      'Aktindsigt',
      'borgerservice@kommune.dk',
      'Jeg beder om aktindsigt.',
      'Klagen vedrører støj.',
      'Notat:',
      'Jeg klager over støj',
    ])
      expect(text).toContain(kept);
    for (const gone of ['Holmgaard', 'karin@example.dk', '1203456789', 'Ole Bak'])
      expect(text).not.toContain(gone);
  });

  it('renders an Outlook message (MSG) with its attachment', async () => {
    const input = msg({
      subject: 'Klage over afgørelse',
      body: 'Hej\r\n\r\nJeg klager hermed. Mit cpr er 1203456789.\r\n\r\nKarin Holmgaard Eriksen',
      senderName: 'Karin Holmgaard Eriksen',
      senderEmail: 'karin@example.dk',
      attachments: [{ name: 'bilag.pdf', bytes: await textPdf([['Bilag: Ole Bak bekræfter forløbet.']]) }],
    });
    expect(sniffFormat(input)).toBe('msg');
    const { pdf, report } = await redactDocument(input, { detector, name: 'klage.msg' });
    expect(report).toMatchObject({ format: 'msg', pages: 2 });
    const text = mupdfText(pdf);
    for (const kept of ['Klage over afgørelse', 'Jeg klager hermed.', 'bekræfter forløbet.'])
      expect(text).toContain(kept);
    for (const gone of ['Holmgaard', 'karin@example.dk', '1203456789', 'Ole Bak'])
      expect(text).not.toContain(gone);
  });

  it('OCRs a scanned image, blacks out the pixels and adds a searchable layer of the kept words', async () => {
    const input = scanPng(
      ['Journalnotat om boligsagen', 'Borgeren har cpr 1203456789', 'Sagen afsluttes i dag'],
      200,
    );
    const { pdf, report } = await redactDocument(input, { detector, name: 'scan.png' });
    expect(report).toMatchObject({ format: 'png', ocr: true, ocrPages: 1, verified: true });
    expect(report.items.CPR).toBe(1);
    const layer = mupdfText(pdf);
    expect(layer).toContain('Journalnotat');
    expect(layer).toContain('afsluttes');
    expect(layer).not.toContain('1203456789');
    const dir = mkdtempSync(join(tmpdir(), 'redact-scan-'));
    const path = join(dir, 'scan.pdf');
    writeFileSync(path, pdf);
    expect(pdftotext(path) ?? layer).not.toContain('1203456789');
    // an independent OCR of the rendered output (Debian tesseract, when installed) must not read the number
    try {
      execFileSync('pdftoppm', ['-r', '200', '-gray', '-png', path, join(dir, 'p')]);
      const ocr = execFileSync('tesseract', [join(dir, 'p-1.png'), '-', '-l', 'dan'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      expect(ocr).toContain('Journalnotat');
      expect(ocr.replace(/\D/g, '')).not.toContain('1203456789');
    } catch (e) {
      if (!(e instanceof Error && /ENOENT/.test(e.message))) throw e;
    }
  }, 60_000);
});

describe('scanned PDF with a partial text layer', () => {
  it('redacts both the text layer and the OCR of the scanned image on the same page', async () => {
    const { PDFDocument: LibDocument, StandardFonts } = await import('pdf-lib');
    const doc = await LibDocument.create();
    const page = doc.addPage([595, 842]);
    const image = await doc.embedPng(
      scanPng(['Notat om boligsagen', 'Borgeren har cpr 1203456789', 'Sagen afsluttes i dag'], 200),
    );
    page.drawImage(image, { x: 40, y: 200, width: 515, height: 515 });
    page.drawText('Stemplet af Karin Holmgaard Eriksen', {
      x: 40,
      y: 780,
      size: 11,
      font: await doc.embedFont(StandardFonts.Helvetica),
    });
    const { pdf, report } = await redactDocument(await doc.save(), { detector });
    expect(report).toMatchObject({ ocr: true, ocrPages: 1 });
    // the stamp line is in the text layer and also in the page image that is OCR'd: found by both
    expect(report.items.PERSON).toBeGreaterThanOrEqual(1);
    expect(report.items.CPR).toBe(1);
    const text = mupdfText(pdf);
    expect(text).toContain('Stemplet af');
    expect(text).not.toContain('Holmgaard');
    expect(text.replace(/\D/g, '')).not.toContain('1203456789');
  }, 60_000);
});
