// Zod contracts of the roster API (request and response schemas).
import { z } from 'zod';
import { PERIOD_STATES } from './domain/lifecycle.js';

const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const ZClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const ZCode = z.string().regex(/^[A-Za-z0-9_-]{1,12}$/);

export const ZShiftType = z.object({
  id: ZCode,
  name: z.string().min(1).max(60),
  start: ZClock,
  end: ZClock,
  paidMinutes: z.number().int().min(1).max(1440),
  breakMinutes: z.number().int().min(0).max(240).default(0),
});
export const ZSkill = z.object({ id: ZCode, name: z.string().min(1).max(80) });
export const ZDemandLine = z.object({
  weekdays: z.array(z.number().int().min(1).max(7)).min(1),
  shift: ZCode,
  skill: ZCode.nullable(),
  min: z.number().int().min(0).max(500),
  preferred: z.number().int().min(0).max(500),
});
export const ZSpecialDay = z.object({
  date: ZDate,
  name: z.string().min(1).max(80),
  /** The weekday whose demand applies (7 = Sunday for public holidays). */
  followsWeekday: z.number().int().min(1).max(7),
});
export const ZAgreementSettings = z.object({
  restHours: z.number().min(8).max(24),
  maxConsecutiveDays: z.number().int().min(1).max(14),
  maxWeekends: z.number().int().min(0).max(53),
  noticeDays: z.number().int().min(0).max(120),
});
export const ZCostSettings = z.object({
  eveningPct: z.number().min(0).max(500),
  nightPct: z.number().min(0).max(500),
  saturdayPct: z.number().min(0).max(500),
  sundayHolidayPct: z.number().min(0).max(500),
  overtimePct: z.number().min(0).max(500),
  gradePay: z.record(z.string(), z.number().min(0).max(10_000)),
  payCodes: z.record(z.string(), z.string().min(1).max(20)),
});
export const ZUnitSetup = z.object({
  name: z.string().min(1).max(120),
  shiftTypes: z.array(ZShiftType).min(1).max(30),
  skills: z.array(ZSkill).max(30),
  demand: z.array(ZDemandLine).max(500),
  specialDays: z.array(ZSpecialDay).max(100),
  agreement: ZAgreementSettings,
  cost: ZCostSettings,
});
export type TUnitSetup = z.infer<typeof ZUnitSetup>;

export const ZIdParams = z.object({ id: z.string().uuid() });

export const ZUnitSummary = z.object({
  id: z.string(),
  orgUnitId: z.string(),
  name: z.string(),
  members: z.number(),
  version: z.number(),
});
export const ZUnitList = z.object({
  data: z.array(ZUnitSummary),
  count: z.number(),
  page: z.number(),
  perPage: z.number(),
});
export const ZMember = z.object({
  employeeId: z.string(),
  name: z.string(),
  weeklyMinutes: z.number(),
  skills: z.array(z.string()),
  grade: z.string(),
  hourlyPay: z.number().nullable(),
});
export const ZUnitDetail = z.object({
  unit: ZUnitSummary,
  setup: ZUnitSetup,
  members: z.array(ZMember),
});
export const ZSetupBody = z.object({ setup: ZUnitSetup, version: z.number().int() });

export const ZPeriod = z.object({
  id: z.string(),
  unitId: z.string(),
  startDate: z.string(),
  days: z.number(),
  endDate: z.string(),
  state: z.enum(PERIOD_STATES),
  wishDeadline: z.string().nullable(),
  budget: z.number().nullable(),
  version: z.number(),
  optimiseJobId: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishReason: z.string().nullable(),
});
export type TPeriod = z.infer<typeof ZPeriod>;
export const ZPeriodList = z.object({
  data: z.array(ZPeriod),
  count: z.number(),
  page: z.number(),
  perPage: z.number(),
});
export const ZCreatePeriod = z.object({
  startDate: ZDate,
  days: z.number().int().min(7).max(84),
  wishDeadline: ZDate.nullable().default(null),
  budget: z.number().min(0).nullable().default(null),
});
export const ZTransition = z.object({
  to: z.enum(PERIOD_STATES),
  version: z.number().int(),
  reason: z.string().max(1000).optional(),
});

export const ZViolation = z.object({
  employeeId: z.string().nullable(),
  date: z.string().nullable(),
  rule: z.string(),
  hard: z.boolean(),
  message: z.string(),
});
export const ZCoverageRow = z.object({
  date: z.string(),
  shift: z.string(),
  skill: z.string().nullable(),
  min: z.number(),
  preferred: z.number(),
  count: z.number(),
});
export const ZGridEmployee = z.object({
  id: z.string(),
  name: z.string(),
  grade: z.string(),
  skills: z.array(z.string()),
  normMinutes: z.number(),
  plannedMinutes: z.number(),
  cost: z.number(),
  cells: z.array(z.string().nullable()),
  wishes: z.array(z.object({ date: z.string(), shift: z.string().nullable(), want: z.boolean() })),
});
export const ZCost = z.object({
  total: z.number(),
  budget: z.number().nullable(),
  byCode: z.record(z.string(), z.number()),
  byDay: z.array(z.number()),
  byWeek: z.array(z.object({ week: z.string(), total: z.number() })),
});
export const ZUncovered = z.object({
  date: z.string(),
  shift: z.string(),
  skill: z.string().nullable(),
  missing: z.number(),
  reason: z.string(),
});
export const ZGrid = z.object({
  period: ZPeriod,
  unitName: z.string(),
  shiftTypes: z.array(ZShiftType),
  days: z.array(z.object({ date: z.string(), weekday: z.number(), holiday: z.string().nullable() })),
  employees: z.array(ZGridEmployee),
  coverage: z.array(ZCoverageRow),
  violations: z.array(ZViolation),
  uncovered: z.array(ZUncovered),
  cost: ZCost,
  noticeShortfallDays: z.number(),
});
export type TGrid = z.infer<typeof ZGrid>;

export const ZSetCell = z.object({
  employeeId: z.string().uuid(),
  date: ZDate,
  shift: ZCode.nullable(),
  version: z.number().int(),
  reason: z.string().max(500).optional(),
  consent: z.boolean().optional(),
});
export const ZCellResult = z.object({
  version: z.number(),
  violations: z.array(ZViolation),
  coverage: z.array(ZCoverageRow),
  cost: ZCost,
  employee: ZGridEmployee,
});
export const ZJobStarted = z.object({ jobId: z.string(), version: z.number() });

export const ZMyShift = z.object({
  periodId: z.string(),
  date: z.string(),
  shift: z.string(),
  name: z.string(),
  start: z.string(),
  end: z.string(),
  paidMinutes: z.number(),
});
export const ZMyRoster = z.object({
  employee: z.object({ id: z.string(), name: z.string() }).nullable(),
  shifts: z.array(ZMyShift),
  periods: z.array(
    z.object({
      id: z.string(),
      unitName: z.string(),
      startDate: z.string(),
      endDate: z.string(),
      state: z.string(),
      wishDeadline: z.string().nullable(),
      normMinutes: z.number(),
      plannedMinutes: z.number(),
      shiftTypes: z.array(ZShiftType),
      wishes: z.array(z.object({ date: z.string(), shift: z.string().nullable(), want: z.boolean() })),
    }),
  ),
  swaps: z.array(
    z.object({
      id: z.string(),
      date: z.string(),
      from: z.string(),
      to: z.string(),
      state: z.string(),
      mine: z.boolean(),
    }),
  ),
  colleagues: z.array(z.object({ id: z.string(), name: z.string() })),
});
export const ZWishBody = z.object({
  periodId: z.string().uuid(),
  date: ZDate,
  shift: ZCode.nullable(),
  want: z.boolean(),
});
/** A swap request as the planner and the employees see it. */
export const ZSwap = z.object({
  id: z.string(),
  date: z.string(),
  from: z.string(),
  to: z.string(),
  state: z.string(),
  mine: z.boolean(),
});
export type TSwap = z.infer<typeof ZSwap>;

export const ZSwapBody = z.object({
  periodId: z.string().uuid(),
  date: ZDate,
  toEmployeeId: z.string().uuid(),
});
export const ZOk = z.object({ ok: z.literal(true) });
