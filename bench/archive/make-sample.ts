// Writes a sample archive (manifest.csv + files) to a folder: `npx tsx bench/archive/make-sample.ts DIR [CASES]`.
// Includes the bad lines the import must report (unknown file, bad date, duplicate row, 0-byte file,
// encrypted and unreadable files) when --bad is given.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderToPng, sampleCase, scannedPdf, textPdf } from '../../src/modules/archive/sample-archive.js';

const csv = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export async function writeSampleArchive(
  dir: string,
  cases: number,
  options: { bad?: boolean; pngEvery?: number } = {},
) {
  await mkdir(path.join(dir, 'files'), { recursive: true });
  const header =
    'file,case_number,case_type,case_title,case_year,case_closed,address,ejerlav,matrikel,bbr_building,document_title,document_date,parties,staff';
  const rows: string[] = [header];
  for (let i = 0; i < cases; i++) {
    const c = sampleCase(i);
    for (const [k, d] of c.documents.entries()) {
      const png = options.pngEvery && d.scan && i % options.pngEvery === 0;
      const name = `files/${c.caseNumber}-${k + 1}.${png ? 'png' : 'pdf'}`;
      const bytes = d.scan
        ? png
          ? renderToPng(await textPdf(d.lines))
          : await scannedPdf(d.lines)
        : await textPdf(d.lines);
      await writeFile(path.join(dir, name), bytes);
      rows.push(
        [
          name,
          c.caseNumber,
          c.caseType,
          c.title,
          c.year,
          c.closed ? 'ja' : 'nej',
          c.address,
          c.ejerlav,
          c.matrikel,
          '1',
          d.title,
          d.date,
          c.parties.join(';'),
          c.staff.join(';'),
        ]
          .map(csv)
          .join(','),
      );
    }
  }
  if (options.bad) {
    const base = [
      'BYG-2020-9999',
      'byggetilladelse',
      'Skur',
      2020,
      'ja',
      'Engvej 3, 8410 Rønde',
      'Rønde By, Rønde',
      '3a',
      '',
      'Brev',
      '2020-01-02',
      '',
      '',
    ];
    await writeFile(path.join(dir, 'files/empty.pdf'), new Uint8Array());
    await writeFile(path.join(dir, 'files/broken.pdf'), Buffer.from('%PDF-1.7\n1 0 obj garbage\n'));
    await writeFile(path.join(dir, 'files/notes.txt'), 'not a scan');
    rows.push(['files/missing.pdf', ...base].map(csv).join(','));
    rows.push(['files/empty.pdf', ...base].map(csv).join(','));
    rows.push(['files/broken.pdf', ...base].map(csv).join(','));
    rows.push(['files/notes.txt', ...base].map(csv).join(','));
    const bad = [...base];
    bad[10] = '2020-13-45';
    rows.push(['files/BYG-1-1.pdf', ...bad].map(csv).join(','));
    rows.push(rows[1]!); // duplicate row
  }
  await writeFile(path.join(dir, 'manifest.csv'), rows.join('\n') + '\n');
  return rows.length - 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? '/tmp/archive-sample';
  const n = Number(process.argv[3] ?? 20);
  const rows = await writeSampleArchive(dir, n, { bad: process.argv.includes('--bad'), pngEvery: 3 });
  console.log(`${rows} manifest rows in ${dir}`);
}
