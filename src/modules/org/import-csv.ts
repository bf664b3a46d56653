// Parsing of the org CSV files. Header row required; ',' or ';' (Danish Excel) as separator; UTF-8 with or
// without BOM. Returns records with their line numbers, or a file-level error.
import { parse } from 'csv-parse/sync';

export type CsvRecord = { line: number; values: Record<string, string> };
export type CsvResult = { records: CsvRecord[] } | { error: { da: string; en: string; line?: number } };

// csv-parse's error codes in words a municipal administrator understands, in both languages.
const PARSE_ERRORS: Record<string, { da: string; en: string }> = {
  CSV_QUOTE_NOT_CLOSED: {
    da: 'et anførselstegn (") åbnes, men lukkes aldrig',
    en: 'a quotation mark (") is opened but never closed',
  },
  CSV_INVALID_CLOSING_QUOTE: {
    da: 'der står tegn lige efter et afsluttende anførselstegn',
    en: 'there are characters right after a closing quotation mark',
  },
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: {
    da: 'rækken har et andet antal kolonner end overskriften',
    en: 'the row has a different number of columns than the header',
  },
};

function describeParseError(error: unknown): { da: string; en: string; line?: number } {
  const detail = error as { code?: string; lines?: number; message?: string };
  const known = detail.code ? PARSE_ERRORS[detail.code] : undefined;
  const line = typeof detail.lines === 'number' ? detail.lines : undefined;
  if (known)
    return {
      da: `CSV-filen kan ikke læses: ${known.da}.`,
      en: `The CSV file cannot be read: ${known.en}.`,
      line,
    };
  const message = detail.message ?? String(error);
  return { da: `CSV-filen kan ikke læses: ${message}`, en: `The CSV file cannot be read: ${message}`, line };
}

export function parseCsv(text: string, required: string[], optional: string[]): CsvResult {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(text, {
      bom: true,
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      delimiter,
      skip_empty_lines: true,
      trim: true,
      info: true,
      relax_column_count: false,
    }) as typeof rows;
  } catch (error) {
    return { error: describeParseError(error) };
  }
  if (rows.length === 0)
    return { error: { da: 'Filen indeholder ingen rækker.', en: 'The file has no rows.' } };
  const columns = Object.keys(rows[0]!.record);
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    return {
      error: { da: `Kolonner mangler: ${missing.join(', ')}`, en: `Missing columns: ${missing.join(', ')}` },
    };
  }
  const unknown = columns.filter((c) => !required.includes(c) && !optional.includes(c));
  if (unknown.length > 0) {
    return {
      error: { da: `Ukendte kolonner: ${unknown.join(', ')}`, en: `Unknown columns: ${unknown.join(', ')}` },
    };
  }
  return { records: rows.map((r) => ({ line: r.info.lines, values: r.record })) };
}
