// Renders a letter (decision letter or fristbrev) as a PDF.
import { danishDate, type Letter } from '../domain/letters.js';
import { PdfWriter } from './pdf-layout.js';

export async function renderLetterPdf(letter: Letter): Promise<Uint8Array> {
  const w = await PdfWriter.create(
    `${letter.title} – ${letter.caseNumber}`,
    `${letter.sender[0] ?? ''} · Sagsnr. ${letter.caseNumber}`,
  );
  for (const line of letter.sender) w.text(line, { size: 9, right: true });
  w.space(18);
  for (const line of letter.recipient) w.text(line);
  w.space(18);
  w.text(`Dato: ${danishDate(letter.date)}`, { size: 9, right: true });
  w.text(`Sagsnr.: ${letter.caseNumber}`, { size: 9, right: true, gapAfter: 18 });
  w.text(letter.title, { size: 15, bold: true, gapAfter: 10 });
  for (const section of letter.sections) {
    if (section.heading) {
      w.ensure(40);
      w.text(section.heading, { size: 12, bold: true, gapAfter: 3 });
    }
    for (const p of section.paragraphs) w.text(p, { gapAfter: 6 });
    for (const b of section.bullets ?? []) w.text(`•  ${b}`, { indent: 10, gapAfter: 3 });
    w.space(6);
  }
  w.space(10);
  w.ensure(80);
  for (const line of letter.signature) w.text(line || ' ');
  return w.save();
}
