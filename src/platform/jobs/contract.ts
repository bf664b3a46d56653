// API contract of /api/jobs, shared by routes and the web client.
import { z } from 'zod';

export const ZJobState = z.enum(['queued', 'active', 'retry', 'completed', 'failed', 'cancelled']);

export const ZJob = z.object({
  id: z.uuid(),
  name: z.string(),
  state: ZJobState,
  attempt: z.number().int(),
  maxAttempts: z.number().int(),
  progress: z.object({ percent: z.number().int().min(0).max(100), message: z.string().nullable() }),
  result: z.unknown(),
  error: z.string().nullable(),
  createdBy: z.uuid().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type TJob = z.infer<typeof ZJob>;

export const ZJobList = z.object({ jobs: z.array(ZJob) });

export const ZJobQuery = z.strictObject({
  state: ZJobState.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const ZJobParams = z.strictObject({ id: z.uuid() });
