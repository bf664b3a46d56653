// Demo Kommune's portfolio: the four cases the KL catalogue showcases and Holbæk's management spot checks,
// written as this municipality's own initiatives, and three years of maturity assessments. The aktindsigt
// initiative is linked to the live processing-time figure, so its benefit is measured, not estimated.
import type { Db } from '../../platform/db/database.js';
import { withTenant } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/context.js';
import { ZInitiativeBody, type TInitiativeBody } from './contract.js';
import { insertInitiative } from './service.js';

const YEAR = new Date().getUTCFullYear();
const bc = (year: number, cost: number, gain: number) => ({
  year,
  costLow: Math.round(cost * 0.8),
  costLikely: cost,
  costHigh: Math.round(cost * 1.5),
  gainLow: Math.round(gain * 0.6),
  gainLikely: gain,
  gainHigh: Math.round(gain * 1.2),
});

export async function seedPortfolioDemo(
  db: Db,
  actor: Actor,
  units: { secretariat: string; care: string; property: string },
) {
  const initiatives: Partial<TInitiativeBody>[] = [
    {
      title: 'Aktindsigt på én arbejdsdag',
      summary:
        'Screening og overstregning af dokumenter med maskine, så borgeren får svar på én arbejdsdag (som Silkeborgs "Min Sag").',
      area: 'secretariat',
      kle: '00.01.10',
      phase: 'operation',
      owner: 'Borgerservice',
      systems: ['Rød Tråd'],
      unitIds: [units.secretariat],
      maturityLevel: 3,
      suitability: [4, 4, 4, 4, 3, 4, 5, 3, 5],
      runsPerYear: 800,
      minutesPerRun: 240,
      savingPct: 60,
      levers: {
        strategic_focus: 'En del af kommunens digitaliseringsstrategi 2026–2029.',
        goals_benefits: 'Mål: svar på én arbejdsdag. Måles løbende på sagsbehandlingstiden.',
        employee_involvement: 'Sagsbehandlerne har testet gennemgangsvisningen.',
      },
      businessCase: [
        bc(YEAR - 1, 450_000, 150_000),
        bc(YEAR, 120_000, 520_000),
        bc(YEAR + 1, 120_000, 650_000),
      ],
      benefitOwner: 'Leder af Borgerservice',
      figureId: 'records.working_days',
      baseline: 7,
      goal: 1,
    },
    {
      title: 'Vagtplan som ledelsesværktøj i ældreplejen',
      summary:
        'Optimeret vagtplan med løbende overblik over udgifter til vikarer og tillæg (som i Holstebro).',
      area: 'payroll_personnel',
      phase: 'implementation',
      owner: 'Ældreplejen',
      unitIds: [units.care],
      maturityLevel: 3,
      suitability: [4, 4, 3, 3, 2, 5, 4, 3, 4],
      runsPerYear: 52,
      minutesPerRun: 600,
      savingPct: 50,
      businessCase: [bc(YEAR, 600_000, 300_000), bc(YEAR + 1, 150_000, 900_000)],
      benefitOwner: 'Områdeleder, Ældreplejen',
    },
    {
      title: 'Ejendomsdrift med vedligeholdelsesplan og energiovervågning',
      summary:
        'Overblik over bygninger, tilstand, 10-årig vedligeholdelsesplan og energialarmer (som i Hillerød).',
      area: 'facilities',
      phase: 'specification',
      owner: 'Ejendomscenter',
      unitIds: [units.property],
      maturityLevel: 2,
      suitability: [3, 3, 4, 3, 3, 3, 3, 4, 4],
      businessCase: [bc(YEAR + 1, 800_000, 200_000), bc(YEAR + 2, 200_000, 1_100_000)],
    },
    {
      title: 'Åbent byggesagsarkiv',
      summary:
        'Byggesager offentliggjort med automatisk screening for personoplysninger (som Syddjurs\' "Åben Indsigt").',
      area: 'technical_environment',
      phase: 'pre_analysis',
      owner: 'Teknik og Miljø',
      maturityLevel: 2,
      suitability: [4, 2, 5, 4, 3, 5, 3, 2, 4],
      runsPerYear: 3_000,
      minutesPerRun: 45,
      savingPct: 70,
    },
    {
      title: 'Ledelsestilsyn med bilag',
      summary: 'Stikprøver af bilag og godkendelser udvalgt og fulgt op digitalt (som i Holbæk).',
      area: 'economy',
      phase: 'idea',
      owner: 'Økonomi',
      maturityLevel: 2,
      suitability: [5, 5, 4, 4, 4, 4, 4, 4, 3],
      runsPerYear: 1_200,
      minutesPerRun: 15,
      savingPct: 80,
    },
  ];
  const assessments: [string, number, number][] = [
    ['secretariat', 1, 3],
    ['secretariat', 2, 2],
    ['secretariat', 3, 0],
    ['payroll_personnel', 2, 2],
    ['payroll_personnel', 2, 0],
    ['facilities', 1, 1],
    ['economy', 2, 1],
    ['technical_environment', 1, 1],
    ['it', 2, 0],
  ];
  await withTenant(db, actor.tenantId, async (tx) => {
    for (const i of initiatives) await insertInitiative(tx, actor, ZInitiativeBody.parse(i));
    for (const [area, level, yearsBack] of assessments)
      await tx.sql.query(
        'INSERT INTO portfolio_maturity (tenant_id, area, level, assessed_on, note) VALUES ($1, $2, $3, $4, $5)',
        [tx.tenantId, area, level, `${YEAR - yearsBack}-01-15`, ''],
      );
  });
}
