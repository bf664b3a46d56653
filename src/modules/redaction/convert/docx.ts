// DOCX: the zip is inspected before MuPDF inflates anything (declared sizes and ratios, then the real
// inflated size is counted with a cap), so a zip bomb is refused instead of filling memory.
import yauzl from 'yauzl';
import { RedactionError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { mupdf, type PDFDocument } from '../mupdf.js';
import { documentToPdf } from './writer.js';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface TZipSummary {
  names: Set<string>;
}

const bomb = (name: string, why: string, hvorfor: string): RedactionError =>
  new RedactionError(
    'ZIP_BOMB',
    `refused as a possible zip bomb: ${why}`,
    `afvist som mulig zip-bombe: ${hvorfor}`,
    name,
  );

/** Checks the zip's declared and real sizes; resolves with the entry names. */
export function inspectZip(bytes: Uint8Array, name: string): Promise<TZipSummary> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true, validateEntrySizes: true },
      (err, zip) => {
        if (err || !zip)
          return reject(
            new RedactionError('CORRUPT_FILE', 'damaged zip/DOCX container', 'beskadiget zip/DOCX-fil', name),
          );
        const names = new Set<string>();
        let declared = 0;
        let inflated = 0;
        let entries = 0;
        const fail = (e: RedactionError): void => {
          zip.close();
          reject(e);
        };
        zip.on('error', () =>
          fail(
            new RedactionError('CORRUPT_FILE', 'damaged zip/DOCX container', 'beskadiget zip/DOCX-fil', name),
          ),
        );
        zip.on('end', () => resolve({ names }));
        zip.on('entry', (entry: yauzl.Entry) => {
          entries++;
          names.add(entry.fileName);
          declared += entry.uncompressedSize;
          const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
          if (entries > LIMITS.maxZipEntries)
            return fail(
              bomb(
                name,
                `more than ${LIMITS.maxZipEntries} entries`,
                `mere end ${LIMITS.maxZipEntries} filer`,
              ),
            );
          if (declared > LIMITS.maxZipUncompressed)
            return fail(
              bomb(
                name,
                `declares ${Math.round(declared / 1e6)} MB uncompressed`,
                `angiver ${Math.round(declared / 1e6)} MB udpakket`,
              ),
            );
          if (ratio > LIMITS.maxZipRatio && entry.uncompressedSize > 1_000_000)
            return fail(
              bomb(
                name,
                `entry ${entry.fileName} compresses ${Math.round(ratio)}:1`,
                `filen ${entry.fileName} er pakket ${Math.round(ratio)}:1`,
              ),
            );
          if (entry.fileName.endsWith('/')) return zip.readEntry();
          zip.openReadStream(entry, (e, stream) => {
            if (e || !stream)
              return fail(
                new RedactionError(
                  'CORRUPT_FILE',
                  `damaged zip entry ${entry.fileName}`,
                  `beskadiget zip-indhold ${entry.fileName}`,
                  name,
                ),
              );
            stream.on('data', (chunk: Buffer) => {
              inflated += chunk.length;
              if (inflated > LIMITS.maxZipUncompressed) {
                stream.destroy();
                fail(bomb(name, 'inflates beyond the size limit', 'udpakkes ud over størrelsesgrænsen'));
              }
            });
            stream.on('error', () =>
              fail(
                bomb(
                  name,
                  `entry ${entry.fileName} does not match its declared size`,
                  `filen ${entry.fileName} passer ikke med sin angivne størrelse`,
                ),
              ),
            );
            stream.on('end', () => zip.readEntry());
          });
        });
        zip.readEntry();
      },
    );
  });
}

export async function docxToPdf(bytes: Uint8Array, name: string): Promise<PDFDocument> {
  const { names } = await inspectZip(bytes, name);
  if (!names.has('word/document.xml'))
    throw new RedactionError(
      'UNSUPPORTED_FORMAT',
      'a zip file that is not a Word document (DOCX)',
      'en zip-fil, der ikke er et Word-dokument (DOCX)',
      name,
    );
  let src: mupdf.Document;
  try {
    src = mupdf.Document.openDocument(bytes, DOCX_MIME);
  } catch {
    throw new RedactionError(
      'CORRUPT_FILE',
      'the Word document cannot be read',
      'Word-dokumentet kan ikke læses',
      name,
    );
  }
  return documentToPdf(src, name);
}
