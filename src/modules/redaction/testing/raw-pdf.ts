// Tiny hand-written PDFs for the fidelity reproductions: objects as PDF source text, with a correct xref
// table (or none, or junk before the header), so a test controls every byte a real-world file gets wrong.
export interface TRawPdfOptions {
  /** Bytes before `%PDF-` (readers look for the header further into the file). */
  prefix?: string;
  /** Trailer entries besides Size and Root (e.g. `/Encrypt 9 0 R /ID [<…> <…>]`). */
  trailer?: string;
}

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/** A content or image stream object: the dictionary entries and the (latin1) data. */
export function stream(dict: string, data: string): string {
  return `<< ${dict} /Length ${data.length} >>\nstream\n${data}\nendstream`;
}

/**
 * A PDF whose object n+1 is `objects[n]`; object 1 must be the catalog. Latin-1 text in, bytes out.
 */
export function rawPdf(objects: string[], opts: TRawPdfOptions = {}): Uint8Array {
  let body = `${opts.prefix ?? ''}%PDF-1.7\n%\xe2\xe3\xcf\xd3\n`;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${opts.trailer ?? ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(body);
}

/** Catalog and a one-page tree: objects 1–3; the page's resources and content come after. */
export function onePage(
  resources: string,
  content: string,
  extra: string[] = [],
  pageExtra = '',
): Uint8Array {
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources ${resources} /Contents 4 0 R ${pageExtra} >>`,
    stream('', content),
    ...extra,
  ]);
}

/** A Helvetica font resource for `onePage` (standard 14: no embedding needed). */
export const HELVETICA =
  '/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >> >>';
