import { describe, expect, it } from 'vitest';
import { sniffText } from './convert/text.js';
import { LIMITS } from './limits.js';
import { mupdf } from './mupdf.js';
import { RedactionError, redactDocument } from './index.js';
import { eml, fixedDetector, mupdfText } from './testing/fixtures.js';
import { msg } from './testing/msg.js';

const detector = fixedDetector([
  { text: 'Karin Holmgaard Eriksen' },
  { text: 'karin@example.dk', label: 'EMAIL' },
  { text: '1203456789', label: 'CPR' },
]);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('plain text and HTML', () => {
  it('tells text, HTML and binary apart by content', () => {
    expect(sniffText(utf8('Notat om sagen\nmed æøå'))).toBe('text');
    expect(sniffText(utf8('<!DOCTYPE html><html><body>x</body></html>'))).toBe('html');
    expect(sniffText(utf8('  <div>Hej</div>'))).toBe('html');
    expect(sniffText(new Uint8Array([0x4e, 0x6f, 0x00, 0x01, 0x02]))).toBeNull();
    expect(sniffText(utf8('   \n '))).toBeNull();
    // a byte Windows-1252 leaves undefined (0x81) decodes to a C1 control: binary
    expect(sniffText(new Uint8Array([0x41, 0x81, 0x42, 0xff, 0x43]))).toBeNull();
    // Windows-1252 (older Danish files): "Bjørn" with ø = 0xf8
    expect(sniffText(new Uint8Array([0x42, 0x6a, 0xf8, 0x72, 0x6e]))).toBe('text');
  });

  it('renders a text file (whatever its name) and redacts it, keeping Danish letters', async () => {
    const input = utf8(
      'Telefonnotat\n\nKarin Holmgaard Eriksen ringede om sin ansøgning.\nCpr 1203456789 blev oplyst.\n\nSagsbehandler noterede forløbet.',
    );
    const { pdf, report } = await redactDocument(input, { detector, name: 'notat.pdf' });
    expect(report).toMatchObject({ format: 'text', pages: 1, verified: true });
    expect(report.items).toMatchObject({ PERSON: 1, CPR: 1 });
    const text = mupdfText(pdf);
    expect(text).toContain('ringede om sin ansøgning.');
    expect(text).toContain('Sagsbehandler noterede forløbet.');
    expect(text).not.toContain('Holmgaard');
    expect(text).not.toContain('1203456789');
  });

  it('renders an HTML file as laid-out text (no markup, no script text) and redacts it', async () => {
    const input = new TextEncoder().encode(
      '<!DOCTYPE html><html><head><meta charset="iso-8859-1"><title>Svar</title><script>var leak = "skjult";</script></head>' +
        '<body><h1>Svar på henvendelse</h1><p>Kære <b>Karin Holmgaard Eriksen</b>,</p><p>Vi har modtaget din e-mail fra karin@example.dk.</p><table><tr><td>Sagsnr.</td><td>2026-1234</td></tr></table></body></html>',
    );
    const { pdf, report } = await redactDocument(input, { detector, name: 'svar.html' });
    expect(report).toMatchObject({ format: 'html', verified: true });
    expect(report.items).toMatchObject({ PERSON: 1, EMAIL: 1 });
    const text = mupdfText(pdf);
    for (const kept of ['Svar på henvendelse', 'Kære', 'Vi har modtaget din e-mail fra', '2026-1234'])
      expect(text).toContain(kept);
    for (const gone of ['Holmgaard', 'karin@example.dk', '<p>', 'skjult']) expect(text).not.toContain(gone);
  });

  it('drops links of HTML (a mailto: target can hold the personal data the link text does not show)', async () => {
    const html =
      '<html><body><p>Skriv til <a href="mailto:karin@example.dk?subject=Karin%20Holmgaard%20Eriksen">Karin Holmgaard Eriksen</a> om sagen.</p></body></html>';
    const { pdf } = await redactDocument(utf8(html), { detector, name: 'link.html' });
    const doc = mupdf.Document.openDocument(pdf, 'application/pdf').asPDF()!;
    expect(doc.loadPage(0).getLinks()).toEqual([]);
    const objects: string[] = [];
    for (let i = 1; i < doc.countObjects(); i++) {
      const o = doc.newIndirect(i).resolve();
      objects.push(o.toString(true, false), o.isStream() ? o.readStream().asString() : '');
    }
    expect(objects.join('\n')).not.toMatch(/karin@example|Holmgaard/);
    expect(mupdfText(pdf)).toContain('om sagen.');
  });

  it('renders text/plain and text/html attachments of an e-mail and redacts them', async () => {
    const input = eml({
      from: 'Borgerservice <borgerservice@kommune.dk>',
      to: 'Sagsbehandler <sag@kommune.dk>',
      subject: 'Videresendt',
      body: 'Se vedhæftede noter.',
      attachments: [
        {
          name: 'noter.txt',
          type: 'text/plain',
          bytes: utf8('Noter: Karin Holmgaard Eriksen har cpr 1203456789.'),
        },
        {
          name: 'svar.htm',
          type: 'text/html',
          bytes: utf8('<html><body><p>Svar sendt til karin@example.dk i dag.</p></body></html>'),
        },
      ],
    });
    const { pdf, report } = await redactDocument(input, { detector, name: 'mail.eml' });
    expect(report.skipped).toEqual([]);
    expect(report.pages).toBe(3);
    expect(report.items).toMatchObject({ PERSON: 1, CPR: 1, EMAIL: 1 });
    const text = mupdfText(pdf);
    for (const kept of ['Noter:', 'har cpr', 'Svar sendt til', 'i dag.']) expect(text).toContain(kept);
    for (const gone of ['Holmgaard', '1203456789', 'karin@example.dk']) expect(text).not.toContain(gone);
  });

  it('renders a text attachment of an Outlook message (MSG)', async () => {
    const input = msg({
      subject: 'Notat',
      body: 'Se bilaget.',
      senderName: 'Sagsbehandler',
      senderEmail: 'sag@kommune.dk',
      attachments: [{ name: 'notat.txt', bytes: utf8('Borgeren Karin Holmgaard Eriksen ringede i dag.') }],
    });
    const { pdf, report } = await redactDocument(input, { detector, name: 'notat.msg' });
    expect(report).toMatchObject({ format: 'msg', pages: 2, skipped: [] });
    const text = mupdfText(pdf);
    expect(text).toContain('ringede i dag.');
    expect(text).not.toContain('Holmgaard');
  });

  it('keeps a loop of forwarded mails bounded when the innermost part is a text attachment', async () => {
    let mail = eml({
      from: 'a@kommune.dk',
      to: 'b@kommune.dk',
      subject: 'inderst',
      body: 'x',
      attachments: [{ name: 'n.txt', type: 'text/plain', bytes: utf8('Karin Holmgaard Eriksen') }],
    });
    for (let i = 0; i < LIMITS.maxMailDepth + 2; i++)
      mail = eml({
        from: 'a@kommune.dk',
        to: 'b@kommune.dk',
        subject: `fwd ${i}`,
        body: 'y',
        attachments: [{ name: `fwd${i}.eml`, type: 'message/rfc822', bytes: mail }],
      });
    const { report } = await redactDocument(mail, { detector, name: 'loop.eml' });
    expect(report.pages).toBe(LIMITS.maxMailDepth + 1);
    expect(report.skipped.some((s) => /nesting deeper/.test(s.reason))).toBe(true);
  });

  it('still refuses binary content it cannot read', async () => {
    const bytes = new Uint8Array(256).map((_, i) => (i * 91) % 256);
    const e = await redactDocument(bytes, { detector, name: 'x.txt' }).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(RedactionError);
    expect((e as RedactionError).code).toBe('UNSUPPORTED_FORMAT');
  });
});
