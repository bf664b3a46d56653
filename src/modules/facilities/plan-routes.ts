// /api/facilities/plans: 10-year maintenance-plan scenarios. Creating one enqueues the job "facilities.plan",
// which solves the MIP (HiGHS) in a worker thread and stores the plan, the greedy baseline and a 10 % cut.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { writeAudit } from '../../platform/audit/log.js';
import { withTenant, type Db } from '../../platform/db/database.js';
import { actorOf, requirePermission } from '../../platform/http/context.js';
import { notFound } from '../../platform/http/errors.js';
import { jobsFor } from '../../platform/jobs/platform.js';
import type { Jobs } from '../../platform/jobs/service.js';
import type { JobContext } from '../../platform/jobs/types.js';
import { ZIdParams, ZPlanBody, ZPlanDetail, ZPlanList } from './contract.js';
import { DEFAULT_SETTINGS, type PlanAction, type PlanEvaluation, type Schedule } from './domain/plan.js';
import type { SolvedPlan } from './domain/plan-mip.js';
import { LATEST_GRADES } from './service/buildings.js';

export const PLAN_JOB = 'facilities.plan';
const registered = new WeakSet<Jobs>();

type ActionRow = PlanAction & { building: string; part: string; action: string };

async function loadActions(db: Db, tenantId: string): Promise<ActionRow[]> {
  return withTenant(db, tenantId, async (tx) =>
    (
      await tx.sql.query<Record<string, unknown>>(
        `SELECT i.id, b.id AS building_id, b.name AS building, p.name AS part, i.action, i.action_cost::float8 AS cost,
                i.grade, i.action_year, b.importance, i.risk_safety, i.risk_water, i.risk_energy, i.must_do, i.not_before
           FROM (${LATEST_GRADES}) g JOIN fm_survey_items i ON i.id = g.item_id
           JOIN fm_building_parts p ON p.id = g.part_id JOIN fm_buildings b ON b.id = g.building_id
          WHERE i.action IS NOT NULL AND i.action_cost > 0 AND NOT i.done ORDER BY b.name, p.fk_code`,
      )
    ).rows.map((r) => ({
      id: r.id as string,
      buildingId: r.building_id as string,
      building: r.building as string,
      part: r.part as string,
      action: r.action as string,
      cost: Number(r.cost),
      grade: Number(r.grade),
      year: Number(r.action_year ?? new Date().getUTCFullYear()),
      importance: Number(r.importance),
      safety: Boolean(r.risk_safety),
      water: Boolean(r.risk_water),
      energy: Boolean(r.risk_energy),
      mustDo: Boolean(r.must_do),
      notBefore: r.not_before === null ? null : Number(r.not_before),
    })),
  );
}

function solveInWorker(actions: PlanAction[], settings: { firstYear: number; budgets: number[] }) {
  const boot = path.join(path.dirname(fileURLToPath(import.meta.url)), 'plan-worker-boot.mjs');
  return new Promise<{ full: SolvedPlan; cut: SolvedPlan }>((resolve, reject) => {
    const worker = new Worker(boot, {
      workerData: { actions, settings: { ...DEFAULT_SETTINGS, ...settings }, timeLimitSeconds: 30 },
    });
    worker.once('message', (m) => {
      resolve(m as { full: SolvedPlan; cut: SolvedPlan });
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

const run = (e: PlanEvaluation) => ({
  objective: e.objective,
  spent: e.spent,
  condition: e.condition,
  meanCondition: e.meanCondition,
  chosen: e.chosen,
});

export async function registerFacilitiesPlanRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;
  const jobs = jobsFor(db);
  if (!registered.has(jobs)) {
    registered.add(jobs);
    jobs.register<{ planId: string }>(
      PLAN_JOB,
      async (ctx) => {
        try {
          return await computePlan(db, ctx);
        } catch (error) {
          // The last attempt failed: the scenario says so instead of "being calculated" for ever.
          if (ctx.attempt > PLAN_RETRIES && !ctx.signal.aborted)
            await withTenant(db, ctx.tenantId, (tx) =>
              tx.sql.query("UPDATE fm_plan_scenarios SET status = 'failed' WHERE id = $1", [ctx.data.planId]),
            );
          throw error;
        }
      },
      { retryLimit: PLAN_RETRIES, concurrency: 1 },
    );
  }
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['facilities'];
  const plan = { permission: 'facilities.plan' } as const;
  r.post(
    '/api/facilities/plans',
    {
      config: plan,
      schema: { tags, summary: 'Create a plan scenario (optimised in the background)', body: ZPlanBody },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      requirePermission(actor, 'facilities.plan');
      const id = await withTenant(db, actor.tenantId, async (tx) => {
        const planId = (
          await tx.sql.query<{ id: string }>(
            'INSERT INTO fm_plan_scenarios (tenant_id, name, first_year, budgets, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id',
            [tx.tenantId, req.body.name, req.body.firstYear, JSON.stringify(req.body.budgets), actor.label],
          )
        ).rows[0]!.id;
        await writeAudit(tx, actor, {
          action: 'facilities.plan.create',
          objectType: 'fm_plan',
          objectId: planId,
          details: req.body,
        });
        return planId;
      });
      const jobId = await jobs.enqueue(
        PLAN_JOB,
        { planId: id },
        { tenantId: actor.tenantId, userId: actor.userId },
      );
      await withTenant(db, actor.tenantId, (tx) =>
        tx.sql.query('UPDATE fm_plan_scenarios SET job_id = $2, status = $3 WHERE id = $1', [
          id,
          jobId,
          'running',
        ]),
      );
      return reply.status(201).send({ id, jobId });
    },
  );
  r.get(
    '/api/facilities/plans',
    { config: plan, schema: { tags, summary: 'Plan scenarios', response: { 200: ZPlanList } } },
    async (req) => {
      const actor = actorOf(req);
      requirePermission(actor, 'facilities.plan');
      return withTenant(db, actor.tenantId, async (tx) => ({
        plans: (
          await tx.sql.query<Record<string, unknown>>(
            'SELECT id, name, first_year, budgets, status, job_id, created_at FROM fm_plan_scenarios ORDER BY created_at DESC',
          )
        ).rows.map(summaryOf),
      }));
    },
  );
  r.get(
    '/api/facilities/plans/:id',
    {
      config: plan,
      schema: {
        tags,
        summary: 'A plan scenario with its result',
        params: ZIdParams,
        response: { 200: ZPlanDetail },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      requirePermission(actor, 'facilities.plan');
      const row = await withTenant(
        db,
        actor.tenantId,
        async (tx) =>
          (
            await tx.sql.query<Record<string, unknown>>('SELECT * FROM fm_plan_scenarios WHERE id = $1', [
              req.params.id,
            ])
          ).rows[0],
      );
      if (!row) throw notFound();
      return { ...summaryOf(row), result: (row.result as never) ?? null };
    },
  );
  r.get(
    '/api/facilities/plans/:id/export.csv',
    { config: plan, schema: { tags, summary: 'The plan as CSV (semicolon, for Excel)', params: ZIdParams } },
    async (req, reply) => {
      const actor = actorOf(req);
      requirePermission(actor, 'facilities.plan');
      const row = await withTenant(
        db,
        actor.tenantId,
        async (tx) =>
          (
            await tx.sql.query<{ result: { actions: Record<string, unknown>[] } | null }>(
              'SELECT result FROM fm_plan_scenarios WHERE id = $1',
              [req.params.id],
            )
          ).rows[0],
      );
      if (!row?.result) throw notFound();
      // Cells starting with = + - @ are prefixed so a spreadsheet does not run them as formulas.
      const cell = (v: unknown) => {
        const s = v === null || v === undefined ? '' : String(v);
        const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
        return /[;"\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
      };
      const head = [
        'bygning',
        'bygningsdel',
        'indsats',
        'pris',
        'karakter',
        'anbefalet_aar',
        'planlagt_aar',
        'skal_udfoeres',
      ];
      const keys = ['building', 'part', 'action', 'cost', 'grade', 'recommendedYear', 'year', 'mustDo'];
      const lines = [head.join(';'), ...row.result.actions.map((a) => keys.map((k) => cell(a[k])).join(';'))];
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="vedligeholdelsesplan.csv"')
        .send('\uFEFF' + lines.join('\r\n') + '\r\n');
    },
  );
}

const summaryOf = (r: Record<string, unknown>) => ({
  id: r.id as string,
  name: r.name as string,
  firstYear: r.first_year as number,
  budgets: r.budgets as number[],
  status: r.status as string,
  jobId: (r.job_id as string | null) ?? null,
  createdAt: new Date(r.created_at as string).toISOString(),
});

const PLAN_RETRIES = 1;

/** Solves one plan scenario in a worker thread and stores its result. */
async function computePlan(db: Db, ctx: JobContext<{ planId: string }>) {
  ctx.progress(0, 'Henter anbefalede indsatser');
  const plan = await withTenant(
    db,
    ctx.tenantId,
    async (tx) =>
      (
        await tx.sql.query<{ first_year: number; budgets: number[] }>(
          'SELECT first_year, budgets FROM fm_plan_scenarios WHERE id = $1',
          [ctx.data.planId],
        )
      ).rows[0],
  );
  if (!plan) return { missing: true };
  const actions = await loadActions(db, ctx.tenantId);
  ctx.progress(10, `Optimerer ${actions.length} indsatser`);
  const { full, cut } = await solveInWorker(actions, {
    firstYear: plan.first_year,
    budgets: plan.budgets,
  });
  const yearOf = (s: Schedule, i: number) =>
    s[i] === null || s[i] === undefined ? null : plan.first_year + s[i]!;
  const result = {
    status: full.status,
    seconds: full.seconds,
    gap: full.gap,
    impossible: full.impossible,
    plan: run(full.evaluation),
    greedy: run(full.greedy.evaluation),
    cut10: run(cut.evaluation),
    actions: actions.map((a, i) => ({
      id: a.id,
      building: a.building,
      part: a.part,
      action: a.action,
      cost: a.cost,
      grade: a.grade,
      recommendedYear: a.year,
      year: yearOf(full.schedule, i),
      mustDo: a.mustDo,
    })),
  };
  await withTenant(db, ctx.tenantId, (tx) =>
    tx.sql.query("UPDATE fm_plan_scenarios SET status = 'done', result = $2 WHERE id = $1", [
      ctx.data.planId,
      JSON.stringify(result),
    ]),
  );
  return { status: full.status, actions: actions.length };
}
