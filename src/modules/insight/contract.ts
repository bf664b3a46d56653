// API contracts of management information (shared by the routes and the web client).
import { z } from 'zod';

const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const ZBilingual = z.object({ da: z.string(), en: z.string() });

export const ZFigure = z.object({
  id: z.string(),
  module: z.string(),
  aggregation: z.enum(['count', 'sum', 'avg', 'pct']),
  better: z.enum(['higher', 'lower']),
  unit: ZBilingual,
  name: ZBilingual,
  definition: ZBilingual,
  events: z.array(z.string()),
});
export type TFigure = z.infer<typeof ZFigure>;
export const ZFigureList = z.object({ data: z.array(ZFigure) });

const ZViewFields = z.object({
  from: ZDay.optional(),
  to: ZDay.optional(),
  unitId: z.uuid().optional(),
});
const ordered = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;
const orderMessage = { message: 'from must not be after to', path: ['from'] };
export const ZViewQuery = ZViewFields.strict().refine(ordered, orderMessage);
export type TViewQuery = z.infer<typeof ZViewQuery>;
export const ZExportQuery = ZViewFields.extend({ lang: z.enum(['da', 'en']).default('da') })
  .strict()
  .refine(ordered, orderMessage);

const ZPeriod = z.object({ from: ZDay, to: ZDay });

export const ZFreshness = z.object({
  /** When the newest event applied happened, and when it was applied. */
  lastEventAt: z.string().nullable(),
  processedAt: z.string().nullable(),
  /** Time from that event to its being counted (ms). */
  lagMs: z.number().nullable(),
  /** Events that have happened but are not counted yet. */
  pending: z.number(),
});

export const ZTile = z.object({
  figure: z.string(),
  value: z.number().nullable(),
  previous: z.number().nullable(),
  target: z.number().nullable(),
  status: z.enum(['met', 'missed', 'none']),
  /** Each point of the series is a day, or (for periods over two months) a month starting on `day`. */
  granularity: z.enum(['day', 'month']),
  series: z.array(z.object({ day: ZDay, value: z.number().nullable() })),
});
export type TTile = z.infer<typeof ZTile>;

export const ZDashboard = z.object({
  period: ZPeriod,
  previous: ZPeriod,
  unit: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Units the viewer may drill into (their scope). */
  units: z.array(z.object({ id: z.string(), name: z.string(), parentId: z.string().nullable() })),
  freshness: ZFreshness,
  tiles: z.array(ZTile),
});
export type TDashboard = z.infer<typeof ZDashboard>;

export const ZFigureParams = z.object({ figure: z.string().max(100) }).strict();

export const ZBreakdown = z.object({
  figure: z.string(),
  period: ZPeriod,
  rows: z.array(
    z.object({
      unitId: z.string(),
      name: z.string(),
      value: z.number().nullable(),
      /** Whether the unit has units below it to drill into. */
      hasChildren: z.boolean(),
    }),
  ),
});
export type TBreakdown = z.infer<typeof ZBreakdown>;

export const ZItemsQuery = z
  .object({
    from: ZDay.optional(),
    to: ZDay.optional(),
    unitId: z.uuid().optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    perPage: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export const ZItemPage = z.object({
  data: z.array(
    z.object({
      day: ZDay,
      objectType: z.string(),
      objectId: z.string(),
      label: z.string(),
      value: z.number(),
    }),
  ),
  count: z.number(),
  page: z.number(),
  perPage: z.number(),
});
export type TItemPage = z.infer<typeof ZItemPage>;

export const ZTargetBody = z
  .object({
    figure: z.string().max(100),
    unitId: z.uuid().nullable(),
    /** null removes the target. */
    target: z.number().finite().min(-1e9).max(1e9).nullable(),
  })
  .strict();
export type TTargetBody = z.infer<typeof ZTargetBody>;
export const ZOk = z.object({ ok: z.literal(true) });
