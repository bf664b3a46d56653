// MIME type from a file's content, never from its name: magic numbers through `file-type`, then heuristics
// for the text formats it does not know (e-mail messages, CSV, plain text).
import { fileTypeFromFile } from 'file-type';

export const OCTET_STREAM = 'application/octet-stream';

/** `head` is the start of the content (up to 64 KiB is plenty). */
export async function sniffMime(filePath: string, head: Uint8Array): Promise<string> {
  const detected = await fileTypeFromFile(filePath);
  if (detected) return detected.mime;
  const text = decodeText(head);
  if (text === null) return OCTET_STREAM;
  if (looksLikeEmail(text)) return 'message/rfc822';
  if (looksLikeCsv(text)) return 'text/csv';
  return 'text/plain';
}

/** The text of head when it is plausibly a text file (UTF-8 or Latin-1 without control characters), else null. */
export function decodeText(head: Uint8Array): string | null {
  if (head.length === 0) return null;
  let bytes = head;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // A multi-byte character cut at the end of head is fine; anything else is tried as Latin-1 (old Windows files).
    const trimmed = trimPartialUtf8(bytes);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(trimmed);
    } catch {
      text = new TextDecoder('latin1').decode(bytes);
    }
  }
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return null;
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) control++;
  }
  return control / text.length < 0.01 ? text : null;
}

function trimPartialUtf8(bytes: Uint8Array): Uint8Array {
  const end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = bytes[end - back] as number;
    if ((byte & 0xc0) === 0xc0) return bytes.subarray(0, end - back);
    if ((byte & 0xc0) !== 0x80) break;
  }
  return bytes;
}

const HEADER = /^([A-Za-z][A-Za-z0-9-]*):[ \t]?(.*)$/;
const EMAIL_HEADERS = new Set([
  'from',
  'to',
  'subject',
  'date',
  'message-id',
  'mime-version',
  'received',
  'return-path',
  'cc',
]);

/** An RFC 5322 header block at the very start with at least From plus two other typical headers. */
export function looksLikeEmail(text: string): boolean {
  const lines = text.split(/\r?\n/);
  const seen = new Set<string>();
  for (const line of lines.slice(0, 200)) {
    if (line === '') break;
    if (/^[ \t]/.test(line)) continue; // folded header continuation
    const match = HEADER.exec(line);
    if (!match) return false;
    const name = (match[1] as string).toLowerCase();
    if (EMAIL_HEADERS.has(name)) seen.add(name);
  }
  return seen.has('from') && seen.size >= 3;
}

/** At least two lines with the same number (≥ 2) of fields for one delimiter, outside quotes. */
export function looksLikeCsv(text: string): boolean {
  const lines = text
    .split(/\r?\n/)
    .slice(0, 20)
    .filter((line) => line.trim() !== '');
  // The last line of head may be cut short.
  if (lines.length > 2) lines.pop();
  if (lines.length < 2) return false;
  return [';', ',', '\t'].some((delimiter) => {
    const counts = lines.map((line) => countFields(line, delimiter));
    return counts[0]! >= 2 && counts.every((count) => count === counts[0]);
  });
}

function countFields(line: string, delimiter: string): number {
  let fields = 1;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) fields++;
  }
  return fields;
}
