// "Min forside": the user's aktindsigt deadlines — fristbrev reminders, decisions due this week, overdue
// requests, and complaints to forward.
import { addDays } from '../../platform/calendar/index.js';
import { withTenant } from '../../platform/db/database.js';
import type { TaskProvider } from '../../platform/tasks/registry.js';
import type { TTask } from '../../platform/tasks/contract.js';
import { REQUEST_COLUMNS, deadlineInfo, scopeFilter, today, type RequestRow } from './service/shared.js';

export const recordsTaskProvider: TaskProvider = async ({ db, actor }) => {
  if (!actor.abilities.has('records.read')) return [];
  return withTenant(db, actor.tenantId, async (tx) => {
    const scope = await scopeFilter(tx, actor, 1);
    const now = today();
    const horizon = addDays(now, 7);
    const rows = (
      await tx.sql.query<RequestRow>(
        `SELECT ${REQUEST_COLUMNS} FROM records_requests
         WHERE ${scope.clause} AND status IN ('received','in_progress','fristbrev_sent','partially_decided')
           AND coalesce(expected_decision_date, decision_due) <= $${scope.params.length + 1}
         ORDER BY decision_due LIMIT 100`,
        [...scope.params, horizon],
      )
    ).rows;
    const tasks: TTask[] = [];
    for (const r of rows) {
      const d = deadlineInfo(r, now);
      const due = r.expected_decision_date ?? d.decisionDue;
      const severity =
        d.status === 'overdue'
          ? 'danger'
          : d.status === 'due_today' || d.status === 'fristbrev_needed'
            ? 'warning'
            : 'info';
      const title =
        d.status === 'overdue'
          ? `Aktindsigt ${r.case_number}: fristen er overskredet`
          : d.status === 'fristbrev_needed' || d.status === 'due_today'
            ? `Aktindsigt ${r.case_number}: afgør eller send fristbrev senest ${d.fristbrevDue}`
            : `Aktindsigt ${r.case_number}: afgørelse senest ${due}`;
      tasks.push({
        id: `records:${r.id}`,
        module: 'records',
        title,
        detail: r.subject.slice(0, 140),
        dueDate: due,
        url: `/aktindsigt/${r.id}`,
        severity,
      });
    }
    const complaints = (
      await tx.sql.query<{ id: string; request_id: string; forward_due: string; case_number: string }>(
        `SELECT c.id, c.request_id, to_char(c.forward_due, 'YYYY-MM-DD') AS forward_due, q.case_number FROM records_complaints c
         JOIN records_requests q ON q.id = c.request_id
         WHERE ${scope.clause} AND c.forwarded_on IS NULL AND c.outcome IS NULL AND c.forward_due <= $${scope.params.length + 1}`,
        [...scope.params, horizon],
      )
    ).rows;
    for (const c of complaints) {
      tasks.push({
        id: `records-complaint:${c.id}`,
        module: 'records',
        title: `Klage i ${c.case_number}: genovervej og send videre senest ${c.forward_due}`,
        dueDate: c.forward_due,
        url: `/aktindsigt/${c.request_id}`,
        severity: c.forward_due < now ? 'danger' : 'warning',
      });
    }
    return tasks;
  });
};
