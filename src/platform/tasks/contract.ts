import { z } from 'zod';

export const ZTask = z.object({
  id: z.string(),
  module: z.string(),
  title: z.string(),
  detail: z.string().optional(),
  /** YYYY-MM-DD (a legal deadline is a calendar date in Europe/Copenhagen). */
  dueDate: z.string().optional(),
  url: z.string(),
  severity: z.enum(['info', 'warning', 'danger']),
});
export type TTask = z.infer<typeof ZTask>;

export const ZTaskList = z.object({ tasks: z.array(ZTask) });
