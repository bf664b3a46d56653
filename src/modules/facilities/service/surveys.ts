// Building surveys (bygningssyn): a grade per building part (Forvaltnings Klassifikation) with remarks and a
// recommended action. Parts are created on first survey; an unknown part code rejects the whole survey.
import { writeAudit } from '../../../platform/audit/log.js';
import { withTenant, type Db } from '../../../platform/db/database.js';
import { appendEvent } from '../../../platform/events/events.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import type { TSurveyBody } from '../contract.js';
import { FK_PARTS, isFkCode } from '../domain/parts.js';

export async function createSurvey(
  db: Db,
  actor: Actor,
  buildingId: string,
  body: TSurveyBody,
): Promise<{ id: string; items: number }> {
  requirePermission(actor, 'facilities.manage');
  const unknown = body.items.flatMap((item, i) =>
    isFkCode(item.fkCode)
      ? []
      : [{ path: `items.${i}.fkCode`, message: `unknown building part ${item.fkCode}` }],
  );
  if (unknown.length > 0)
    throw new AppError(
      'facilities.unknown_part',
      `${unknown.length} unknown building part code(s)`,
      unknown,
      {
        status: 400,
        da: `Ukendt bygningsdel (Forvaltnings Klassifikation): ${unknown.map((u) => u.message.split(' ').pop()).join(', ')}. Intet er gemt.`,
        en: `Unknown building part (Forvaltnings Klassifikation): ${unknown.map((u) => u.message.split(' ').pop()).join(', ')}. Nothing was saved.`,
      },
    );
  const codes = body.items.map((i) => i.fkCode);
  if (new Set(codes).size !== codes.length)
    throw new AppError('facilities.part_twice', 'a building part is graded twice', undefined, {
      status: 400,
      da: 'En bygningsdel er bedømt to gange i samme syn.',
      en: 'A building part is graded twice in the same survey.',
    });
  return withTenant(db, actor.tenantId, async (tx) => {
    if ((await tx.sql.query('SELECT 1 FROM fm_buildings WHERE id = $1', [buildingId])).rows.length === 0)
      throw notFound();
    const surveyId = (
      await tx.sql.query<{ id: string }>(
        'INSERT INTO fm_surveys (tenant_id, building_id, surveyed_on, surveyor, note) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [tx.tenantId, buildingId, body.surveyedOn, body.surveyor, body.note],
      )
    ).rows[0]!.id;
    for (const item of body.items) {
      const partId = (
        await tx.sql.query<{ id: string }>(
          `INSERT INTO fm_building_parts (tenant_id, building_id, fk_code, name) VALUES ($1, $2, $3, $4)
           ON CONFLICT (tenant_id, building_id, fk_code) DO UPDATE SET name = fm_building_parts.name RETURNING id`,
          [tx.tenantId, buildingId, item.fkCode, FK_PARTS[item.fkCode]!.da],
        )
      ).rows[0]!.id;
      await tx.sql.query(
        `INSERT INTO fm_survey_items (tenant_id, survey_id, part_id, grade, remark, action, action_cost, action_year,
           risk_safety, risk_water, risk_energy) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          tx.tenantId,
          surveyId,
          partId,
          item.grade,
          item.remark,
          item.action,
          item.actionCost,
          item.actionYear,
          item.riskSafety,
          item.riskWater,
          item.riskEnergy,
        ],
      );
    }
    await writeAudit(tx, actor, {
      action: 'facilities.survey.create',
      objectType: 'fm_survey',
      objectId: surveyId,
      details: { buildingId, items: body.items.length },
    });
    await appendEvent(tx, actor, {
      type: 'facilities.survey.recorded',
      objectType: 'fm_survey',
      objectId: surveyId,
      payload: { buildingId, grades: body.items.map((i) => ({ fkCode: i.fkCode, grade: i.grade })) },
    });
    return { id: surveyId, items: body.items.length };
  });
}
