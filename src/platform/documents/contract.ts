// API contract of /api/documents, shared by routes and the web client.
import { z } from 'zod';

export const ZDocument = z.object({
  id: z.uuid(),
  filename: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.uuid().nullable(),
  createdAt: z.string(),
});
export type TDocument = z.infer<typeof ZDocument>;

export const ZDocumentParams = z.strictObject({ id: z.uuid() });
