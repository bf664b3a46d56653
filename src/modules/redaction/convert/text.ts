// Plain text and HTML (files of their own and e-mail attachments) into PDF pages through MuPDF's HTML layout
// engine, so their words are a text layer that is detected and redacted like any other.
import { mupdf, type PDFDocument } from '../mupdf.js';
import { documentToPdf } from './writer.js';

export type TTextKind = 'text' | 'html';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The text of a file that is text: UTF-8, else Windows-1252 (older Danish files). Null when it holds control
 * characters (C0 other than tab, line and page breaks, or C1) — then it is binary, not text.
 */
export function decodeText(b: Uint8Array): string | null {
  let s: string;
  try {
    s = new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    s = new TextDecoder('windows-1252').decode(b);
  }
  s = s.replace(/^\ufeff/, '');
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x08\x0e-\x1f\x7f-\x9f]/.test(s) || !s.trim()) return null;
  return s;
}

const HTML_START =
  /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|div|p|table|span|h[1-6]|meta)\b/i;

/** 'html', 'text' or null (binary). Called only after every binary signature and the e-mail check. */
export function sniffText(b: Uint8Array): TTextKind | null {
  const s = decodeText(b.subarray(0, 64 * 1024));
  // a multi-byte character cut at 64 KiB makes the prefix invalid UTF-8: it then decodes as Windows-1252,
  // which still has no control characters, so the kind is right
  if (s === null) return null;
  return HTML_START.test(s) ? 'html' : 'text';
}

export const A4: [number, number] = [595, 842];
const MARGIN = 56;

/** Lays out HTML on A4 pages with 56 pt margins and writes them as PDF (text stays text). */
export function htmlToPdf(html: string, name: string): PDFDocument {
  const doc = mupdf.Document.openDocument(new TextEncoder().encode(html), 'text/html');
  doc.layout(A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN, 10);
  const pdf = documentToPdf(doc, name);
  doc.destroy();
  // the layout has no margins of its own: move the content into an A4 page with the margins around it
  for (let i = 0; i < pdf.countPages(); i++)
    pdf.findPage(i).put('MediaBox', [-MARGIN, -MARGIN, A4[0] - MARGIN, A4[1] - MARGIN]);
  return pdf;
}

const STYLE = 'body{font-family:sans-serif;font-size:10pt;margin:0}p{margin:0 0 8pt 0}';

/** Plain text as HTML paragraphs (blank lines) and line breaks. */
export function textToHtml(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br/>')}</p>`);
  return `<html><head><style>${STYLE}</style></head><body>${paragraphs.join('')}</body></html>`;
}

/**
 * HTML as the engine should lay it out: scripts dropped (never run anyway, but their text is not content) and the
 * declared charset removed, because the bytes handed to MuPDF are always UTF-8.
 */
function cleanHtml(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<meta\b[^>]*charset[^>]*>/gi, '')
    .replace(/<head\b([^>]*)>/i, `<head$1><meta charset="utf-8"/>`);
}

export function textFileToPdf(bytes: Uint8Array, kind: TTextKind, name: string): PDFDocument {
  const s = decodeText(bytes) ?? '';
  return htmlToPdf(kind === 'html' ? cleanHtml(s) : textToHtml(s), name);
}
