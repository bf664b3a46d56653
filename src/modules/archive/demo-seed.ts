// Demo Kommune's open building archive: a few hundred generated building cases. Most documents get their
// screening result at seed time (the published copy is generated with the personal data already drawn as
// redaction boxes, so `npm start` stays quick); a dozen scans and letters are left pending, so the real
// pipeline (OCR, detection, redaction, verification) screens them in the background after start and some
// of them land in the review queue.
import { createHash } from 'node:crypto';
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { withTenant, type Db } from '../../platform/db/database.js';
import type { DocumentStore } from '../../platform/documents/store.js';
import { addressKey, formatAddress, matrikelKey, parseAddress } from './domain/address.js';
import { ruleDecision } from './domain/publication.js';
import { sampleCase, scannedPdf, textPdf, type TSampleCase } from './sample-archive.js';
import { DEFAULT_SETTINGS, saveSettings } from './service/settings.js';
import { archiveStore } from './service/store.js';
import { loadConfig } from '../../platform/config.js';

export const DEMO_ARCHIVE_CASES = 120;
const PENDING_SCANS = 6;

const BASIS = '§ 30, nr. 1';

/** The personal data of a generated document: what the published copy shows as boxes. */
function secretsOf(doc: TSampleCase['documents'][number]): string[] {
  const out = [doc.cpr, doc.phone, doc.email, '87 53 50 00', 'byg@demo-kommune.dk'];
  for (const line of doc.lines) {
    const m = /konto \d+/.exec(line);
    if (m) out.push(`reg.nr. 1551 ${m[0]}`);
  }
  return out;
}

function drawRedactedLine(page: PDFPage, font: PDFFont, line: string, secrets: string[], y: number) {
  let x = 60;
  let rest = line;
  const size = 12;
  while (rest.length) {
    const hits = secrets.map((s) => ({ s, i: rest.indexOf(s) })).filter((h) => h.i >= 0);
    const first = hits.sort((a, b) => a.i - b.i)[0];
    const plain = first ? rest.slice(0, first.i) : rest;
    if (plain) {
      page.drawText(plain, { x, y, size, font });
      x += font.widthOfTextAtSize(plain, size);
    }
    if (!first) break;
    const w = font.widthOfTextAtSize(first.s, size);
    page.drawRectangle({ x, y: y - 3, width: w, height: 14, color: rgb(0, 0, 0) });
    page.drawText(BASIS, {
      x: x + 2,
      y: y + 1,
      size: Math.min(8, (w / font.widthOfTextAtSize(BASIS, 8)) * 8),
      font,
      color: rgb(1, 1, 1),
    });
    x += w;
    rest = rest.slice(first.i + first.s.length);
  }
}

async function publishedCopy(lines: string[], secrets: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  lines.forEach((line, i) => drawRedactedLine(page, font, line, secrets, 770 - i * 20));
  return doc.save({ useObjectStreams: false });
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** A private letter that the screening should hold for review. */
function privateLetter(c: TSampleCase): TSampleCase['documents'][number] {
  const owner = c.parties[0] ?? 'Jens Hansen';
  return {
    title: 'Brev fra ejer',
    date: `${c.year}-06-01`,
    scan: false,
    cpr: '',
    phone: '',
    email: '',
    lines: [
      `Kære ${owner.split(' ')[0]}`,
      '',
      'Tak for sidst. Det var dejligt at se jer alle sammen igen.',
      'Mor har det bedre nu, og vi håber at kunne komme på besøg til sommer.',
      '',
      'Kærlig hilsen',
      'Hanne',
    ],
  };
}

export async function seedArchiveDemo(
  db: Db,
  tenantId: string,
  store: DocumentStore = archiveStore(db, loadConfig()),
  cases = Number(process.env.RODTRAD_ARCHIVE_DEMO_CASES ?? DEMO_ARCHIVE_CASES),
): Promise<void> {
  let pendingScans = 0;
  type Row = {
    c: TSampleCase;
    docs: {
      d: TSampleCase['documents'][number];
      original: string;
      published: string | null;
      text: string | null;
      state: string;
      reason: string | null;
      detail: string | null;
    }[];
    protectedProperty: boolean;
  };
  const rows: Row[] = [];
  for (let i = 0; i < cases; i++) {
    const c = sampleCase(i, 7);
    const protectedProperty = i === 5;
    if (protectedProperty) c.address = 'Stationsvej 2, 8410 Rønde';
    const docs: Row['docs'] = [];
    const all = i % 40 === 3 ? [...c.documents, privateLetter(c)] : c.documents;
    for (const d of all) {
      const asScan = d.scan && pendingScans < PENDING_SCANS;
      const original = asScan ? await scannedPdf(d.lines) : await textPdf(d.lines);
      await store.put(original);
      const rule = ruleDecision(DEFAULT_SETTINGS, {
        caseType: c.caseType,
        closed: c.closed,
        protectedProperty,
      });
      if (asScan) pendingScans++;
      if (rule) {
        docs.push({
          d,
          original: sha(original),
          published: null,
          text: null,
          state: rule.state,
          reason: rule.reason,
          detail: rule.detail,
        });
      } else if (asScan || d.title === 'Brev fra ejer') {
        docs.push({
          d,
          original: sha(original),
          published: null,
          text: null,
          state: 'pending',
          reason: null,
          detail: null,
        });
      } else {
        const secrets = secretsOf(d);
        const published = await publishedCopy(d.lines, secrets);
        await store.put(published);
        let text = d.lines.join('\n');
        for (const s of secrets) text = text.split(s).join(' ');
        docs.push({
          d,
          original: sha(original),
          published: sha(published),
          text,
          state: 'published',
          reason: 'clean',
          detail: 'Screened and redacted automatically; verified (demo data).',
        });
      }
    }
    rows.push({ c, docs, protectedProperty });
  }
  await withTenant(db, tenantId, async (tx) => {
    await saveSettings(tx, { ...DEFAULT_SETTINGS, neverPublishedTypes: ['personalesag'] });
    for (const { c, docs, protectedProperty } of rows) {
      const parts = parseAddress(c.address);
      const property = await tx.sql.query<{ id: string }>(
        `INSERT INTO archive_properties (tenant_id, municipality_code, street, house_number, postcode, town, address_text, address_key, ejerlav, matrikel, matrikel_key, bbr_building, protected, protected_reason)
         VALUES ($1,'999',$2,$3,$4,$5,$6,$7,$8,$9,$10,'1',$11,$12)
         ON CONFLICT (tenant_id, address_key) DO UPDATE SET street = EXCLUDED.street RETURNING id`,
        [
          tx.tenantId,
          parts.street,
          parts.houseNumber,
          parts.postcode,
          parts.town,
          formatAddress(parts),
          addressKey(parts),
          c.ejerlav,
          c.matrikel,
          matrikelKey(c.matrikel),
          protectedProperty,
          protectedProperty ? 'Politistation (demo)' : null,
        ],
      );
      const kase = await tx.sql.query<{ id: string }>(
        `INSERT INTO archive_cases (tenant_id, property_id, case_number, case_type, title, year, closed, parties, staff)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT (tenant_id, case_number) DO NOTHING RETURNING id`,
        [
          tx.tenantId,
          property.rows[0]!.id,
          c.caseNumber,
          c.caseType,
          c.title,
          c.year,
          c.closed,
          c.parties,
          c.staff,
        ],
      );
      const caseId = kase.rows[0]?.id;
      if (!caseId) continue;
      for (const x of docs) {
        await tx.sql.query(
          `INSERT INTO archive_documents (tenant_id, case_id, title, document_date, pages, filename, sha256, mime, state, reason, reason_detail,
             published_sha256, published_text, screened_at)
           VALUES ($1,$2,$3,$4,1,$5,$6,'application/pdf',$7,$8,$9,$10,$11, CASE WHEN $7 = 'pending' THEN NULL ELSE now() END)
           ON CONFLICT (tenant_id, case_id, sha256) DO NOTHING`,
          [
            tx.tenantId,
            caseId,
            x.d.title,
            x.d.date,
            `${c.caseNumber}-${x.d.title}.pdf`,
            x.original,
            x.state,
            x.reason,
            x.detail,
            x.published,
            x.text,
          ],
        );
      }
    }
  });
}
