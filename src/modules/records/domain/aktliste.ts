// The aktliste: the list of documents in the release (number, date, title, decision, basis).
import type { PlainDate } from '../../../platform/calendar/index.js';
import { DECISION_NAMES, groundsOf, type DocumentDecisionInput } from './document-decision.js';
import { legalBasis } from './legal-basis.js';

export interface AktlisteRow {
  number: number;
  date: PlainDate | null;
  title: string;
  decision: string;
  basis: string;
}

export function aktlisteRows(documents: readonly DocumentDecisionInput[]): AktlisteRow[] {
  return [...documents]
    .filter((d) => d.decision !== null)
    .sort((a, b) => a.number - b.number)
    .map((d) => ({
      number: d.number,
      date: d.date,
      title: d.title,
      decision: DECISION_NAMES[d.decision!].da,
      basis: groundsOf(d)
        .map(
          (k) =>
            legalBasis(k)
              ?.citation.replace(/^Offentlighedslovens /, 'OFL ')
              .replace(/^Forvaltningslovens /, 'FVL ') ?? k,
        )
        .join('; '),
    }));
}

function csvCell(value: string): string {
  // Quote every cell; neutralise spreadsheet formulas (a title starting with =, +, -, @).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** CSV with a header, semicolon-separated (Danish Excel) and a BOM so æøå open correctly. */
export function aktlisteCsv(rows: readonly AktlisteRow[]): string {
  const header = ['Nr.', 'Dato', 'Titel', 'Afgørelse', 'Hjemmel'];
  const lines = [header, ...rows.map((r) => [String(r.number), r.date ?? '', r.title, r.decision, r.basis])];
  return '\uFEFF' + lines.map((cells) => cells.map(csvCell).join(';')).join('\r\n') + '\r\n';
}
