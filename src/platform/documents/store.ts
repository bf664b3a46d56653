// Content-addressed file storage. A file is stored once under its SHA-256 and written atomically: streamed to
// a temporary file (hashed, counted, size-limited), flushed to disk, then renamed into place. The interface
// is small so an S3-compatible object store can implement it later (key = sha256).
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { sniffMime } from './sniff.js';

export type StoredFile = { sha256: string; size: number; mime: string };

export type PutOptions = {
  /** Bytes; larger content is rejected with DocumentTooLargeError and nothing is stored. */
  maxBytes?: number;
  /** Called with the sniffed result before the file is committed; throw to reject it (nothing is stored). */
  accept?: (file: StoredFile) => void;
};

export interface DocumentStore {
  put(content: Readable | Uint8Array, options?: PutOptions): Promise<StoredFile>;
  get(sha256: string): Promise<Readable>;
  has(sha256: string): Promise<boolean>;
  delete(sha256: string): Promise<void>;
}

export class DocumentTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`file is larger than the limit of ${maxBytes} bytes`);
    this.name = 'DocumentTooLargeError';
  }
}

export class DocumentNotFoundError extends Error {
  constructor(sha256: string) {
    super(`no stored file ${sha256}`);
    this.name = 'DocumentNotFoundError';
  }
}

const SHA256 = /^[0-9a-f]{64}$/;
const HEAD_BYTES = 64 * 1024;

export function isSha256(value: string): boolean {
  return SHA256.test(value);
}

/** Files under `<root>/ab/cd/<sha256>`; temporary files under `<root>/tmp`. */
export function createFileSystemStore(root: string): DocumentStore {
  function* pieces(bytes: Uint8Array): Generator<Buffer> {
    const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i < all.length; i += 1 << 20) yield all.subarray(i, i + (1 << 20));
    if (all.length === 0) yield all;
  }

  const pathOf = (sha256: string): string => {
    if (!isSha256(sha256)) throw new DocumentNotFoundError(sha256);
    return path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  };

  return {
    async put(content, options = {}) {
      const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
      const tmpDir = path.join(root, 'tmp');
      await mkdir(tmpDir, { recursive: true });
      const tmp = path.join(tmpDir, randomUUID());
      const hash = createHash('sha256');
      const headChunks: Buffer[] = [];
      let headSize = 0;
      let size = 0;
      const handle = await open(tmp, 'wx', 0o640);
      let committed = false;
      try {
        // Bytes in hand go through in 1 MiB pieces: hashing a 200 MB upload in one call would hold the event loop
        // for the better part of a second; between pieces the server answers other requests.
        const source = content instanceof Uint8Array ? Readable.from(pieces(content)) : content;
        for await (const chunk of source) {
          const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
          size += buffer.length;
          if (size > maxBytes) {
            source.destroy?.();
            throw new DocumentTooLargeError(maxBytes);
          }
          hash.update(buffer);
          if (headSize < HEAD_BYTES) {
            headChunks.push(buffer.subarray(0, HEAD_BYTES - headSize));
            headSize += Math.min(buffer.length, HEAD_BYTES - headSize);
          }
          await handle.write(buffer);
        }
        await handle.sync();
        await handle.close();
        const sha256 = hash.digest('hex');
        const file: StoredFile = { sha256, size, mime: await sniffMime(tmp, Buffer.concat(headChunks)) };
        options.accept?.(file);
        const target = pathOf(sha256);
        await mkdir(path.dirname(target), { recursive: true });
        // Same content, same name: renaming over an existing copy is harmless and atomic.
        await rename(tmp, target);
        committed = true;
        return file;
      } finally {
        if (!committed) {
          await handle.close().catch(() => undefined);
          await rm(tmp, { force: true });
        }
      }
    },

    async get(sha256) {
      const file = pathOf(sha256);
      if (!(await exists(file))) throw new DocumentNotFoundError(sha256);
      return createReadStream(file);
    },

    async has(sha256) {
      return isSha256(sha256) && exists(pathOf(sha256));
    },

    async delete(sha256) {
      await rm(pathOf(sha256), { force: true });
    },
  };
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The whole file in memory, for callers that parse it (PDF engines need the bytes, not a stream). */
export async function readAll(store: DocumentStore, sha256: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of await store.get(sha256)) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}
