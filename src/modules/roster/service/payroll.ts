// Payroll export of a closed period: one CSV line per employee, day and pay code (docs/modules/roster.md).
import { writeAudit } from '../../../platform/audit/log.js';
import { withTenant, type Db } from '../../../platform/db/database.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import { PAY_CODES, shiftCost } from '../domain/cost.js';
import { costSettings } from './grid.js';
import { cellKey, loadPlanning, requireUnitAccess } from './load.js';
import { invalid } from './units.js';
import { employeesByIds } from '../../org/index.js';

export const DEFAULT_PAY_CODES: Record<string, string> = {
  base: 'L100',
  evening: 'T210',
  night: 'T220',
  saturday: 'T230',
  sunday_holiday: 'T240',
  overtime: 'O300',
  sick: 'F500',
};

const csvField = (v: string | number) => {
  const s = String(v);
  return /[;"\n\r]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export async function payrollCsv(
  db: Db,
  actor: Actor,
  periodId: string,
): Promise<{ filename: string; csv: string }> {
  requirePermission(actor, 'roster.publish');
  return withTenant(db, actor.tenantId, async (tx) => {
    const p = await loadPlanning(tx, periodId);
    await requireUnitAccess(tx, actor, p.unit.org_unit_id, 'roster.publish');
    if (p.period.state !== 'closed')
      throw invalid('period not closed', 'Perioden skal være afsluttet før lønudtrækket.');
    const settings = costSettings(p);
    const codes = { ...DEFAULT_PAY_CODES, ...(p.unit.setup.cost.payCodes ?? {}) };
    const byId = new Map(p.unit.setup.shiftTypes.map((s) => [s.id, s]));
    const people = new Map(
      (
        await employeesByIds(
          tx,
          p.members.map((m) => m.employeeId),
        )
      ).map((e) => [e.id, e]),
    );
    const lines = ['medarbejdernr;navn;dato;vagt;loenart;kode;timer;sats;beloeb'];
    const hours = (min: number) => (min / 60).toFixed(2).replace('.', ',');
    const kr = (x: number) => x.toFixed(2).replace('.', ',');
    for (const m of p.members) {
      const no = people.get(m.employeeId)?.employeeNo ?? '';
      const pay = m.hourlyPay ?? settings.gradePay[m.grade] ?? 0;
      for (const date of p.dates) {
        const cell = p.cells.get(cellKey(m.employeeId, date));
        if (!cell) continue;
        const st = byId.get(cell.shift);
        if (!st) continue;
        if (cell.kind === 'sick') {
          lines.push(
            [
              no,
              m.name,
              date,
              st.id,
              'sick',
              codes.sick!,
              hours(st.paidMinutes),
              kr(pay),
              kr((st.paidMinutes / 60) * pay),
            ]
              .map(csvField)
              .join(';'),
          );
          continue;
        }
        const c = shiftCost(date, st.start, st.end, st.paidMinutes, pay, settings, cell.overtime);
        for (const k of PAY_CODES) {
          if (c.minutes[k] === 0) continue;
          lines.push(
            [no, m.name, date, st.id, k, codes[k] ?? k, hours(c.minutes[k]), kr(pay), kr(c.amount[k])]
              .map(csvField)
              .join(';'),
          );
        }
      }
    }
    await writeAudit(tx, actor, {
      action: 'roster.payroll.export',
      objectType: 'roster_period',
      objectId: periodId,
      details: { lines: lines.length - 1 },
    });
    return { filename: `loen-${p.period.start_date}.csv`, csv: `\uFEFF${lines.join('\r\n')}\r\n` };
  });
}
