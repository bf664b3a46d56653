// Expands a zip (a case export) into its files, with limits against zip bombs: entry count, total declared
// size, compression ratio. Directories, macOS resource forks and hidden files are skipped.
import yauzl from 'yauzl';

export const ZIP_LIMITS = { maxEntries: 2000, maxTotalBytes: 400 * 1024 * 1024, maxRatio: 200 };

export type ZipFile = { name: string; bytes: Uint8Array };

export class ZipError extends Error {}

export function unzip(buffer: Uint8Array): Promise<ZipFile[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(buffer), { lazyEntries: true, decodeStrings: true }, (err, zip) => {
      if (err || !zip)
        return reject(new ZipError(`not a readable zip file: ${err?.message ?? 'unknown error'}`));
      const files: ZipFile[] = [];
      let total = 0;
      let entries = 0;
      const fail = (message: string) => {
        zip.close();
        reject(new ZipError(message));
      };
      zip.on('error', (e: Error) => fail(`zip error: ${e.message}`));
      zip.on('end', () => resolve(files));
      zip.on('entry', (entry: yauzl.Entry) => {
        entries += 1;
        if (entries > ZIP_LIMITS.maxEntries)
          return fail(`the zip has more than ${ZIP_LIMITS.maxEntries} entries`);
        const name = entry.fileName;
        const base = name.split('/').pop() ?? '';
        if (name.endsWith('/') || name.startsWith('__MACOSX/') || base.startsWith('.') || base === '')
          return zip.readEntry();
        total += entry.uncompressedSize;
        if (total > ZIP_LIMITS.maxTotalBytes) return fail('the zip unpacks to more than the allowed size');
        if (entry.compressedSize > 0 && entry.uncompressedSize / entry.compressedSize > ZIP_LIMITS.maxRatio) {
          return fail(`suspicious compression ratio in ${name}`);
        }
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return fail(`cannot read ${name}`);
          const chunks: Buffer[] = [];
          let size = 0;
          stream.on('data', (c: Buffer) => {
            size += c.length;
            if (size > entry.uncompressedSize) {
              stream.destroy();
              return fail(`${name} is larger than declared`);
            }
            chunks.push(c);
          });
          stream.on('error', (se: Error) => fail(`cannot read ${name}: ${se.message}`));
          stream.on('end', () => {
            files.push({ name, bytes: new Uint8Array(Buffer.concat(chunks)) });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
