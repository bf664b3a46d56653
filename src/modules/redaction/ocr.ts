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
}

interface TesseractBlock {
  paragraphs: { lines: { words: { text: string; bbox: TOcrRawWord['bbox'] }[] }[] }[];
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
            if (w.text.trim()) words.push({ text: w.text.trim(), bbox: w.bbox, line, paragraph });
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
  }));
}
