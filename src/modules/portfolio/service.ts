// Use cases of the digitalisation portfolio. Initiatives are visible to everyone in the municipality with
// portfolio.read unless they are personal (then only to their creator); writing needs portfolio.write, and
// an initiative is changed only from the version the editor read (two editors never overwrite each other).
import { writeAudit } from '../../platform/audit/log.js';
import { withTenant, type Db, type TenantTx } from '../../platform/db/database.js';
import { requirePermission, type Actor } from '../../platform/http/context.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import { figureById, monthlyFigure } from '../insight/index.js';
import type { TInitiative, TInitiativeBody, TInitiativeQuery, TInitiativeUpdate, TMap } from './contract.js';
import {
  AREAS,
  businessCaseProblems,
  hoursPerYear,
  realisedPct,
  suitabilityScore,
  summariseBusinessCase,
  type BusinessCaseYear,
} from './domain/initiative.js';

type Row = {
  id: string;
  title: string;
  summary: string;
  description: string;
  area: TInitiative['area'];
  kle: string | null;
  unit_ids: string[];
  systems: string[];
  phase: TInitiative['phase'];
  status: TInitiative['status'];
  owner: string;
  contact: string;
  visibility: TInitiative['visibility'];
  suitability: (number | null)[];
  runs_per_year: number | null;
  minutes_per_run: number | null;
  saving_pct: number | null;
  maturity_level: number | null;
  levers: Record<string, string>;
  business_case: BusinessCaseYear[];
  benefit_owner: string;
  figure_id: string | null;
  figure_unit_id: string | null;
  baseline: number | null;
  goal: number | null;
  version: number;
  created_by: string | null;
  created_at: Date | string;
  updated_at: Date | string;
};

const COLUMNS = `id, title, summary, description, area, kle, unit_ids, systems, phase, status, owner, contact, visibility,
  suitability, runs_per_year, minutes_per_run, saving_pct, maturity_level, levers, business_case, benefit_owner,
  figure_id, figure_unit_id, baseline, goal, version, created_by, created_at, updated_at`;

/** Personal initiatives are their creator's only. */
const VISIBLE = `(visibility <> 'personal' OR created_by = $1)`;

const iso = (d: Date | string) => new Date(d).toISOString();

function present(r: Row, actor: Actor): Omit<TInitiative, 'realised'> {
  return {
    id: r.id,
    title: r.title,
    summary: r.summary,
    description: r.description,
    area: r.area,
    kle: r.kle,
    unitIds: r.unit_ids,
    systems: r.systems,
    phase: r.phase,
    status: r.status,
    owner: r.owner,
    contact: r.contact,
    visibility: r.visibility,
    suitability: r.suitability,
    runsPerYear: r.runs_per_year,
    minutesPerRun: r.minutes_per_run,
    savingPct: r.saving_pct,
    maturityLevel: r.maturity_level,
    levers: r.levers,
    businessCase: r.business_case,
    benefitOwner: r.benefit_owner,
    figureId: r.figure_id,
    figureUnitId: r.figure_unit_id,
    baseline: r.baseline,
    goal: r.goal,
    version: r.version,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    mine: r.created_by !== null && r.created_by === actor.userId,
    hoursPerYear: hoursPerYear(r.runs_per_year, r.minutes_per_run, r.saving_pct),
    suitabilityScore: suitabilityScore(r.suitability),
    businessCaseSummary: summariseBusinessCase(r.business_case),
  };
}

function validate(body: TInitiativeBody): void {
  const problems = businessCaseProblems(body.businessCase).map((message) => ({
    path: 'businessCase',
    message,
  }));
  if (body.figureId && !figureById(body.figureId))
    problems.push({ path: 'figureId', message: `no key figure ${body.figureId}` });
  if (problems.length > 0)
    throw new AppError('request.invalid', problems.map((p) => p.message).join('; '), problems);
}

async function checkUnits(tx: TenantTx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx.sql.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM org_units WHERE id = ANY($1::uuid[])',
    [ids],
  );
  // Another municipality's unit is simply not found here (row-level security).
  if (Number(found.rows[0]?.n) !== new Set(ids).size) throw notFound('unit');
}

const params = (b: TInitiativeBody) => [
  b.title,
  b.summary,
  b.description,
  b.area,
  b.kle,
  b.unitIds,
  b.systems,
  b.phase,
  b.status,
  b.owner,
  b.contact,
  b.visibility,
  b.suitability,
  b.runsPerYear,
  b.minutesPerRun,
  b.savingPct,
  b.maturityLevel,
  JSON.stringify(b.levers),
  JSON.stringify(b.businessCase),
  b.benefitOwner,
  b.figureId,
  b.figureUnitId,
  b.baseline,
  b.goal,
];

async function insertInitiative(tx: TenantTx, actor: Actor, body: TInitiativeBody): Promise<Row> {
  return (
    await tx.sql.query<Row>(
      `INSERT INTO portfolio_initiatives (tenant_id, created_by, title, summary, description, area, kle, unit_ids, systems,
         phase, status, owner, contact, visibility, suitability, runs_per_year, minutes_per_run, saving_pct, maturity_level,
         levers, business_case, benefit_owner, figure_id, figure_unit_id, baseline, goal)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26)
       RETURNING ${COLUMNS}`,
      [tx.tenantId, actor.userId, ...params(body)],
    )
  ).rows[0]!;
}

export async function createInitiative(db: Db, actor: Actor, body: TInitiativeBody): Promise<TInitiative> {
  requirePermission(actor, 'portfolio.write');
  validate(body);
  const row = await withTenant(db, actor.tenantId, async (tx) => {
    await checkUnits(tx, [...body.unitIds, ...(body.figureUnitId ? [body.figureUnitId] : [])]);
    const r = await insertInitiative(tx, actor, body);
    await writeAudit(tx, actor, {
      action: 'portfolio.initiative.create',
      objectType: 'portfolio_initiative',
      objectId: r.id,
      details: { title: r.title, area: r.area, phase: r.phase },
    });
    return r;
  });
  return withRealised(db, actor, present(row, actor));
}

export async function updateInitiative(
  db: Db,
  actor: Actor,
  id: string,
  body: TInitiativeUpdate,
): Promise<TInitiative> {
  requirePermission(actor, 'portfolio.write');
  validate(body);
  const row = await withTenant(db, actor.tenantId, async (tx) => {
    const current = (
      await tx.sql.query<Row>(
        `SELECT ${COLUMNS} FROM portfolio_initiatives WHERE id = $2 AND ${VISIBLE} FOR UPDATE`,
        [actor.userId, id],
      )
    ).rows[0];
    if (!current) throw notFound();
    if (current.version !== body.version)
      throw new AppError(
        'conflict',
        'the initiative was changed by someone else; reload it and apply your change again',
      );
    await checkUnits(tx, [...body.unitIds, ...(body.figureUnitId ? [body.figureUnitId] : [])]);
    const r = (
      await tx.sql.query<Row>(
        `UPDATE portfolio_initiatives SET title = $2, summary = $3, description = $4, area = $5, kle = $6, unit_ids = $7,
           systems = $8, phase = $9, status = $10, owner = $11, contact = $12, visibility = $13, suitability = $14,
           runs_per_year = $15, minutes_per_run = $16, saving_pct = $17, maturity_level = $18, levers = $19,
           business_case = $20, benefit_owner = $21, figure_id = $22, figure_unit_id = $23, baseline = $24, goal = $25,
           version = version + 1, updated_at = now()
         WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, ...params(body)],
      )
    ).rows[0]!;
    await writeAudit(tx, actor, {
      action: 'portfolio.initiative.update',
      objectType: 'portfolio_initiative',
      objectId: id,
      details: {
        from: { phase: current.phase, status: current.status },
        to: { phase: r.phase, status: r.status },
      },
    });
    return r;
  });
  return withRealised(db, actor, present(row, actor));
}

async function withRealised(db: Db, actor: Actor, i: Omit<TInitiative, 'realised'>): Promise<TInitiative> {
  if (!i.figureId) return { ...i, realised: null };
  const months = await monthlyFigure(db, actor.tenantId, i.figureId, i.figureUnitId);
  if (!months) return { ...i, realised: null };
  const current = [...months].reverse().find((m) => m.value !== null)?.value ?? null;
  return { ...i, realised: { months, current, pct: realisedPct(i.baseline, i.goal, current) } };
}

export async function getInitiative(db: Db, actor: Actor, id: string): Promise<TInitiative> {
  requirePermission(actor, 'portfolio.read');
  const row = await withTenant(
    db,
    actor.tenantId,
    async (tx) =>
      (
        await tx.sql.query<Row>(`SELECT ${COLUMNS} FROM portfolio_initiatives WHERE id = $2 AND ${VISIBLE}`, [
          actor.userId,
          id,
        ])
      ).rows[0],
  );
  if (!row) throw notFound();
  return withRealised(db, actor, present(row, actor));
}

export async function listInitiatives(db: Db, actor: Actor, q: TInitiativeQuery) {
  requirePermission(actor, 'portfolio.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const where = `${VISIBLE} AND ($2::text IS NULL OR area = $2) AND ($3::text IS NULL OR phase = $3)
      AND ($4::text IS NULL OR title ILIKE $4 OR summary ILIKE $4 OR owner ILIKE $4)`;
    const like = q.q ? `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const args = [actor.userId, q.area ?? null, q.phase ?? null, like];
    const [rows, count] = await Promise.all([
      tx.sql.query<Row>(
        `SELECT ${COLUMNS} FROM portfolio_initiatives WHERE ${where} ORDER BY title LIMIT $5 OFFSET $6`,
        [...args, q.perPage, (q.page - 1) * q.perPage],
      ),
      tx.sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM portfolio_initiatives WHERE ${where}`,
        args,
      ),
    ]);
    return {
      data: rows.rows.map((r) => present(r, actor)),
      count: Number(count.rows[0]?.n ?? 0),
      page: q.page,
      perPage: q.perPage,
    };
  });
}

export async function addMaturity(
  db: Db,
  actor: Actor,
  body: { area: string; level: number; assessedOn: string; note: string },
): Promise<void> {
  requirePermission(actor, 'portfolio.write');
  await withTenant(db, actor.tenantId, async (tx) => {
    const row = (
      await tx.sql.query<{ id: string }>(
        'INSERT INTO portfolio_maturity (tenant_id, area, level, assessed_on, note, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
        [tx.tenantId, body.area, body.level, body.assessedOn, body.note, actor.userId],
      )
    ).rows[0]!;
    await writeAudit(tx, actor, {
      action: 'portfolio.maturity.assess',
      objectType: 'portfolio_maturity',
      objectId: row.id,
      details: { area: body.area, level: body.level, assessedOn: body.assessedOn },
    });
  });
}

/** The portfolio on the maturity map: per area the assessed level over time and the initiatives. */
export async function portfolioMap(db: Db, actor: Actor): Promise<TMap> {
  requirePermission(actor, 'portfolio.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const assessments = (
      await tx.sql.query<{ area: string; level: number; assessed_on: string }>(
        `SELECT area, level, to_char(assessed_on, 'YYYY-MM-DD') AS assessed_on FROM portfolio_maturity ORDER BY assessed_on, created_at`,
      )
    ).rows;
    const initiatives = (
      await tx.sql.query<{
        id: string;
        title: string;
        area: string;
        maturity_level: number | null;
        phase: TInitiative['phase'];
      }>(
        `SELECT id, title, area, maturity_level, phase FROM portfolio_initiatives WHERE ${VISIBLE} AND phase <> 'retired' ORDER BY title`,
        [actor.userId],
      )
    ).rows;
    return {
      areas: AREAS.map((area) => {
        const history = assessments
          .filter((a) => a.area === area)
          .map((a) => ({ level: a.level, assessedOn: a.assessed_on }));
        return {
          area,
          assessed: history.at(-1) ?? null,
          history,
          initiatives: initiatives
            .filter((i) => i.area === area)
            .map((i) => ({ id: i.id, title: i.title, maturityLevel: i.maturity_level, phase: i.phase })),
        };
      }),
    };
  });
}

export { insertInitiative };
