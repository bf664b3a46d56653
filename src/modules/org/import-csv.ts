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

/** The line on which a quoted field opens that is never closed (csv-parse reports the end of the file). */
export function unclosedQuoteLine(text: string, delimiter: string): number | undefined {
  let line = 1;
  let opened = 0;
  let inQuote = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuote) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else inQuote = false;
      } else if (ch === '\n') line++;
      continue;
    }
    if (ch === '"' && fieldStart) {
      inQuote = true;
      opened = line;
      fieldStart = false;
    } else if (ch === '\n') {
      line++;
      fieldStart = true;
    } else if (ch === delimiter) fieldStart = true;
    else if (ch !== ' ' && ch !== '\t' && ch !== '\r') fieldStart = false;
  }
  return inQuote ? opened : undefined;
}

export function parseCsv(text: string, required: string[], optional: string[]): CsvResult {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  // U+FFFD means the file was read with the wrong encoding somewhere before us: importing it would store "S�ren".
  const broken = text.indexOf('\uFFFD');
  if (broken >= 0) {
    const line = text.slice(0, broken).split('\n').length;
    return {
      error: {
        da: 'Filen indeholder tegn, der ikke kunne læses (�). Den er sandsynligvis gemt i Windows-1252 og læst som UTF-8: vælg filen igen her, eller gem den som "CSV UTF-8".',
        en: 'The file contains characters that could not be read (�). It was probably saved in Windows-1252 and read as UTF-8: choose the file again here, or save it as "CSV UTF-8".',
        line,
      },
    };
  }
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
    const described = describeParseError(error);
    if ((error as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED')
      described.line = unclosedQuoteLine(text.replace(/^\uFEFF/, ''), delimiter) ?? described.line;
    return { error: described };
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
