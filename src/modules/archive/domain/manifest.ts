// The import manifest (CONTRACTS.md, `rodtrad archive import`): UTF-8 CSV, RFC 4180 quoting, a header row,
// one row per document, columns in any order. Each line is checked on its own; a bad line gets a message and
// the others go on. Pure: reading the files happens in the service.
import { parse } from 'csv-parse/sync';

export const MANIFEST_COLUMNS = [
  'file',
  'case_number',
  'case_type',
  'case_title',
  'case_year',
  'case_closed',
  'address',
  'ejerlav',
  'matrikel',
  'bbr_building',
  'document_title',
  'document_date',
  'parties',
  'staff',
] as const;

const REQUIRED = ['file', 'case_number', 'address'] as const;

export type TManifestRow = {
  line: number;
  file: string;
  caseNumber: string;
  caseType: string;
  caseTitle: string;
  caseYear: number | null;
  caseClosed: boolean;
  address: string;
  ejerlav: string | null;
  matrikel: string | null;
  bbrBuilding: string | null;
  documentTitle: string;
  documentDate: string | null;
  parties: string[];
  staff: string[];
};

export type TLineProblem = { line: number; file: string | null; message: string; messageDa: string };

export type TManifest = { rows: TManifestRow[]; problems: TLineProblem[] };

export class ManifestError extends Error {}

function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

/** A path inside the files folder: relative, no "..", no drive or scheme. */
export function isSafeRelativePath(file: string): boolean {
  if (!file || file.startsWith('/') || file.startsWith('\\') || /^[a-z]:/i.test(file)) return false;
  return !file.split(/[\\/]/).some((part) => part === '..');
}

/** Parses and checks the manifest. Throws ManifestError only when the file as a whole is unusable. */
export function parseManifest(text: string): TManifest {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
    }) as string[][];
  } catch (error) {
    throw new ManifestError(`the manifest is not valid CSV: ${(error as Error).message.split('\n')[0]}`);
  }
  const header = records.shift();
  if (!header) throw new ManifestError('the manifest is empty (no header row)');
  const columns = header.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length) throw new ManifestError(`the manifest has no column ${missing.join(', ')}`);
  const at = (record: string[], name: string) => {
    const i = columns.indexOf(name);
    return i < 0 ? undefined : record[i]?.trim();
  };
  const rows: TManifestRow[] = [];
  const problems: TLineProblem[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, i) => {
    const line = i + 2; // the header is line 1
    const file = at(record, 'file') ?? '';
    const fail = (message: string, messageDa: string) =>
      problems.push({ line, file: file || null, message, messageDa });
    if (record.length !== columns.length) {
      return fail(
        `line ${line} has ${record.length} fields, the header has ${columns.length}`,
        `linje ${line} har ${record.length} felter, overskriften har ${columns.length}`,
      );
    }
    if (!file) return fail(`line ${line}: no file`, `linje ${line}: ingen fil`);
    if (!isSafeRelativePath(file))
      return fail(
        `line ${line}: file "${file}" must be a relative path inside the files folder`,
        `linje ${line}: filen "${file}" skal være en relativ sti i filmappen`,
      );
    const caseNumber = at(record, 'case_number') ?? '';
    if (!caseNumber) return fail(`line ${line}: no case_number`, `linje ${line}: intet sagsnummer`);
    const address = at(record, 'address') ?? '';
    if (!address) return fail(`line ${line}: no address`, `linje ${line}: ingen adresse`);
    const date = at(record, 'document_date') || null;
    if (date && !isIsoDate(date))
      return fail(
        `line ${line}: document_date "${date}" is not a date (YYYY-MM-DD)`,
        `linje ${line}: dokumentdato "${date}" er ikke en dato (ÅÅÅÅ-MM-DD)`,
      );
    const yearText = at(record, 'case_year') || '';
    const year = yearText ? Number(yearText) : null;
    if (yearText && (!Number.isInteger(year) || year! < 1800 || year! > 2100))
      return fail(
        `line ${line}: case_year "${yearText}" is not a year`,
        `linje ${line}: sagsår "${yearText}" er ikke et årstal`,
      );
    const closedText = (at(record, 'case_closed') || 'ja').toLowerCase();
    const closed = ['ja', 'yes', 'true', '1', 'lukket'].includes(closedText)
      ? true
      : ['nej', 'no', 'false', '0', 'åben', 'aaben'].includes(closedText)
        ? false
        : null;
    if (closed === null)
      return fail(
        `line ${line}: case_closed "${closedText}" must be ja or nej`,
        `linje ${line}: case_closed "${closedText}" skal være ja eller nej`,
      );
    const key = `${caseNumber}\u0000${file}`;
    const first = seen.get(key);
    if (first !== undefined)
      return fail(
        `line ${line}: duplicate of line ${first} (same case and file)`,
        `linje ${line}: dublet af linje ${first} (samme sag og fil)`,
      );
    seen.set(key, line);
    rows.push({
      line,
      file,
      caseNumber,
      caseType: (at(record, 'case_type') || 'andet').toLowerCase(),
      caseTitle: at(record, 'case_title') || caseNumber,
      caseYear: year,
      caseClosed: closed,
      address,
      ejerlav: at(record, 'ejerlav') || null,
      matrikel: at(record, 'matrikel') || null,
      bbrBuilding: at(record, 'bbr_building') || null,
      documentTitle: at(record, 'document_title') || file.split('/').pop()!,
      documentDate: date,
      parties: list(at(record, 'parties')),
      staff: list(at(record, 'staff')),
    });
  });
  return { rows, problems };
}
