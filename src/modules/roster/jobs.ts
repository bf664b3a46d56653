// The optimisation as a durable background job ("roster.optimise") on the platform's job system: the planner
// engine runs in worker threads, progress and the falling objective are reported live (GET /api/jobs/:id), and
// the roster is written in one step, so a retry after a crash never writes it twice.
import { withTenant, type Db } from '../../platform/db/database.js';
import { systemActor, type Actor } from '../../platform/http/context.js';
import { appendEvent } from '../../platform/events/events.js';
import type { Jobs } from '../../platform/jobs/service.js';
import type { JobContext } from '../../platform/jobs/types.js';
import { planRoster } from './planner/engine.js';
import { loadPlanning } from './service/load.js';
import { bumpVersion } from './service/periods.js';
import { invalid } from './service/units.js';
import { canMove } from './domain/lifecycle.js';
import { requirePermission } from '../../platform/http/context.js';
import { requireUnitAccess } from './service/load.js';

export const OPTIMISE_JOB = 'roster.optimise';
export type OptimiseJobData = { periodId: string; seconds: number; fresh: boolean };

const registered = new WeakMap<Jobs, Db>();

const OPTIMISE_RETRIES = 1;

export function registerRosterJobs(jobs: Jobs, db: Db): void {
  if (registered.has(jobs)) return;
  registered.set(jobs, db);
  jobs.register<OptimiseJobData>(
    OPTIMISE_JOB,
    async (ctx) => {
      try {
        return await optimise(ctx);
      } catch (error) {
        // The last attempt failed: the period goes back to editing (with the roster it had), so the planner
        // is not left with a period stuck in "optimising".
        if (ctx.attempt > OPTIMISE_RETRIES && !ctx.signal.aborted)
          await withTenant(db, ctx.tenantId, (tx) =>
            tx.sql.query(
              `UPDATE roster_periods SET state = 'editing', version = version + 1 WHERE id = $1 AND state = 'optimising'`,
              [ctx.data.periodId],
            ),
          );
        throw error;
      }
    },
    { retryLimit: OPTIMISE_RETRIES, concurrency: 1, maxRuntimeSeconds: 1800 },
  );

  async function optimise(ctx: JobContext<OptimiseJobData>) {
    const actor = systemActor(ctx.tenantId, 'job:roster.optimise');
    ctx.progress(0, 'Indlæser vagtplanen');
    const p = await withTenant(db, ctx.tenantId, (tx) => loadPlanning(tx, ctx.data.periodId));
    const deadline = Date.now() + ctx.data.seconds * 1000;
    const result = await planRoster(p.model, {
      deadline,
      seed: ctx.attempt,
      threads: 2,
      ...(ctx.data.fresh ? {} : { initial: p.roster }),
      signal: ctx.signal,
      onProgress: (pr) =>
        ctx.progress(
          Math.min(99, Math.round(pr.fraction * 100)),
          `Målværdi ${Math.round(pr.penalty)}${pr.hard ? `, ${pr.hard} regelbrud` : ''}`,
        ),
    });
    return ctx.step('save', async (sql) => {
      await sql.query(`DELETE FROM roster_assignments WHERE period_id = $1 AND kind = 'planned'`, [
        ctx.data.periodId,
      ]);
      const values: unknown[] = [];
      const tuples: string[] = [];
      p.members.forEach((m, e) =>
        result.roster[e]!.forEach((shift, d) => {
          if (!shift) return;
          values.push(ctx.tenantId, ctx.data.periodId, m.employeeId, p.dates[d], shift);
          const i = values.length;
          tuples.push(`($${i - 4}, $${i - 3}, $${i - 2}, $${i - 1}, $${i}, 'planned')`);
        }),
      );
      if (tuples.length)
        await sql.query(
          `INSERT INTO roster_assignments (tenant_id, period_id, employee_id, date, shift, kind) VALUES ${tuples.join(', ')}
             ON CONFLICT (tenant_id, period_id, employee_id, date) DO NOTHING`,
          values,
        );
      await sql.query(
        `UPDATE roster_periods SET state = 'editing', version = version + 1 WHERE id = $1 AND state = 'optimising'`,
        [ctx.data.periodId],
      );
      void actor;
      return { hard: result.hard, objective: Math.round(result.penalty), shifts: tuples.length };
    });
  }
}

/** Moves the period to 'optimising' and enqueues the job; the period returns to 'editing' when it is done. */
export async function startOptimisation(
  jobs: Jobs,
  actor: Actor,
  periodId: string,
  input: { version: number; seconds: number; fresh: boolean },
): Promise<{ jobId: string; version: number }> {
  requirePermission(actor, 'roster.plan');
  const db = registered.get(jobs);
  if (!db) throw new Error('registerRosterJobs must run before startOptimisation');
  const version = await withTenant(db, actor.tenantId, async (tx) => {
    const p = await loadPlanning(tx, periodId);
    await requireUnitAccess(tx, actor, p.unit.org_unit_id, 'roster.plan');
    if (!canMove(p.period.state, 'optimising'))
      throw invalid(
        `cannot optimise a period that is ${p.period.state}`,
        'Perioden kan ikke optimeres i denne fase.',
      );
    if (p.members.length === 0) throw invalid('no members', 'Enheden har ingen medarbejdere at planlægge.');
    const v = await bumpVersion(tx, periodId, input.version);
    await tx.sql.query(`UPDATE roster_periods SET state = 'optimising' WHERE id = $1`, [periodId]);
    await appendEvent(tx, actor, {
      type: 'roster.period.optimise_started',
      objectType: 'roster_period',
      objectId: periodId,
    });
    return v;
  });
  const jobId = await jobs.enqueue<OptimiseJobData>(
    OPTIMISE_JOB,
    { periodId, seconds: input.seconds, fresh: input.fresh },
    { tenantId: actor.tenantId, userId: actor.userId },
  );
  await withTenant(db, actor.tenantId, (tx) =>
    tx.sql.query('UPDATE roster_periods SET optimise_job_id = $2 WHERE id = $1', [periodId, jobId]),
  );
  return { jobId, version };
}
