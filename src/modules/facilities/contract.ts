// API schemas of the facilities module, shared by routes and the web client.
import { z } from 'zod';
import { METER_KINDS } from './domain/energy.js';
import { PRIORITIES, STATUSES, STEPS } from './domain/work-orders.js';

const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
export const ZIdParams = z.strictObject({ id: z.uuid() });
export const ZTokenParams = z.strictObject({ token: z.string().min(20).max(100) });
export const ZOk = z.object({ ok: z.literal(true) });

export const ZPageQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  perPage: z.coerce.number().int().min(1).max(200).default(50),
});
const envelope = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    count: z.number().int(),
    page: z.number().int(),
    perPage: z.number().int(),
  });

// ---- BBR codes ----------------------------------------------------------------------------------------
export const BBR_LISTS = [
  'use',
  'heating_installation',
  'heating_medium',
  'supplementary_heating',
  'wall_material',
  'roof_material',
] as const;
export const ZBbrCode = z.object({
  list: z.enum(BBR_LISTS),
  code: z.string(),
  label: z.string(),
  asbestos: z.boolean(),
  phasedOut: z.boolean(),
  source: z.string(),
});
export type TBbrCode = z.infer<typeof ZBbrCode>;
export const ZBbrCodeList = z.object({ codes: z.array(ZBbrCode) });
export const ZNewBbrCode = z.strictObject({
  list: z.enum(BBR_LISTS),
  code: z
    .string()
    .trim()
    .regex(/^\d{1,4}$/),
  label: z.string().trim().min(1).max(300),
  asbestos: z.boolean().default(false),
});

// ---- portfolio -----------------------------------------------------------------------------------------
export const ZAlert = z.object({
  kind: z.enum([
    'label_missing',
    'label_expired',
    'label_expiring',
    'asbestos',
    'base_load',
    'continuous_flow',
    'above_expectation',
  ]),
  buildingId: z.uuid(),
  buildingName: z.string(),
  detail: z.string().nullable(),
  meterId: z.uuid().nullable(),
});
export type TAlert = z.infer<typeof ZAlert>;
export const ZAlertList = z.object({ alerts: z.array(ZAlert) });

export const ZBuildingSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  propertyName: z.string(),
  useCode: z.string().nullable(),
  useLabel: z.string().nullable(),
  yearBuilt: z.number().int().nullable(),
  grossArea: z.number().nullable(),
  energyLabel: z.string().nullable(),
  condition: z.number().nullable(),
  openWorkOrders: z.number().int(),
  alerts: z.number().int(),
});
export const ZBuildingList = envelope(ZBuildingSummary);

const coded = z.object({ code: z.string(), label: z.string().nullable() }).nullable();
export const ZRoom = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  floor: z.string().nullable(),
  area: z.number().nullable(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  reportToken: z.string(),
});
export const ZPart = z.object({
  id: z.uuid(),
  fkCode: z.string(),
  name: z.string(),
  asbestos: z.boolean(),
  grade: z.number().int().nullable(),
  surveyedOn: ZDate.nullable(),
  action: z.string().nullable(),
  actionCost: z.number().nullable(),
  actionYear: z.number().int().nullable(),
});
export const ZBuildingDetail = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  property: z.object({ id: z.uuid(), code: z.string(), name: z.string(), address: z.string().nullable() }),
  use: coded,
  yearBuilt: z.number().int().nullable(),
  yearRebuilt: z.number().int().nullable(),
  grossArea: z.number().nullable(),
  heatedArea: z.number().nullable(),
  builtArea: z.number().nullable(),
  floorsCount: z.number().int().nullable(),
  heatingInstallation: coded,
  heatingMedium: coded,
  supplementaryHeating: coded,
  wallMaterial: coded,
  roofMaterial: coded,
  asbestos: z.array(z.enum(['wall', 'roof', 'noted'])),
  energyLabel: z.string().nullable(),
  energyLabelExpires: ZDate.nullable(),
  importance: z.number().int(),
  residents: z.number().int().nullable(),
  hotWaterShare: z.number(),
  condition: z.number().nullable(),
  rooms: z.array(ZRoom),
  parts: z.array(ZPart),
  alerts: z.array(ZAlert),
});
export type TBuildingDetail = z.infer<typeof ZBuildingDetail>;

export const ZImportBody = z.strictObject({
  csv: z.string().min(1).max(5_000_000),
  dryRun: z.boolean().default(true),
});
export const ZImportIssue = z.object({
  line: z.number().int(),
  code: z.string(),
  field: z.string().nullable(),
  detail: z.string().nullable(),
});
export const ZPortfolioImportReport = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  propertiesCreated: z.number().int(),
  buildingsCreated: z.number().int(),
  buildingsUpdated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(ZImportIssue),
  warnings: z.array(ZImportIssue),
});

// ---- surveys -------------------------------------------------------------------------------------------
export const ZSurveyItemInput = z.strictObject({
  fkCode: z.string().trim().max(10),
  grade: z.number().int().min(1).max(5),
  remark: z.string().max(2000).nullable().default(null),
  action: z.string().max(500).nullable().default(null),
  actionCost: z.number().min(0).max(1e9).nullable().default(null),
  actionYear: z.number().int().min(2000).max(2100).nullable().default(null),
  riskSafety: z.boolean().default(false),
  riskWater: z.boolean().default(false),
  riskEnergy: z.boolean().default(false),
});
export const ZSurveyBody = z.strictObject({
  surveyedOn: ZDate,
  surveyor: z.string().trim().min(1).max(200),
  note: z.string().max(5000).nullable().default(null),
  items: z.array(ZSurveyItemInput).min(1).max(200),
});
export type TSurveyBody = z.infer<typeof ZSurveyBody>;
export const ZSurveyCreated = z.object({ id: z.uuid(), items: z.number().int() });

// ---- work orders and fault reports ---------------------------------------------------------------------
export const ZPriority = z.enum(PRIORITIES);
export const ZWorkOrderSummary = z.object({
  id: z.uuid(),
  number: z.number().int(),
  title: z.string(),
  buildingId: z.uuid(),
  buildingName: z.string(),
  roomName: z.string().nullable(),
  priority: ZPriority,
  status: z.enum(STATUSES),
  dueAt: z.string(),
  overdue: z.boolean(),
  assigneeKind: z.enum(['crew', 'contractor']).nullable(),
  assigneeName: z.string().nullable(),
});
export const ZWorkOrderList = envelope(ZWorkOrderSummary);
export const ZWorkOrderQuery = ZPageQuery.extend({
  status: z.enum(['open', 'closed', 'all']).default('open'),
  buildingId: z.uuid().optional(),
});
export const ZWorkOrderEvent = z.object({
  at: z.string(),
  actor: z.string(),
  kind: z.string(),
  note: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export const ZPhoto = z.object({
  id: z.uuid(),
  mime: z.string(),
  size: z.number().int(),
  addedBy: z.string(),
});
export const ZWorkOrderDetail = ZWorkOrderSummary.extend({
  description: z.string(),
  partId: z.uuid().nullable(),
  partName: z.string().nullable(),
  roomId: z.uuid().nullable(),
  plannedOn: ZDate.nullable(),
  estimatedCost: z.number().nullable(),
  actualCost: z.number(),
  hours: z.number(),
  completedAt: z.string().nullable(),
  asbestosWarning: z.boolean(),
  events: z.array(ZWorkOrderEvent),
  photos: z.array(ZPhoto),
  faultReport: z.object({ id: z.uuid(), text: z.string(), reporterName: z.string().nullable() }).nullable(),
});
export type TWorkOrderDetail = z.infer<typeof ZWorkOrderDetail>;

export const ZCreateWorkOrder = z.strictObject({
  buildingId: z.uuid(),
  roomId: z.uuid().nullable().default(null),
  partId: z.uuid().nullable().default(null),
  faultReportId: z.uuid().nullable().default(null),
  title: z.string().trim().min(1).max(200),
  description: z.string().max(5000).default(''),
  priority: ZPriority,
  estimatedCost: z.number().min(0).max(1e9).nullable().default(null),
  /** Required when the part (or building) has asbestos: the planner has seen the warning. */
  asbestosAcknowledged: z.boolean().default(false),
});
export type TCreateWorkOrder = z.infer<typeof ZCreateWorkOrder>;
export const ZAssignBody = z.strictObject({
  kind: z.enum(['crew', 'contractor']),
  name: z.string().trim().min(1).max(200),
});
export const ZAssigned = z.object({ contractorToken: z.string().nullable() });
export const ZStepBody = z.strictObject({
  step: z.enum(STEPS).optional(),
  note: z.string().trim().max(5000).optional(),
  plannedOn: ZDate.optional(),
  hours: z.number().min(0).max(10_000).optional(),
  cost: z.number().min(0).max(1e9).optional(),
});
export type TStepBody = z.infer<typeof ZStepBody>;

export const ZFaultReport = z.object({
  id: z.uuid(),
  roomId: z.uuid(),
  roomName: z.string(),
  buildingId: z.uuid(),
  buildingName: z.string(),
  text: z.string(),
  reporterName: z.string().nullable(),
  reporterContact: z.string().nullable(),
  status: z.string(),
  workOrderId: z.uuid().nullable(),
  photos: z.number().int(),
  createdAt: z.string(),
});
export const ZFaultReportList = envelope(ZFaultReport);

// public (no login)
export const ZPublicRoom = z.object({ room: z.string(), building: z.string(), municipality: z.string() });
export const ZReportReceipt = z.object({
  statusToken: z.string(),
  message_da: z.string(),
  message_en: z.string(),
});
export const ZPublicReportStatus = z.object({
  room: z.string(),
  building: z.string(),
  text: z.string(),
  createdAt: z.string(),
  status: z.enum(['received', 'in_progress', 'done', 'closed']),
  plannedOn: ZDate.nullable(),
});
export const ZContractorView = z.object({
  number: z.number().int(),
  title: z.string(),
  description: z.string(),
  building: z.string(),
  address: z.string().nullable(),
  room: z.string().nullable(),
  priority: ZPriority,
  status: z.enum(STATUSES),
  dueAt: z.string(),
  plannedOn: ZDate.nullable(),
  asbestosWarning: z.boolean(),
  reportText: z.string().nullable(),
  events: z.array(ZWorkOrderEvent),
  photos: z.number().int(),
});

// ---- energy --------------------------------------------------------------------------------------------
export const ZMeter = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: z.enum(METER_KINDS),
  unit: z.enum(['kWh', 'MWh', 'm3']),
  parentId: z.uuid().nullable(),
});
export const ZEnergyYear = z.object({
  year: z.number().int(),
  heatKwh: z.number(),
  heatKwhCorrected: z.number().nullable(),
  electricityKwh: z.number(),
  waterM3: z.number(),
  kwhPerM2: z.number().nullable(),
  kwhPerM2Corrected: z.number().nullable(),
  target: z.number(),
  light: z.enum(['green', 'yellow', 'red']).nullable(),
});
export const ZSeriesPoint = z.object({ x: z.string(), y: z.number(), expected: z.number().nullable() });
export const ZEnergyAlert = z.object({
  kind: z.enum(['base_load', 'continuous_flow', 'above_expectation']),
  meterId: z.uuid(),
  meterCode: z.string(),
  since: z.string(),
  ratio: z.number(),
  baseline: z.number(),
  recent: z.number(),
  series: z.array(ZSeriesPoint),
});
export type TEnergyAlert = z.infer<typeof ZEnergyAlert>;
export const ZBuildingEnergy = z.object({
  buildingId: z.uuid(),
  heatedArea: z.number().nullable(),
  meters: z.array(ZMeter),
  years: z.array(ZEnergyYear),
  monthly: z.array(
    z.object({ month: z.string(), heat: z.number(), electricity: z.number(), water: z.number() }),
  ),
  alerts: z.array(ZEnergyAlert),
});
export type TBuildingEnergy = z.infer<typeof ZBuildingEnergy>;
export const ZReadingsImportReport = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  accepted: z.number().int(),
  inserted: z.number().int(),
  alreadyStored: z.number().int(),
  duplicatesInFile: z.number().int(),
  errors: z.array(
    z.object({
      line: z.number().int(),
      code: z.string(),
      meter: z.string().nullable(),
      detail: z.string().nullable(),
    }),
  ),
  warnings: z.array(
    z.object({
      line: z.number().int(),
      code: z.string(),
      meter: z.string().nullable(),
      detail: z.string().nullable(),
    }),
  ),
  gaps: z.array(z.object({ meter: z.string(), from: z.string(), to: z.string(), missing: z.number().int() })),
});

// ---- plan ----------------------------------------------------------------------------------------------
export const ZPlanBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  firstYear: z.number().int().min(2000).max(2100),
  budgets: z.array(z.number().min(0).max(1e11)).length(10),
});
export const ZPlanSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  firstYear: z.number().int(),
  budgets: z.array(z.number()),
  status: z.string(),
  jobId: z.string().nullable(),
  createdAt: z.string(),
});
export const ZPlanList = z.object({ plans: z.array(ZPlanSummary) });
const ZPlanRun = z.object({
  objective: z.number(),
  spent: z.array(z.number()),
  condition: z.array(z.number()),
  meanCondition: z.number(),
  chosen: z.number().int(),
});
export const ZPlanResult = z.object({
  status: z.string(),
  seconds: z.number(),
  gap: z.number().nullable(),
  impossible: z.array(z.string()),
  plan: ZPlanRun,
  greedy: ZPlanRun,
  cut10: ZPlanRun.nullable(),
  actions: z.array(
    z.object({
      id: z.uuid(),
      building: z.string(),
      part: z.string(),
      action: z.string(),
      cost: z.number(),
      grade: z.number().int(),
      recommendedYear: z.number().int(),
      year: z.number().int().nullable(),
      mustDo: z.boolean(),
    }),
  ),
});
export type TPlanResult = z.infer<typeof ZPlanResult>;
export const ZPlanDetail = ZPlanSummary.extend({ result: ZPlanResult.nullable() });
export const ZPlanLockBody = z.strictObject({
  mustDo: z.boolean().optional(),
  notBefore: z.number().int().min(2000).max(2100).nullable().optional(),
});

// ---- key figures ---------------------------------------------------------------------------------------
export const ZKeyFigures = z.object({
  buildingId: z.uuid().nullable(),
  name: z.string(),
  grossArea: z.number(),
  m2PerResident: z.number().nullable(),
  maintenanceSpendPerM2: z.number().nullable(),
  condition: z.number().nullable(),
  backlog: z.number(),
  kwhPerM2Corrected: z.number().nullable(),
  workOrdersOnTime: z.number().nullable(),
});
export const ZKeyFigureList = z.object({ portfolio: ZKeyFigures, buildings: z.array(ZKeyFigures) });
