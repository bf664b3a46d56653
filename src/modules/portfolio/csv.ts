// Initiatives to and from CSV (semicolon-separated, UTF-8 with BOM: what Danish Excel reads and writes).
import { parse } from 'csv-parse/sync';
import { withTenant, type Db } from '../../platform/db/database.js';
import { writeAudit } from '../../platform/audit/log.js';
import { requirePermission, type Actor } from '../../platform/http/context.js';
import { ZInitiativeBody, type TInitiativeBody } from './contract.js';
import { listInitiatives, insertInitiative } from './service.js';

export const CSV_COLUMNS = [
  'title',
  'summary',
  'area',
  'phase',
  'status',
  'owner',
  'contact',
  'kle',
  'visibility',
  'maturity_level',
  'runs_per_year',
  'minutes_per_run',
  'saving_pct',
  'hours_per_year',
  'suitability_score',
] as const;

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export async function exportInitiativesCsv(db: Db, actor: Actor): Promise<string> {
  const rows = [];
  for (let page = 1; ; page++) {
    const p = await listInitiatives(db, actor, { page, perPage: 200 });
    rows.push(...p.data);
    if (rows.length >= p.count || p.data.length === 0) break;
  }
  const lines = rows.map((i) =>
    [
      i.title,
      i.summary,
      i.area,
      i.phase,
      i.status,
      i.owner,
      i.contact,
      i.kle,
      i.visibility,
      i.maturityLevel,
      i.runsPerYear,
      i.minutesPerRun,
      i.savingPct,
      i.hoursPerYear,
      i.suitabilityScore,
    ]
      .map(cell)
      .join(';'),
  );
  return `\uFEFF${[CSV_COLUMNS.join(';'), ...lines].join('\r\n')}\r\n`;
}

const num = (v: string | undefined) =>
  v === undefined || v.trim() === '' ? null : Number(v.replace(',', '.'));

/** Reads initiatives from CSV; with dryRun nothing is written. Every bad line is reported with its number. */
export async function importInitiativesCsv(db: Db, actor: Actor, csv: string, dryRun: boolean) {
  requirePermission(actor, 'portfolio.write');
  const errors: { line: number; message: string }[] = [];
  let records: Record<string, string>[] = [];
  try {
    const text = csv.replace(/^\uFEFF/, '');
    const delimiter = (text.split('\n')[0] ?? '').includes(';') ? ';' : ',';
    records = parse(text, { columns: true, delimiter, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    const e = error as { lines?: number; message: string };
    return { dryRun, created: 0, titles: [], errors: [{ line: e.lines ?? 1, message: e.message }] };
  }
  const valid: TInitiativeBody[] = [];
  records.forEach((r, index) => {
    const parsed = ZInitiativeBody.safeParse({
      title: r.title,
      summary: r.summary ?? '',
      area: r.area,
      phase: r.phase,
      status: r.status || undefined,
      owner: r.owner ?? '',
      contact: r.contact ?? '',
      kle: r.kle ? r.kle : null,
      visibility: r.visibility || undefined,
      maturityLevel: num(r.maturity_level),
      runsPerYear: num(r.runs_per_year),
      minutesPerRun: num(r.minutes_per_run),
      savingPct: num(r.saving_pct),
    });
    if (parsed.success) valid.push(parsed.data);
    else
      errors.push({
        line: index + 2,
        message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      });
  });
  if (!dryRun && errors.length === 0 && valid.length > 0) {
    await withTenant(db, actor.tenantId, async (tx) => {
      for (const body of valid) await insertInitiative(tx, actor, body);
      await writeAudit(tx, actor, {
        action: 'portfolio.initiative.import',
        objectType: 'portfolio_initiative',
        objectId: null,
        details: { created: valid.length },
      });
    });
  }
  return {
    dryRun,
    created: !dryRun && errors.length === 0 ? valid.length : 0,
    titles: valid.map((v) => v.title),
    errors,
  };
}
