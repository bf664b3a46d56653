// A small text layout helper over pdf-lib: A4 pages, margins, wrapped paragraphs, automatic page breaks.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

export const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

// The standard fonts use WinAnsi; characters outside it (e.g. emoji) would make pdf-lib throw.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

export function winAnsiSafe(text: string): string {
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n')) {
    const code = ch.codePointAt(0)!;
    if (
      ch === '\n' ||
      (code >= 0x20 && code <= 0x7e) ||
      (code >= 0xa0 && code <= 0xff) ||
      WIN_ANSI_EXTRA.has(ch)
    )
      out += ch;
    else if (ch === '\t') out += ' ';
    else out += '?';
  }
  return out;
}

export class PdfWriter {
  private page!: PDFPage;
  private y = 0;
  pageCount = 0;

  private constructor(
    readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
    private readonly footer: string,
  ) {}

  static async create(title: string, footer: string): Promise<PdfWriter> {
    const doc = await PDFDocument.create();
    doc.setTitle(winAnsiSafe(title));
    doc.setLanguage('da-DK');
    doc.setProducer('Rød Tråd');
    doc.setCreator('Rød Tråd – aktindsigt');
    const w = new PdfWriter(
      doc,
      await doc.embedFont(StandardFonts.Helvetica),
      await doc.embedFont(StandardFonts.HelveticaBold),
      footer,
    );
    w.newPage();
    return w;
  }

  get width(): number {
    return A4[0] - 2 * MARGIN;
  }

  newPage(): void {
    this.page = this.doc.addPage(A4);
    this.pageCount += 1;
    this.y = A4[1] - MARGIN;
    this.page.drawText(winAnsiSafe(`${this.footer} · side ${this.pageCount}`), {
      x: MARGIN,
      y: MARGIN / 2,
      size: 8,
      font: this.regular,
      color: rgb(0.4, 0.4, 0.4),
    });
  }

  ensure(height: number): void {
    if (this.y - height < MARGIN) this.newPage();
  }

  space(points: number): void {
    this.y -= points;
  }

  wrap(text: string, size: number, font: PDFFont, width: number): string[] {
    const lines: string[] = [];
    for (const para of winAnsiSafe(text).split('\n')) {
      let line = '';
      for (const word of para.split(/ +/)) {
        const candidate = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(candidate, size) <= width) {
          line = candidate;
          continue;
        }
        if (line) lines.push(line);
        // A single word wider than the line is broken by characters.
        let rest = word;
        while (font.widthOfTextAtSize(rest, size) > width && rest.length > 1) {
          let cut = rest.length - 1;
          while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut -= 1;
          lines.push(rest.slice(0, cut));
          rest = rest.slice(cut);
        }
        line = rest;
      }
      lines.push(line);
    }
    return lines;
  }

  text(
    text: string,
    opts: { size?: number; bold?: boolean; indent?: number; gapAfter?: number; right?: boolean } = {},
  ): void {
    const size = opts.size ?? 10.5;
    const font = opts.bold ? this.bold : this.regular;
    const indent = opts.indent ?? 0;
    const leading = size * 1.35;
    for (const line of this.wrap(text, size, font, this.width - indent)) {
      this.ensure(leading);
      this.y -= leading;
      const x = opts.right ? MARGIN + this.width - font.widthOfTextAtSize(line, size) : MARGIN + indent;
      this.page.drawText(line, { x, y: this.y, size, font });
    }
    this.y -= opts.gapAfter ?? 0;
  }

  /** A table row: cells wrapped in fixed columns; returns nothing, advances the cursor. */
  row(cells: string[], widths: number[], opts: { bold?: boolean; size?: number } = {}): void {
    const size = opts.size ?? 9;
    const font = opts.bold ? this.bold : this.regular;
    const leading = size * 1.3;
    const wrapped = cells.map((c, i) => this.wrap(c, size, font, widths[i]! - 6));
    const height = Math.max(...wrapped.map((w) => w.length)) * leading + 4;
    this.ensure(height);
    let x = MARGIN;
    wrapped.forEach((lines, i) => {
      lines.forEach((line, j) => this.page.drawText(line, { x, y: this.y - leading * (j + 1), size, font }));
      x += widths[i]!;
    });
    this.y -= height;
    this.page.drawLine({
      start: { x: MARGIN, y: this.y + 1 },
      end: { x: MARGIN + this.width, y: this.y + 1 },
      thickness: 0.3,
      color: rgb(0.6, 0.6, 0.6),
    });
  }

  async save(): Promise<Uint8Array> {
    return this.doc.save();
  }
}
