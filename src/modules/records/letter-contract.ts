// API schemas of the letter editor (decision letter and fristbrev), shared by routes and the web client.
import { z } from 'zod';
import { STATUSES } from './domain/request.js';

const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const ZLetterKind = z.enum(['decision', 'fristbrev']);
export const ZLetterKindQuery = z.object({ kind: ZLetterKind.default('decision') });

/** Edited sections by key; null (or the generated text) goes back to the system's text. */
export const ZLetterTextBody = z.strictObject({
  kind: ZLetterKind,
  sections: z.record(z.string().max(40), z.string().max(20000).nullable()).default({}),
  fristbrev: z.strictObject({ reason: z.string().max(5000), expectedDecisionDate: ZDate }).optional(),
});
export type TLetterTextBody = z.infer<typeof ZLetterTextBody>;

export const ZLetterEditor = z.object({
  kind: ZLetterKind,
  caseNumber: z.string(),
  status: z.enum(STATUSES),
  title: z.string(),
  sections: z.array(
    z.object({
      key: z.string(),
      heading: z.string().nullable(),
      text: z.string(),
      generated: z.string(),
      edited: z.boolean(),
      stale: z.boolean(),
      required: z.boolean(),
    }),
  ),
  problems: z.array(z.object({ code: z.string(), da: z.string(), en: z.string() })),
  canSend: z.boolean(),
  grounds: z.array(
    z.object({
      basisKey: z.string(),
      citation: z.string(),
      documents: z.array(z.number().int()),
      considerations: z.string(),
      facts: z.string(),
    }),
  ),
  meroffentlighed: z.string().nullable(),
  meroffentlighedNeeded: z.boolean(),
  appealBody: z
    .object({ name: z.string(), contact: z.string().nullable(), timeLimit: z.string().nullable() })
    .nullable(),
  appealBodyNeeded: z.boolean(),
  fristbrev: z
    .object({
      reason: z.string(),
      expectedDecisionDate: ZDate,
      decisionDue: ZDate,
      extendedDecisionDue: ZDate.nullable(),
      sentOn: ZDate.nullable(),
    })
    .nullable(),
});
export type TLetterEditor = z.infer<typeof ZLetterEditor>;
