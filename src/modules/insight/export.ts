// The dashboard as a table (one row per key figure) in CSV and XLSX, in the viewer's language.
import ExcelJS from 'exceljs';
import type { TDashboard } from './contract.js';
import { figureById } from './domain/figures.js';

type Lang = 'da' | 'en';

const HEADERS: Record<Lang, string[]> = {
  da: [
    'Nøgletal',
    'Enhed',
    'Periode fra',
    'Periode til',
    'Værdi',
    'Forrige periode',
    'Mål',
    'Status',
    'Måleenhed',
  ],
  en: [
    'Key figure',
    'Unit',
    'Period from',
    'Period to',
    'Value',
    'Previous period',
    'Target',
    'Status',
    'Measure',
  ],
};
const STATUS: Record<Lang, Record<string, string>> = {
  da: { met: 'Mål nået', missed: 'Mål ikke nået', none: '' },
  en: { met: 'Target met', missed: 'Target missed', none: '' },
};

export function exportRows(d: TDashboard, lang: Lang): (string | number | null)[][] {
  const everywhere = lang === 'da' ? 'Hele kommunen' : 'Whole municipality';
  return d.tiles.map((t) => {
    const f = figureById(t.figure)!;
    return [
      f.name[lang],
      d.unit?.name ?? everywhere,
      d.period.from,
      d.period.to,
      t.value,
      t.previous,
      t.target,
      STATUS[lang][t.status] ?? '',
      f.unit[lang],
    ];
  });
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  // Neutralise spreadsheet formulas (CSV injection); numbers are written as they are.
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function dashboardCsv(d: TDashboard, lang: Lang): string {
  // Semicolons and a BOM: what Danish Excel opens directly.
  return `\uFEFF${[HEADERS[lang], ...exportRows(d, lang)].map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

export async function dashboardXlsx(d: TDashboard, lang: Lang): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Rød Tråd';
  const sheet = book.addWorksheet(lang === 'da' ? 'Nøgletal' : 'Key figures');
  sheet.addRow(HEADERS[lang]).font = { bold: true };
  for (const row of exportRows(d, lang)) sheet.addRow(row);
  sheet.columns.forEach((c, i) => (c.width = i === 0 ? 40 : 16));
  return Buffer.from(await book.xlsx.writeBuffer());
}
