// Input type from the content (magic bytes), never from the file name.
import type { TInputFormat } from './types.js';

const startsWith = (b: Uint8Array, sig: number[], at = 0): boolean => sig.every((v, i) => b[at + i] === v);

function looksLikeMail(b: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(b.subarray(0, 8192));
  if (!/^[\x20-\x7e\r\n\t\u00a0-\u00ff]*$/.test(head.slice(0, 512))) return false;
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (!/^[A-Za-z][A-Za-z0-9-]*:\s?/.test(firstLine) && !firstLine.startsWith('From ')) return false;
  const headerEnd = head.search(/\r?\n\r?\n/);
  const headers = headerEnd >= 0 ? head.slice(0, headerEnd) : head;
  return /^(from|to|subject|date|message-id|mime-version|received|return-path):/im.test(headers);
}

/**
 * A PDF without its `%PDF-` header (readers open such files: they look for objects and the trailer): an
 * indirect object near the start and a trailer or cross-reference at the end. Not plain text.
 */
function looksLikePdfBody(b: Uint8Array, head: string): boolean {
  if (!/(^|[\r\n])\s*\d+\s+\d+\s+obj\b/.test(head)) return false;
  const tail = new TextDecoder('latin1').decode(b.subarray(Math.max(0, b.length - 4096)));
  return /\bstartxref\b|\btrailer\b|\/Type\s*\/XRef\b/.test(tail) && /\bendobj\b/.test(head + tail);
}

/** Recognised format, 'zip' (to be checked as DOCX) or null. */
export function sniffFormat(b: Uint8Array): TInputFormat | 'zip' | null {
  if (b.length === 0) return null;
  // Other formats by their magic at offset 0 first: a zip (or image) that merely contains "%PDF-" in its first
  // kilobyte is not a PDF.
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  // The PDF header at the start (leading whitespace tolerated). Readers also open files with bytes before the
  // header or without one; those are taken for PDFs only when their body looks like one (objects near the
  // start, a trailer or cross-reference at the end), so a text that merely mentions "%PDF-" stays text.
  let at = 0;
  while (at < 16 && at < b.length && (b[at] === 0x20 || b[at] === 0x0a || b[at] === 0x0d || b[at] === 0x09))
    at++;
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d], at)) return 'pdf';
  const head = new TextDecoder('latin1').decode(b.subarray(0, 1024));
  if (looksLikePdfBody(b, head)) return 'pdf';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'msg';
  if (looksLikeMail(b)) return 'eml';
  return null;
}
