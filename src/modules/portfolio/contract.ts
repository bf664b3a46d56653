// API contracts of the digitalisation portfolio (shared by the routes and the web client).
import { z } from 'zod';
import { AREAS, LEVERS, PHASES, STATUSES, VISIBILITIES } from './domain/initiative.js';

const ZAnswer = z.number().int().min(1).max(5).nullable();
const ZMoney = z.number().finite().min(0).max(1e10);

export const ZBusinessCaseYear = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  costLow: ZMoney,
  costLikely: ZMoney,
  costHigh: ZMoney,
  gainLow: ZMoney,
  gainLikely: ZMoney,
  gainHigh: ZMoney,
});

export const ZInitiativeBody = z.strictObject({
  title: z.string().trim().min(1).max(200),
  summary: z.string().max(500).default(''),
  description: z.string().max(10_000).default(''),
  area: z.enum(AREAS),
  kle: z
    .string()
    .regex(/^\d{2}(\.\d{2}){0,2}$/, 'KLE number such as 00.01.10')
    .nullable()
    .default(null),
  unitIds: z.array(z.uuid()).max(50).default([]),
  systems: z.array(z.string().trim().min(1).max(100)).max(30).default([]),
  phase: z.enum(PHASES),
  status: z.enum(STATUSES).default('active'),
  owner: z.string().max(200).default(''),
  contact: z.string().max(320).default(''),
  visibility: z.enum(VISIBILITIES).default('municipality'),
  suitability: z.array(ZAnswer).max(9).default([]),
  runsPerYear: z.number().int().min(0).max(100_000_000).nullable().default(null),
  minutesPerRun: z.number().finite().min(0).max(100_000).nullable().default(null),
  savingPct: z.number().finite().min(0).max(100).nullable().default(null),
  maturityLevel: z.number().int().min(1).max(4).nullable().default(null),
  levers: z.partialRecord(z.enum(LEVERS), z.string().max(2000)).default({}),
  businessCase: z.array(ZBusinessCaseYear).max(30).default([]),
  benefitOwner: z.string().max(200).default(''),
  figureId: z.string().max(100).nullable().default(null),
  figureUnitId: z.uuid().nullable().default(null),
  baseline: z.number().finite().nullable().default(null),
  goal: z.number().finite().nullable().default(null),
});
export type TInitiativeBody = z.infer<typeof ZInitiativeBody>;

export const ZInitiativeUpdate = ZInitiativeBody.extend({ version: z.number().int().min(1) });
export type TInitiativeUpdate = z.infer<typeof ZInitiativeUpdate>;

const ZBusinessCaseSummary = z.object({
  years: z.array(
    z.object({
      year: z.number(),
      cost: z.number(),
      gain: z.number(),
      net: z.number(),
      cumulative: z.number(),
    }),
  ),
  totalCost: z.number(),
  totalGain: z.number(),
  net: z.number(),
  paybackYear: z.number().nullable(),
});

export const ZInitiative = ZInitiativeBody.extend({
  id: z.string(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  mine: z.boolean(),
  hoursPerYear: z.number().nullable(),
  suitabilityScore: z.number().nullable(),
  businessCaseSummary: ZBusinessCaseSummary,
  realised: z
    .object({
      /** The figure per month, oldest first (12 months up to this one). */
      months: z.array(z.object({ month: z.string(), value: z.number().nullable() })),
      current: z.number().nullable(),
      pct: z.number().nullable(),
    })
    .nullable(),
});
export type TInitiative = z.infer<typeof ZInitiative>;

export const ZInitiativeSummary = ZInitiative.pick({
  id: true,
  title: true,
  summary: true,
  area: true,
  phase: true,
  status: true,
  owner: true,
  visibility: true,
  maturityLevel: true,
  hoursPerYear: true,
  suitabilityScore: true,
});
export const ZInitiativePage = z.object({
  data: z.array(ZInitiativeSummary),
  count: z.number(),
  page: z.number(),
  perPage: z.number(),
});

export const ZInitiativeQuery = z.strictObject({
  q: z.string().max(200).optional(),
  area: z.enum(AREAS).optional(),
  phase: z.enum(PHASES).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  perPage: z.coerce.number().int().min(1).max(200).default(50),
});
export type TInitiativeQuery = z.infer<typeof ZInitiativeQuery>;

export const ZIdParams = z.strictObject({ id: z.uuid() });

export const ZMaturityBody = z.strictObject({
  area: z.enum(AREAS),
  level: z.number().int().min(1).max(4),
  assessedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  note: z.string().max(2000).default(''),
});

export const ZMap = z.object({
  /** Per area: the latest assessed maturity level and the initiatives per maturity level they serve. */
  areas: z.array(
    z.object({
      area: z.enum(AREAS),
      assessed: z.object({ level: z.number(), assessedOn: z.string() }).nullable(),
      history: z.array(z.object({ level: z.number(), assessedOn: z.string() })),
      initiatives: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          maturityLevel: z.number().nullable(),
          phase: z.enum(PHASES),
        }),
      ),
    }),
  ),
});
export type TMap = z.infer<typeof ZMap>;

export const ZImportBody = z.strictObject({
  csv: z.string().max(5_000_000),
  dryRun: z.boolean().default(true),
});
export const ZImportReport = z.object({
  dryRun: z.boolean(),
  created: z.number(),
  titles: z.array(z.string()),
  errors: z.array(z.object({ line: z.number(), message: z.string() })),
});
export const ZOk = z.object({ ok: z.literal(true) });
