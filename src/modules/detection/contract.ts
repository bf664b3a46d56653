// Zod schemas of the detection API (input, spans, findings), shared by the CLI and the HTTP route.
import { z } from 'zod';

export const CaseTypeSchema = z.enum(['citizen', 'building', 'publication']);

export const DetectInputSchema = z.object({
  text: z.string(),
  case_type: CaseTypeSchema.optional(),
  parties: z.array(z.string()).optional(),
  staff: z.array(z.string()).optional(),
  keep: z.array(z.string()).optional(),
});

export const DetectSpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  label: z.string(),
  confidence: z.number().min(0).max(1),
  explanation: z.string(),
  legalBasis: z.string(),
  text: z.string(),
});

export const FindingSchema = DetectSpanSchema.extend({
  redact: z.boolean(),
  decision: z.string(),
});

export const DetectResultSchema = z.object({
  spans: z.array(DetectSpanSchema),
  findings: z.array(FindingSchema),
});

/**
 * One line of `rodtrad detect` input: the API input plus an id (echoed back unchanged). Lenient about null in
 * optional fields, which some exporters write instead of leaving the field out; unknown fields are ignored.
 */
export const DetectLineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  case_type: CaseTypeSchema.nullish().transform((v) => v ?? undefined),
  parties: z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? undefined),
  staff: z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? undefined),
  keep: z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? undefined),
});

export type TDetectInputParsed = z.infer<typeof DetectInputSchema>;
