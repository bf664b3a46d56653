// Generated case documents for the records benchmarks: text PDFs with Danish case text, names, CPR numbers
// and e-mail addresses (so every page has something to redact).
import { PDFDocument, StandardFonts } from 'pdf-lib';

const PEOPLE = ['Anne Jensen', 'Lars Nielsen', 'Mette Hansen', 'Peter Sørensen', 'Karen Rasmussen'];
const CPRS = ['070761-4285', '150384-1234', '010190-2345', '240772-3456', '311299-4567'];

export async function makeCasePdf(i: number, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p += 1) {
    const page = doc.addPage([595, 842]);
    const person = PEOPLE[(i + p) % PEOPLE.length]!;
    const lines = [
      `Sag BYG-${1000 + i} · side ${p + 1}`,
      `Ansøgning om byggetilladelse til carport på Skovvej ${i + 1}, 8600 Silkeborg.`,
      `Ansøger: ${person}, CPR-nummer ${CPRS[(i + p) % CPRS.length]}, e-mail ${person.split(' ')[0]!.toLowerCase()}@example.dk.`,
      'Kommunen har modtaget ansøgningen og vurderer den efter bygningsreglementet.',
      ...Array.from(
        { length: 30 },
        (_, k) => `Afsnit ${k + 1}: Byggeriet overholder højdegrænsen og afstanden til skel på 2,5 meter.`,
      ),
    ];
    lines.forEach((line, k) => page.drawText(line, { x: 40, y: 800 - k * 22, size: 10, font }));
  }
  return doc.save();
}
