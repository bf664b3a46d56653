// Renders the aktliste as a PDF table.
import type { AktlisteRow } from '../domain/aktliste.js';
import { danishDate } from '../domain/letters.js';
import { PdfWriter } from './pdf-layout.js';

export async function renderAktlistePdf(
  rows: readonly AktlisteRow[],
  meta: { caseNumber: string; municipality: string },
): Promise<Uint8Array> {
  const w = await PdfWriter.create(
    `Aktliste – ${meta.caseNumber}`,
    `${meta.municipality} · Aktliste · Sagsnr. ${meta.caseNumber}`,
  );
  w.text('Aktliste', { size: 15, bold: true });
  w.text(`${meta.municipality} · Sagsnr. ${meta.caseNumber}`, { size: 9, gapAfter: 12 });
  const total = w.width;
  const widths = [32, 80, total - 32 - 80 - 110 - 120, 110, 120];
  w.row(['Nr.', 'Dato', 'Titel', 'Afgørelse', 'Hjemmel'], widths, { bold: true });
  for (const r of rows) {
    w.row([String(r.number), r.date ? danishDate(r.date) : '', r.title, r.decision, r.basis], widths);
  }
  if (rows.length === 0) w.text('Ingen dokumenter.', { gapAfter: 6 });
  return w.save();
}
