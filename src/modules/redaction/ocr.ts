// OCR with tesseract.js and the Danish model, in a small pool of worker threads (tesseract.js runs each
// worker in its own thread under Node). Pages are rendered with MuPDF and recognised word by word.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createScheduler, createWorker, type Scheduler } from 'tesseract.js';
import { RedactionError } from './errors.js';
import { LIMITS } from './limits.js';
import { mupdf } from './mupdf.js';
import type { TOcrWord } from './page-text.js';

const require = createRequire(import.meta.url);

function danishModelPath(): string {
  const pkg = require.resolve('@tesseract.js-data/dan/package.json');
  return join(dirname(pkg), '4.0.0_best_int');
}

export interface TOcrPool {
  /** Words of the image, or of the given pixel rectangles of it (one job per rectangle, run in parallel). */
  recognise(png: Uint8Array, rectangles?: TPixelRect[]): Promise<TOcrRawWord[]>;
  close(): Promise<void>;
}

export interface TPixelRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface TOcrRawWord {
  text: string;
  bbox: { x0: number; y0: number; x1: number; y1: number };
  line: number;
  paragraph: number;
  /** Tesseract's confidence in the word, 0–100. */
  confidence: number;
}

interface TesseractBlock {
  paragraphs: { lines: { words: { text: string; bbox: TOcrRawWord['bbox']; confidence: number }[] }[] }[];
}

async function recogniseOne(
  s: Scheduler,
  image: Buffer,
  rectangle: TPixelRect | undefined,
): Promise<TOcrRawWord[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new RedactionError(
            'TIMEOUT',
            `OCR of a page took more than ${LIMITS.ocrTimeoutSeconds} s`,
            `OCR af en side tog mere end ${LIMITS.ocrTimeoutSeconds} s`,
          ),
        ),
      LIMITS.ocrTimeoutSeconds * 1000,
    );
  });
  try {
    const result = await Promise.race([
      s.addJob('recognize', image, rectangle ? { rectangle } : {}, { blocks: true, text: true }),
      timeout,
    ]);
    const words: TOcrRawWord[] = [];
    let line = 0;
    let paragraph = 0;
    for (const block of (result.data.blocks ?? []) as unknown as TesseractBlock[]) {
      for (const p of block.paragraphs) {
        paragraph++;
        for (const l of p.lines) {
          line++;
          for (const w of l.words)
            if (w.text.trim())
              words.push({ text: w.text.trim(), bbox: w.bbox, line, paragraph, confidence: w.confidence });
        }
      }
    }
    return words;
  } finally {
    clearTimeout(timer);
  }
}

export function createOcrPool(size = 2): TOcrPool {
  let scheduler: Scheduler | null = null;
  let starting: Promise<Scheduler> | null = null;
  const start = async (): Promise<Scheduler> => {
    const s = createScheduler();
    const workers = await Promise.all(
      Array.from({ length: size }, () =>
        createWorker('dan', 1, { langPath: danishModelPath(), gzip: true, cacheMethod: 'none' }),
      ),
    );
    for (const w of workers) s.addWorker(w);
    scheduler = s;
    return s;
  };
  return {
    async recognise(png, rectangles) {
      const s = scheduler ?? (await (starting ??= start()));
      const image = Buffer.from(png);
      const jobs = (rectangles ?? [undefined]).map((rectangle) => recogniseOne(s, image, rectangle));
      return (await Promise.all(jobs)).flat();
    },
    async close() {
      const s = scheduler ?? (starting ? await starting : null);
      scheduler = null;
      starting = null;
      if (s) await s.terminate();
    },
  };
}

/** Scale at which a page is rendered for OCR: LIMITS.ocrDpi, capped so the longer side stays bounded. */
export function ocrScale(bounds: number[]): number {
  const w = bounds[2]! - bounds[0]!;
  const h = bounds[3]! - bounds[1]!;
  return Math.min(LIMITS.ocrDpi / 72, LIMITS.ocrMaxSide / Math.max(w, h, 1));
}

export function renderForOcr(page: mupdf.Page): { png: Uint8Array; scale: number } {
  const scale = ocrScale(page.getBounds());
  const pix = page.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceGray, false, true);
  const png = pix.asPNG();
  pix.destroy();
  return { png, scale };
}

/** OCR words in page space (points), given the scale and page origin used for rendering. */
/**
 * Repairs OCR confusions that hide personal data from detection: the Danish model often reads "@" as "Ø"
 * or "©" in e-mail addresses ("karinØexample.dk"), which no e-mail recogniser would match.
 */
export function repairOcrWord(text: string): string {
  const m = /^([\p{L}\p{N}._%+-]+)[Ø©®](([\p{L}\p{N}-]+\.)+\p{L}{2,})([.,;:)]*)$/u.exec(text);
  return m ? `${m[1]}@${m[2]}${m[4]}` : text;
}

export function toPageWords(raw: TOcrRawWord[], scale: number, origin: [number, number]): TOcrWord[] {
  return raw.map((w) => ({
    text: repairOcrWord(w.text),
    rect: [
      origin[0] + w.bbox.x0 / scale,
      origin[1] + w.bbox.y0 / scale,
      origin[0] + w.bbox.x1 / scale,
      origin[1] + w.bbox.y1 / scale,
    ],
    line: w.line,
    paragraph: w.paragraph,
    confidence: w.confidence,
  }));
}

const alnum = (s: string): number => (s.match(/[\p{L}\p{N}]/gu) ?? []).length;
/** A word Tesseract is sure of and that looks like a word (two letters or digits or more). */
const solidWord = (w: TOcrWord): boolean => (w.confidence ?? 100) >= 80 && alnum(w.text) >= 2;

/**
 * The OCR words that are text, for the invisible layer: Tesseract reads photographs and drawings as
 * clouds of low-confidence fragments ("|", "i:", "HH", "»"). A paragraph in which at least half the words
 * are solid is text and kept whole (a real word read with low confidence, such as an e-mail address, stays
 * with it); elsewhere only a word that is certain and clearly a word is kept (a caption in a photograph).
 * Detection still sees every word: a number read with low confidence is still redacted.
 */
export function textLikeWords(words: TOcrWord[]): TOcrWord[] {
  const solid = new Map<number, [number, number]>();
  for (const w of words) {
    const s = solid.get(w.paragraph) ?? [0, 0];
    s[0] += solidWord(w) ? 1 : 0;
    s[1]++;
    solid.set(w.paragraph, s);
  }
  return words.filter((w) => {
    const [good, all] = solid.get(w.paragraph)!;
    if (good * 2 >= all) return true;
    return (w.confidence ?? 100) >= 90 && alnum(w.text) >= 3 && alnum(w.text) >= w.text.length * 0.8;
  });
}
