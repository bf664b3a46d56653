// A web import arrives as one zip: the manifest (manifest.csv at the top, or the only .csv) and its files.
// Entries are read lazily, each bounded in size; paths are matched exactly as written in the manifest.
import yauzl from 'yauzl';
import type { TFileSource } from './import.js';

const MAX_ENTRY_BYTES = 512 * 1024 * 1024;
const MAX_ENTRIES = 100_000;

export class ZipImportError extends Error {}

export type TZipArchive = { manifest: string; source: TFileSource; close(): void };

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    if (entry.uncompressedSize > MAX_ENTRY_BYTES) return reject(new Error('entry too large'));
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('unreadable entry'));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_ENTRY_BYTES) stream.destroy(new Error('entry too large'));
        else chunks.push(c);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    });
  });
}

export async function openZipArchive(bytes: Uint8Array): Promise<TZipArchive> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true, validateEntrySizes: true }, (err, z) =>
      err || !z
        ? reject(new ZipImportError(`not a readable zip file (${err?.message ?? 'unknown'})`))
        : resolve(z),
    ),
  );
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (e: yauzl.Entry) => {
      if (entries.size >= MAX_ENTRIES)
        return reject(new ZipImportError(`the zip has more than ${MAX_ENTRIES} entries`));
      if (!e.fileName.endsWith('/')) entries.set(e.fileName.replace(/\\/g, '/'), e);
      zip.readEntry();
    });
    zip.on('end', resolve);
    zip.on('error', (e: Error) => reject(new ZipImportError(`not a readable zip file (${e.message})`)));
    zip.readEntry();
  });
  const csvs = [...entries.keys()].filter((n) => n.toLowerCase().endsWith('.csv'));
  const manifestName =
    csvs.find((n) => n.toLowerCase() === 'manifest.csv') ??
    (csvs.length === 1 ? csvs[0] : csvs.find((n) => n.toLowerCase().endsWith('/manifest.csv')));
  if (!manifestName) throw new ZipImportError('the zip has no manifest.csv');
  const base = manifestName.includes('/') ? manifestName.slice(0, manifestName.lastIndexOf('/') + 1) : '';
  const manifest = new TextDecoder('utf-8').decode(await readEntry(zip, entries.get(manifestName)!));
  return {
    manifest,
    source: {
      async read(file) {
        const entry = entries.get(base + file.replace(/\\/g, '/')) ?? entries.get(file);
        return entry ? readEntry(zip, entry) : null;
      },
    },
    close: () => zip.close(),
  };
}
