// CSV import of units and employees. Plans every row against the current data (create / update / unchanged /
// error, with per-line messages in Danish and English); a dry run only reports. A real run writes all rows in
// one transaction — and nothing at all if any row has an error.
import { writeAudit } from '../../platform/audit/log.js';
import { withTenant, type Db, type TenantTx } from '../../platform/db/database.js';
import { appendEvent } from '../../platform/events/events.js';
import { requirePermission, type Actor } from '../../platform/http/context.js';
import type { TImportBody, TImportReport, TImportRow } from './contract.js';
import { parseCsv, type CsvRecord } from './import-csv.js';

type LineError = { line: number; message: string; message_en: string };
type Planned = {
  row: TImportRow;
  apply?: (tx: TenantTx, actor: Actor, unitIds: Map<string, string>) => Promise<void>;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function err(line: number, da: string, en: string): LineError {
  return { line, message: da, message_en: en };
}

async function planUnits(tx: TenantTx, records: CsvRecord[], errors: LineError[]): Promise<Planned[]> {
  const existing = new Map(
    (
      await tx.sql.query<{ id: string; code: string; name: string; parent_code: string | null }>(
        'SELECT u.id, u.code, u.name, p.code AS parent_code FROM org_units u LEFT JOIN org_units p ON p.id = u.parent_id',
      )
    ).rows.map((r) => [r.code, r]),
  );
  const inFile = new Map<string, CsvRecord>();
  const planned: Planned[] = [];
  for (const rec of records) {
    const { code = '', name = '', parent_code: parentCode = '' } = rec.values;
    const fail = (da: string, en: string) => {
      errors.push(err(rec.line, da, en));
      planned.push({ row: { line: rec.line, key: code, name: name || null, action: 'error', changes: [] } });
    };
    if (!code || !name) {
      fail('code og name skal udfyldes.', 'code and name are required.');
      continue;
    }
    if (inFile.has(code)) {
      fail(`Koden ${code} står flere gange i filen.`, `The code ${code} appears more than once in the file.`);
      continue;
    }
    inFile.set(code, rec);
    if (parentCode === code) {
      fail('En enhed kan ikke ligge under sig selv.', 'A unit cannot be its own parent.');
      continue;
    }
    if (parentCode && !existing.has(parentCode) && !records.some((r) => r.values.code === parentCode)) {
      fail(
        `Den overordnede enhed ${parentCode} findes ikke.`,
        `The parent unit ${parentCode} does not exist.`,
      );
      continue;
    }
    const current = existing.get(code);
    const changes: string[] = [];
    if (current && current.name !== name) changes.push(`name: ${current.name} → ${name}`);
    if (current && (current.parent_code ?? '') !== parentCode)
      changes.push(`parent: ${current.parent_code ?? '-'} → ${parentCode || '-'}`);
    const action = !current ? 'create' : changes.length ? 'update' : 'unchanged';
    planned.push({
      row: { line: rec.line, key: code, name, action, changes },
      apply:
        action === 'unchanged'
          ? undefined
          : async (t, actor, unitIds) => {
              if (!current) {
                const id = (
                  await t.sql.query<{ id: string }>(
                    'INSERT INTO org_units (tenant_id, code, name) VALUES ($1, $2, $3) RETURNING id',
                    [t.tenantId, code, name],
                  )
                ).rows[0]!.id;
                unitIds.set(code, id);
                await writeAudit(t, actor, {
                  action: 'org.unit.create',
                  objectType: 'org_unit',
                  objectId: id,
                  details: { code, name, source: 'import' },
                });
                await appendEvent(t, actor, {
                  type: 'org.unit.created',
                  objectType: 'org_unit',
                  objectId: id,
                  payload: { code },
                });
              } else {
                await t.sql.query('UPDATE org_units SET name = $2, updated_at = now() WHERE id = $1', [
                  current.id,
                  name,
                ]);
                await writeAudit(t, actor, {
                  action: 'org.unit.update',
                  objectType: 'org_unit',
                  objectId: current.id,
                  details: { changes, source: 'import' },
                });
                await appendEvent(t, actor, {
                  type: 'org.unit.updated',
                  objectType: 'org_unit',
                  objectId: current.id,
                  payload: { code },
                });
              }
            },
    });
  }
  // Cycles through parents given in the file.
  const parentOf = new Map([...existing.values()].map((u) => [u.code, u.parent_code ?? '']));
  for (const rec of records) parentOf.set(rec.values.code ?? '', rec.values.parent_code ?? '');
  for (const p of planned) {
    if (p.row.action === 'error') continue;
    const seen = new Set<string>([p.row.key]);
    for (let c = parentOf.get(p.row.key); c; c = parentOf.get(c)) {
      if (seen.has(c)) {
        errors.push(
          err(
            p.row.line,
            `Enheden ${p.row.key} indgår i en ring af overordnede enheder.`,
            `The unit ${p.row.key} is part of a parent cycle.`,
          ),
        );
        p.row.action = 'error';
        break;
      }
      seen.add(c);
    }
  }
  return planned;
}

async function linkParents(tx: TenantTx, records: CsvRecord[]): Promise<void> {
  for (const rec of records) {
    const { code, parent_code: parentCode = '' } = rec.values;
    await tx.sql.query(
      `UPDATE org_units u SET parent_id = (SELECT p.id FROM org_units p WHERE p.code = $2)
       WHERE u.code = $1 AND u.parent_id IS DISTINCT FROM (SELECT p.id FROM org_units p WHERE p.code = $2)`,
      [code, parentCode || null],
    );
  }
}

async function planEmployees(tx: TenantTx, records: CsvRecord[], errors: LineError[]): Promise<Planned[]> {
  const units = new Map(
    (await tx.sql.query<{ id: string; code: string }>('SELECT id, code FROM org_units')).rows.map((r) => [
      r.code,
      r.id,
    ]),
  );
  type Existing = {
    id: string;
    employee_no: string;
    given_name: string;
    family_name: string;
    email: string | null;
    title: string | null;
    unit_id: string;
  };
  const existing = new Map(
    (
      await tx.sql.query<Existing>(
        'SELECT id, employee_no, given_name, family_name, email, title, unit_id FROM employees',
      )
    ).rows.map((r) => [r.employee_no, r]),
  );
  const seen = new Set<string>();
  const planned: Planned[] = [];
  for (const rec of records) {
    const v = rec.values;
    const no = v.employee_no ?? '';
    const fail = (da: string, en: string) => {
      errors.push(err(rec.line, da, en));
      planned.push({
        row: { line: rec.line, key: no, name: personName(v), action: 'error', changes: [] },
      });
    };
    if (!no || !v.given_name || !v.family_name || !v.unit_code) {
      fail(
        'employee_no, given_name, family_name og unit_code skal udfyldes.',
        'employee_no, given_name, family_name and unit_code are required.',
      );
      continue;
    }
    if (seen.has(no)) {
      fail(
        `Medarbejdernummer ${no} står flere gange i filen.`,
        `Employee number ${no} appears more than once in the file.`,
      );
      continue;
    }
    seen.add(no);
    const unitId = units.get(v.unit_code);
    if (!unitId) {
      fail(`Enheden ${v.unit_code} findes ikke.`, `The unit ${v.unit_code} does not exist.`);
      continue;
    }
    if (v.email && !EMAIL.test(v.email)) {
      fail(`Ugyldig e-mail: ${v.email}`, `Invalid e-mail: ${v.email}`);
      continue;
    }
    const next = {
      given_name: v.given_name,
      family_name: v.family_name,
      email: v.email || null,
      title: v.title || null,
      unit_id: unitId,
    };
    const current = existing.get(no);
    const changes = current
      ? (Object.keys(next) as (keyof typeof next)[])
          .filter((k) => current[k] !== next[k])
          .map((k) => `${k}: ${current[k] ?? '-'} → ${next[k] ?? '-'}`)
      : [];
    const action = !current ? 'create' : changes.length ? 'update' : 'unchanged';
    planned.push({
      row: { line: rec.line, key: no, name: personName(v), action, changes },
      apply:
        action === 'unchanged'
          ? undefined
          : async (t, actor) => {
              const id = current
                ? (
                    await t.sql.query<{ id: string }>(
                      'UPDATE employees SET given_name = $2, family_name = $3, email = $4, title = $5, unit_id = $6, updated_at = now() WHERE id = $1 RETURNING id',
                      [current.id, next.given_name, next.family_name, next.email, next.title, next.unit_id],
                    )
                  ).rows[0]!.id
                : (
                    await t.sql.query<{ id: string }>(
                      'INSERT INTO employees (tenant_id, employee_no, given_name, family_name, email, title, unit_id) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id',
                      [
                        t.tenantId,
                        no,
                        next.given_name,
                        next.family_name,
                        next.email,
                        next.title,
                        next.unit_id,
                      ],
                    )
                  ).rows[0]!.id;
              const verb = current ? 'update' : 'create';
              await writeAudit(t, actor, {
                action: `org.employee.${verb}`,
                objectType: 'employee',
                objectId: id,
                details: { employeeNo: no, changes, source: 'import' },
              });
              await appendEvent(t, actor, {
                type: `org.employee.${verb}d`,
                objectType: 'employee',
                objectId: id,
                payload: { unitId: next.unit_id },
              });
            },
    });
  }
  return planned;
}

function personName(v: Record<string, string>): string | null {
  return [v.given_name, v.family_name].filter(Boolean).join(' ') || null;
}

export async function importOrgCsv(db: Db, actor: Actor, input: TImportBody): Promise<TImportReport> {
  requirePermission(actor, 'org.import');
  const [required, optional] =
    input.kind === 'units'
      ? [['code', 'name'], ['parent_code']]
      : [
          ['employee_no', 'given_name', 'family_name', 'unit_code'],
          ['email', 'title'],
        ];
  const parsed = parseCsv(input.csv, required, optional);
  const empty = { dryRun: input.dryRun, applied: false, created: 0, updated: 0, unchanged: 0, rows: [] };
  if ('error' in parsed)
    return {
      ...empty,
      errors: [{ line: parsed.error.line ?? 1, message: parsed.error.da, message_en: parsed.error.en }],
    };
  return withTenant(db, actor.tenantId, async (tx) => {
    const errors: LineError[] = [];
    const planned =
      input.kind === 'units'
        ? await planUnits(tx, parsed.records, errors)
        : await planEmployees(tx, parsed.records, errors);
    const rows = planned.map((p) => p.row);
    const count = (a: TImportRow['action']) => rows.filter((r) => r.action === a).length;
    const apply = !input.dryRun && errors.length === 0;
    if (apply) {
      const unitIds = new Map<string, string>();
      for (const p of planned) await p.apply?.(tx, actor, unitIds);
      if (input.kind === 'units') await linkParents(tx, parsed.records);
      await writeAudit(tx, actor, {
        action: `org.import.${input.kind}`,
        objectType: 'org_import',
        details: { created: count('create'), updated: count('update') },
      });
    }
    return {
      dryRun: input.dryRun,
      applied: apply,
      created: count('create'),
      updated: count('update'),
      unchanged: count('unchanged'),
      errors: errors.sort((a, b) => a.line - b.line),
      rows,
    };
  });
}
