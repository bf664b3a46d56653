// AES-256 (PDF 2.0 / ISO 32000-2, revision 5 and 6) decryption for the files MuPDF will not open although
// readers do: an empty owner password whose permissions block (Perms) does not match, and documents whose
// only encrypted part is an attached file (AuthEvent EFOpen) — the pages themselves need no password.
// The file is parsed with pdf-lib, strings and streams are decrypted with the file key, attached files are
// dropped (the redaction drops every attachment anyway) and the result is handed to MuPDF unencrypted.
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import {
  PDFArray,
  PDFDict,
  PDFDocument as LibDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
  type PDFObject as LibObject,
} from 'pdf-lib';

const bytesOf = (o: LibObject | undefined): Buffer | null =>
  o instanceof PDFHexString || o instanceof PDFString ? Buffer.from(o.asBytes()) : null;

/** Hash of ISO 32000-2 algorithm 2.B (revision 6); revision 5 is plain SHA-256. */
function hardenedHash(pw: Buffer, salt: Buffer, udata: Buffer, revision: number): Buffer {
  let k = createHash('sha256')
    .update(Buffer.concat([pw, salt, udata]))
    .digest();
  if (revision < 6) return k;
  for (let i = 0; ; i++) {
    const block = Buffer.concat([pw, k, udata]);
    const k1 = Buffer.concat(Array.from({ length: 64 }, () => block));
    const c = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32));
    c.setAutoPadding(false);
    const e = Buffer.concat([c.update(k1), c.final()]);
    let sum = 0;
    for (let j = 0; j < 16; j++) sum += e[j]!;
    k = createHash(['sha256', 'sha384', 'sha512'][sum % 3]!)
      .update(e)
      .digest();
    const rounds = i + 1; // at least 64 rounds, then until the last byte of E is at most rounds − 32
    if (rounds >= 64 && e[e.length - 1]! <= rounds - 32) break;
  }
  return k.subarray(0, 32);
}

function unwrapKey(intermediate: Buffer, wrapped: Buffer): Buffer {
  const d = createDecipheriv('aes-256-cbc', intermediate, Buffer.alloc(16));
  d.setAutoPadding(false);
  return Buffer.concat([d.update(wrapped.subarray(0, 32)), d.final()]);
}

/** The file key for `password` (as user or owner password), or null when it opens neither. */
function fileKey(enc: PDFDict, password: string): Buffer | null {
  const r = enc.get(PDFName.of('R'));
  const revision = r ? Number(r.toString()) : 0;
  const o = bytesOf(enc.get(PDFName.of('O')));
  const u = bytesOf(enc.get(PDFName.of('U')));
  const oe = bytesOf(enc.get(PDFName.of('OE')));
  const ue = bytesOf(enc.get(PDFName.of('UE')));
  if (!o || !u || !oe || !ue || o.length < 48 || u.length < 48) return null;
  const pw = Buffer.from(password.normalize('NFKC'), 'utf8').subarray(0, 127);
  const none = Buffer.alloc(0);
  if (hardenedHash(pw, u.subarray(32, 40), none, revision).equals(u.subarray(0, 32)))
    return unwrapKey(hardenedHash(pw, u.subarray(40, 48), none, revision), ue);
  const u48 = u.subarray(0, 48);
  if (hardenedHash(pw, o.subarray(32, 40), u48, revision).equals(o.subarray(0, 32)))
    return unwrapKey(hardenedHash(pw, o.subarray(40, 48), u48, revision), oe);
  return null;
}

function aesDecrypt(key: Buffer, data: Uint8Array): Uint8Array {
  if (data.length < 32 || data.length % 16 !== 0) return new Uint8Array(0);
  const d = createDecipheriv('aes-256-cbc', key, data.subarray(0, 16));
  try {
    return Buffer.concat([d.update(data.subarray(16)), d.final()]);
  } catch {
    return new Uint8Array(0); // bad padding: the data was damaged; an empty string or stream is the safe reading
  }
}

/** Whether the crypt filter named by `key` (StmF, StrF, EFF) actually encrypts. */
function encrypts(enc: PDFDict, key: string, fallback: string): boolean {
  const name = enc.get(PDFName.of(key)) ?? enc.get(PDFName.of(fallback));
  if (!(name instanceof PDFName) || name.asString() === '/Identity') return false;
  const cf = enc.lookupMaybe(PDFName.of('CF'), PDFDict);
  const filter = cf?.lookupMaybe(name, PDFDict);
  const cfm = filter?.get(PDFName.of('CFM'));
  return !(cfm instanceof PDFName) || cfm.asString() !== '/None';
}

function decryptStrings(obj: LibObject, key: Buffer): LibObject {
  if (obj instanceof PDFString || obj instanceof PDFHexString)
    return PDFHexString.of(Buffer.from(aesDecrypt(key, obj.asBytes())).toString('hex'));
  if (obj instanceof PDFArray) {
    for (let i = 0; i < obj.size(); i++) obj.set(i, decryptStrings(obj.get(i), key));
    return obj;
  }
  if (obj instanceof PDFDict) {
    for (const [k, v] of obj.entries()) obj.set(k, decryptStrings(v, key));
    return obj;
  }
  return obj;
}

export type TDecryptResult = { bytes: Uint8Array; droppedAttachments: number } | 'wrong-password' | null;

/**
 * An unencrypted copy of an AES-256 PDF that MuPDF could not open, given the password ('' when none was
 * given). null: not a file this handles (other encryption, unparsable); 'wrong-password': the password
 * opens neither as user nor as owner and the pages are encrypted.
 */
export async function decryptAes256(input: Uint8Array, password: string): Promise<TDecryptResult> {
  let lib: LibDocument;
  try {
    lib = await LibDocument.load(input, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: false,
    });
  } catch {
    return null;
  }
  const ctx = lib.context;
  const encRef = ctx.trailerInfo.Encrypt;
  const enc = encRef ? ctx.lookup(encRef) : undefined;
  if (!(enc instanceof PDFDict)) return null;
  const v = enc.get(PDFName.of('V'));
  if (!v || Number(v.toString()) !== 5) return null;
  const streams = encrypts(enc, 'StmF', 'StmF');
  const strings = encrypts(enc, 'StrF', 'StrF');
  const key = fileKey(enc, password);
  if (!key && (streams || strings)) return 'wrong-password';
  const metadataPlain = enc.get(PDFName.of('EncryptMetadata'))?.toString() === 'false';
  let dropped = 0;
  for (const [ref, obj] of ctx.enumerateIndirectObjects()) {
    if (obj === enc || ref === encRef) continue;
    if (obj instanceof PDFRawStream) {
      const type = obj.dict.get(PDFName.of('Type'));
      const typeName = type instanceof PDFName ? type.asString() : '';
      if (typeName === '/EmbeddedFile') {
        // encrypted with the attachment filter (EFF): dropped, as the redaction drops every attachment
        ctx.assign(ref, PDFRawStream.of(ctx.obj({ Type: 'EmbeddedFile' }) as PDFDict, new Uint8Array(0)));
        dropped++;
        continue;
      }
      if (typeName === '/XRef') continue;
      if (key && strings) decryptStrings(obj.dict, key);
      if (key && streams && !(metadataPlain && typeName === '/Metadata'))
        ctx.assign(ref, PDFRawStream.of(obj.dict, aesDecrypt(key, obj.contents)));
    } else if (key && strings) ctx.assign(ref, decryptStrings(obj, key));
  }
  delete ctx.trailerInfo.Encrypt;
  const bytes = await lib.save({ useObjectStreams: false, updateFieldAppearances: false });
  return { bytes, droppedAttachments: dropped };
}
