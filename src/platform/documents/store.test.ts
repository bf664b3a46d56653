// The content-addressed store and MIME sniffing, on a real temporary directory.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looksLikeCsv, looksLikeEmail } from './sniff.js';
import {
  createFileSystemStore,
  DocumentNotFoundError,
  DocumentTooLargeError,
  type DocumentStore,
} from './store.js';

let root: string;
let store: DocumentStore;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'rodtrad-docs-'));
  store = createFileSystemStore(root);
});
afterAll(() => rm(root, { recursive: true, force: true }));

const PDF = Buffer.from(
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const EML = Buffer.from(
  'Received: from mail.example.dk\r\nFrom: Borger <borger@example.dk>\r\nTo: post@kommune.dk\r\n' +
    'Subject: Aktindsigt i byggesag\r\nDate: Mon, 2 Nov 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n\r\nHej\r\n',
);
const CSV = Buffer.from(
  'enhed;navn;stilling\n1;Anne Hansen;Sagsbehandler\n2;Bo Jensen;Planlægger\n3;"Lund; Kim";Leder\n',
);
const TEXT = Buffer.from(
  'Kære borger\n\nTak for din henvendelse om aktindsigt. Vi vender tilbage inden for 7 arbejdsdage.\n',
);
const ELF = Buffer.concat([Buffer.from('7f454c46020101000000000000000000', 'hex'), Buffer.alloc(64)]);

async function all(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('file-system document store', () => {
  it('stores content under its sha256 in ab/cd/ folders and reads it back', async () => {
    const sha = createHash('sha256').update(PDF).digest('hex');
    const stored = await store.put(PDF);
    expect(stored).toEqual({ sha256: sha, size: PDF.length, mime: 'application/pdf' });
    expect(await readFile(path.join(root, sha.slice(0, 2), sha.slice(2, 4), sha))).toEqual(PDF);
    expect(await store.has(sha)).toBe(true);
    expect(await all(await store.get(sha))).toEqual(PDF);
  });

  it('streams large content and stores identical content once', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 7);
    const chunks = Array.from({ length: 48 }, (_, i) => big.subarray(i * 65536, (i + 1) * 65536));
    const a = await store.put(Readable.from(chunks));
    const b = await store.put(big);
    expect(a).toEqual(b);
    expect(a.size).toBe(big.length);
  });

  it('rejects content over the limit and leaves no file behind', async () => {
    const tooBig = Buffer.alloc(2048, 1);
    await expect(
      store.put(Readable.from([tooBig.subarray(0, 1024), tooBig.subarray(1024)]), { maxBytes: 1500 }),
    ).rejects.toBeInstanceOf(DocumentTooLargeError);
    expect(await store.has(createHash('sha256').update(tooBig).digest('hex'))).toBe(false);
    expect(await readdir(path.join(root, 'tmp'))).toEqual([]);
  });

  it('lets the caller reject a sniffed type before anything is stored', async () => {
    await expect(
      store.put(ELF, {
        accept: (file) => {
          if (file.mime !== 'application/pdf') throw new Error(`refused ${file.mime}`);
        },
      }),
    ).rejects.toThrow('refused application/x-elf');
    expect(await store.has(createHash('sha256').update(ELF).digest('hex'))).toBe(false);
  });

  it('answers unknown or malformed ids as not found (no path traversal)', async () => {
    await expect(store.get('0'.repeat(64))).rejects.toBeInstanceOf(DocumentNotFoundError);
    await expect(store.get('../../etc/passwd')).rejects.toBeInstanceOf(DocumentNotFoundError);
    expect(await store.has('../x')).toBe(false);
  });

  it('sniffs the type from the content, never from a name', async () => {
    expect((await store.put(PNG)).mime).toBe('image/png');
    expect((await store.put(EML)).mime).toBe('message/rfc822');
    expect((await store.put(CSV)).mime).toBe('text/csv');
    expect((await store.put(TEXT)).mime).toBe('text/plain');
    expect((await store.put(Buffer.from('Æble, øl og å\n', 'latin1'))).mime).toBe('text/plain');
    expect((await store.put(Buffer.from([0, 1, 2, 3, 255, 254, 0, 9]))).mime).toBe(
      'application/octet-stream',
    );
  });
});

describe('text heuristics', () => {
  it('needs a real header block for e-mail', () => {
    expect(looksLikeEmail('From: a@b.dk\nTo: c@d.dk\nSubject: x\n\nbody')).toBe(true);
    expect(looksLikeEmail('Subject: just a note\nsome text')).toBe(false);
    expect(looksLikeEmail('Dear sir,\nFrom: me\nTo: you\nSubject: x\n')).toBe(false);
  });

  it('needs a consistent field count for CSV', () => {
    expect(looksLikeCsv('a,b,c\n1,2,3\n4,5,6\n')).toBe(true);
    expect(looksLikeCsv('a\tb\n1\t2\n')).toBe(true);
    expect(looksLikeCsv('Hej, med dig.\nDette er en sætning.\n')).toBe(false);
  });
});
