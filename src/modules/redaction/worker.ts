// Worker thread of the redaction pool (pool.ts): runs analyseDocument / redactDocument one at a time, with the
// default detector, and sends results back (the output PDF's buffer is transferred, not copied). The thread
// keeps one OCR pool for all its documents; after an OCR timeout it is replaced, since a Tesseract worker
// that did not answer may still be busy and would hold up every later page.
import { parentPort } from 'node:worker_threads';
import { RedactionError } from './errors.js';
import { cacheContext, contentKey, pageCache } from './cache.js';
import { createOcrPool } from './ocr.js';
import { analyseDocument, redactDocument } from './redact.js';
import { pageSizes, pageWords, renderPagePng, searchText } from './render.js';
import type { TPoolRequest, TPoolResponse } from './pool.js';

const port = parentPort;
if (!port) throw new Error('redaction worker must run in a worker thread');
let ocr = createOcrPool();

port.on('message', (request: TPoolRequest) => {
  void (async () => {
    let response: TPoolResponse;
    const transfer: ArrayBuffer[] = [];
    try {
      const bytes = new Uint8Array(request.bytes);
      const seed = request.seed;
      if (seed) pageCache.set(seed.key, seed.pages, seed.context, seed.suggestions);
      if (request.preview) {
        const a = request.preview;
        if (request.op === 'pages')
          response = { id: request.id, ok: true, result: pageSizes(a.key, bytes, a.mediaType) };
        else if (request.op === 'search')
          response = {
            id: request.id,
            ok: true,
            result: searchText(a.key, bytes, a.mediaType, a.query ?? '', a.page),
          };
        else if (request.op === 'words')
          response = { id: request.id, ok: true, result: pageWords(a.key, bytes, a.mediaType, a.page) };
        else {
          const png = renderPagePng(a.key, bytes, a.mediaType, a.page, a.dpi);
          transfer.push(png.buffer as ArrayBuffer);
          response = { id: request.id, ok: true, result: png };
        }
      } else if (request.op === 'analyse') {
        const result = await analyseDocument(bytes, request.opts, { ocr });
        // What was read goes back to the pool, which hands it to whichever worker redacts these bytes.
        const context = cacheContext(request.opts);
        const key = context === undefined ? null : contentKey(bytes);
        const read = key === null || context === undefined ? null : pageCache.peek(key, context);
        response = {
          id: request.id,
          ok: true,
          result,
          cache: read && key !== null && context !== undefined ? { key, context, ...read } : undefined,
        };
      } else {
        const result = await redactDocument(bytes, request.opts, { ocr });
        transfer.push(result.pdf.buffer as ArrayBuffer);
        response = { id: request.id, ok: true, result };
      }
    } catch (e) {
      if (e instanceof RedactionError && e.code === 'TIMEOUT') {
        const stuck = ocr;
        ocr = createOcrPool();
        stuck.close().catch(() => undefined);
      }
      response = {
        id: request.id,
        ok: false,
        error:
          e instanceof RedactionError
            ? { code: e.code, message: e.message, messageDa: e.messageDa, file: e.file, data: e.data }
            : {
                code: null,
                message: e instanceof Error ? e.message : String(e),
                messageDa: null,
                file: undefined,
              },
      };
    }
    port.postMessage(response, transfer);
  })();
});
