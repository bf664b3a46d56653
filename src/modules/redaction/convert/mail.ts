// E-mail (EML, MSG) into PDF pages: a header block and the body laid out by MuPDF's HTML engine, followed
// by every attachment converted in turn. Nesting and the number of parts are bounded (mail loops).
import MsgReaderModule from '@kenjiuno/msgreader';
import type { FieldsData } from '@kenjiuno/msgreader';
import { simpleParser } from 'mailparser';
import { RedactionError } from '../errors.js';
import { LIMITS } from '../limits.js';
import type { PDFDocument } from '../mupdf.js';
import { htmlToPdf } from './text.js';
import { appendPages } from './writer.js';

export interface TAttachment {
  name: string;
  bytes: Uint8Array;
}

export interface TMailBudget {
  parts: number;
  skipped: { name: string; reason: string }[];
}

/** Converts an attachment (any supported input) to a PDF; null when it is skipped (reason recorded). */
export type TConvertPart = (
  bytes: Uint8Array,
  name: string,
  depth: number,
  budget: TMailBudget,
) => Promise<PDFDocument | null>;

interface TMailView {
  headers: [string, string][];
  body: string;
  attachments: TAttachment[];
  /** Embedded messages of an MSG, rendered as mails of their own. */
  inner: { name: string; view: () => TMailView }[];
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function mailHtml(view: TMailView): string {
  const head = view.headers.filter(([, v]) => v.trim()).map(([k, v]) => `<b>${esc(k)}:</b> ${esc(v)}`);
  const names = [...view.attachments.map((a) => a.name), ...view.inner.map((m) => m.name)];
  if (names.length) head.push(`<b>Vedhæftede filer:</b> ${esc(names.join(', '))}`);
  const paragraphs = view.body
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br/>')}</p>`);
  return `<html><head><style>body{font-family:sans-serif;font-size:10pt;margin:0}p{margin:0 0 8pt 0}</style></head><body><p>${head.join('<br/>')}</p>${paragraphs.join('')}</body></html>`;
}

async function renderMail(
  view: TMailView,
  name: string,
  depth: number,
  budget: TMailBudget,
  convert: TConvertPart,
): Promise<PDFDocument> {
  const out = htmlToPdf(mailHtml(view), name);
  for (const a of view.attachments) {
    const part = await convert(a.bytes, `${name} › ${a.name}`, depth + 1, budget);
    if (part) appendPages(out, part);
  }
  for (const m of view.inner) {
    const partName = `${name} › ${m.name}`;
    if (!takePart(budget, partName, depth + 1)) continue;
    appendPages(out, await renderMail(m.view(), partName, depth + 1, budget, convert));
  }
  return out;
}

/** Counts a part against the limits; false (and recorded as skipped) when over a limit. */
export function takePart(budget: TMailBudget, name: string, depth: number): boolean {
  if (depth > LIMITS.maxMailDepth) {
    budget.skipped.push({
      name,
      reason: `attachment nesting deeper than ${LIMITS.maxMailDepth} levels (mail loop?)`,
    });
    return false;
  }
  budget.parts++;
  if (budget.parts > LIMITS.maxMailParts) {
    budget.skipped.push({ name, reason: `more than ${LIMITS.maxMailParts} parts in one mail` });
    return false;
  }
  return true;
}

const addressText = (a: unknown): string => {
  if (!a) return '';
  const list = Array.isArray(a) ? a : [a];
  return list.map((x: { text?: string }) => x.text ?? '').join(', ');
};

export async function emlToPdf(
  bytes: Uint8Array,
  name: string,
  depth: number,
  budget: TMailBudget,
  convert: TConvertPart,
): Promise<PDFDocument> {
  let parsed;
  try {
    parsed = await simpleParser(Buffer.from(bytes));
  } catch {
    throw new RedactionError(
      'CORRUPT_FILE',
      'the e-mail (EML) cannot be parsed',
      'e-mailen (EML) kan ikke læses',
      name,
    );
  }
  const body = parsed.text ?? (typeof parsed.html === 'string' ? parsed.html.replace(/<[^>]*>/g, ' ') : '');
  const view: TMailView = {
    headers: [
      ['Fra', addressText(parsed.from)],
      ['Til', addressText(parsed.to)],
      ['Cc', addressText(parsed.cc)],
      ['Dato', parsed.date ? parsed.date.toISOString().slice(0, 16).replace('T', ' ') : ''],
      ['Emne', parsed.subject ?? ''],
    ],
    body,
    attachments: parsed.attachments.map((a, i) => ({
      name: a.filename ?? `bilag-${i + 1}`,
      bytes: new Uint8Array(a.content),
    })),
    inner: [],
  };
  return renderMail(view, name, depth, budget, convert);
}

type TMsgReader = {
  getFileData(): FieldsData;
  getAttachment(a: FieldsData): { fileName: string; content: Uint8Array };
};
const MsgReader = ((MsgReaderModule as unknown as { default?: unknown }).default ?? MsgReaderModule) as new (
  b: ArrayBuffer,
) => TMsgReader;

function msgView(reader: TMsgReader, data: FieldsData): TMailView {
  const recipients = (kind: string): string =>
    (data.recipients ?? [])
      .filter((r) => (r.recipType ?? 'to') === kind)
      .map((r) => (r.email ? `${r.name ?? ''} <${r.email}>` : (r.name ?? '')))
      .join(', ');
  const attachments: TAttachment[] = [];
  const inner: TMailView['inner'] = [];
  for (const a of data.attachments ?? []) {
    const fields = a.innerMsgContentFields;
    if (a.innerMsgContent && fields)
      inner.push({ name: a.name ?? a.fileName ?? 'besked.msg', view: () => msgView(reader, fields) });
    else {
      const att = reader.getAttachment(a);
      attachments.push({ name: att.fileName || 'bilag', bytes: att.content });
    }
  }
  return {
    headers: [
      ['Fra', data.senderEmail ? `${data.senderName ?? ''} <${data.senderEmail}>` : (data.senderName ?? '')],
      ['Til', recipients('to')],
      ['Cc', recipients('cc')],
      ['Dato', data.clientSubmitTime ?? data.messageDeliveryTime ?? ''],
      ['Emne', data.subject ?? ''],
    ],
    body: data.body ?? '',
    attachments,
    inner,
  };
}

export async function msgToPdf(
  bytes: Uint8Array,
  name: string,
  depth: number,
  budget: TMailBudget,
  convert: TConvertPart,
): Promise<PDFDocument> {
  let reader: TMsgReader;
  let data: FieldsData;
  try {
    reader = new MsgReader(bytes.slice().buffer);
    data = reader.getFileData();
    if ((data as { error?: string }).error) throw new Error('msg');
  } catch {
    throw new RedactionError(
      'CORRUPT_FILE',
      'the Outlook message (MSG) cannot be read',
      'Outlook-beskeden (MSG) kan ikke læses',
      name,
    );
  }
  return renderMail(msgView(reader, data), name, depth, budget, convert);
}
