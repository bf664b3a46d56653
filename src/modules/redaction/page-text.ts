// Page text with the geometry of every character, from MuPDF's structured text or from OCR words.
import { mupdf } from './mupdf.js';
import type { TRect } from './types.js';

export interface TPageText {
  /** 0-based page index. */
  page: number;
  source: 'text' | 'ocr';
  text: string;
  /** Four numbers per character (x0, y0, x1, y1) in page space; NaN where a character has no ink. */
  rects: Float32Array;
  /** Line number per character (-1 for separators); items split across lines get one box per line. */
  lines: Int32Array;
  /** Area of the page covered by images (points²), measured in the same pass. */
  imageArea: number;
}

class Builder {
  private chars: string[] = [];
  private rects: number[] = [];
  private lines: number[] = [];

  push(c: string, rect: TRect | null, line: number): void {
    // A character outside the BMP is one code point but two UTF-16 units; keep offsets in UTF-16 units.
    for (let i = 0; i < c.length; i++) {
      this.chars.push(c[i] as string);
      if (rect) this.rects.push(rect[0], rect[1], rect[2], rect[3]);
      else this.rects.push(NaN, NaN, NaN, NaN);
      this.lines.push(line);
    }
  }

  separator(s: string): void {
    if (this.chars.length === 0) return;
    for (const c of s) this.push(c, null, -1);
  }

  get length(): number {
    return this.chars.length;
  }

  build(page: number, source: 'text' | 'ocr', imageArea = 0): TPageText {
    return {
      imageArea,
      page,
      source,
      text: this.chars.join(''),
      rects: Float32Array.from(this.rects),
      lines: Int32Array.from(this.lines),
    };
  }
}

const quadRect = (q: number[]): TRect => [
  Math.min(q[0]!, q[2]!, q[4]!, q[6]!),
  Math.min(q[1]!, q[3]!, q[5]!, q[7]!),
  Math.max(q[0]!, q[2]!, q[4]!, q[6]!),
  Math.max(q[1]!, q[3]!, q[5]!, q[7]!),
];

/**
 * A tight box for one glyph: for upright text the band from 0.8 em above the baseline to 0.2 em below it
 * (the stext quad spans the font's full ascent/descent and may reach into the next line, where a redaction
 * box would remove glyphs of that line too); rotated text keeps its quad's bounding box.
 */
function glyphRect(quad: number[], origin: number[], size: number): TRect {
  const r = quadRect(quad);
  const upright = Math.abs(quad[1]! - quad[3]!) < 0.01 * size && quad[2]! > quad[0]!;
  if (!upright || size <= 0) return r;
  const y = origin[1]!;
  return [r[0], Math.max(r[1], y - 0.8 * size), r[2], Math.min(r[3], y + 0.22 * size)];
}

/** Text of a page's content stream; blocks are separated by a blank line, lines by a newline. */
export function extractPageText(page: mupdf.Page, index: number): TPageText {
  const st = page.toStructuredText('preserve-whitespace,preserve-images');
  const b = new Builder();
  let line = -1;
  let firstLineInBlock = true;
  let imageArea = 0;
  st.walk({
    onImageBlock(bbox) {
      imageArea += Math.max(0, bbox[2] - bbox[0]) * Math.max(0, bbox[3] - bbox[1]);
    },
    beginTextBlock() {
      b.separator('\n\n');
      firstLineInBlock = true;
    },
    beginLine() {
      if (!firstLineInBlock) b.separator('\n');
      firstLineInBlock = false;
      line++;
    },
    onChar(c, origin, _font, size, quad) {
      b.push(c, glyphRect(quad, origin, size), line);
    },
  });
  st.destroy();
  return b.build(index, 'text', imageArea);
}

export interface TOcrWord {
  text: string;
  rect: TRect;
  line: number;
  paragraph: number;
  /** Tesseract's confidence, 0–100 (absent in page caches written before it was kept). */
  confidence?: number;
}

/** Page text from OCR words; every character carries its word's box, so redaction covers whole words. */
export function pageTextFromWords(words: TOcrWord[], index: number): TPageText {
  const b = new Builder();
  let prev: TOcrWord | null = null;
  for (const w of words) {
    if (prev) b.separator(prev.paragraph !== w.paragraph ? '\n\n' : prev.line !== w.line ? '\n' : ' ');
    for (const c of w.text) b.push(c, w.rect, w.line);
    prev = w;
  }
  return b.build(index, 'ocr');
}
