// API contract of organisation master data: units (a tree, delivered flat with parentId) and employees.
import { z } from 'zod';

export const ZUnit = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  code: z.string(),
  name: z.string(),
});
export type TUnit = z.infer<typeof ZUnit>;
export const ZUnitList = z.object({ units: z.array(ZUnit) });

const code = z.string().trim().min(1).max(64);
const name = z.string().trim().min(1).max(200);

export const ZCreateUnit = z.strictObject({ code, name, parentId: z.uuid().nullable().default(null) });
export type TCreateUnit = z.infer<typeof ZCreateUnit>;
export const ZUpdateUnit = z.strictObject({
  code: code.optional(),
  name: name.optional(),
  parentId: z.uuid().nullable().optional(),
});
export type TUpdateUnit = z.infer<typeof ZUpdateUnit>;

export const ZEmployee = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  employeeNo: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  email: z.string().nullable(),
  title: z.string().nullable(),
  active: z.boolean(),
});
export type TEmployee = z.infer<typeof ZEmployee>;

export const ZEmployeeQuery = z.strictObject({
  unitId: z.uuid().optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type TEmployeeQuery = z.infer<typeof ZEmployeeQuery>;
export const ZEmployeePage = z.object({ employees: z.array(ZEmployee), total: z.number() });

export const ZCreateEmployee = z.strictObject({
  unitId: z.uuid(),
  employeeNo: code,
  givenName: name,
  familyName: name,
  email: z.email().max(254).nullable().default(null),
  title: z.string().trim().max(200).nullable().default(null),
});
export type TCreateEmployee = z.infer<typeof ZCreateEmployee>;
export const ZUpdateEmployee = z.strictObject({
  unitId: z.uuid().optional(),
  givenName: name.optional(),
  familyName: name.optional(),
  email: z.email().max(254).nullable().optional(),
  title: z.string().trim().max(200).nullable().optional(),
  active: z.boolean().optional(),
});
export type TUpdateEmployee = z.infer<typeof ZUpdateEmployee>;

export const ZIdParams = z.strictObject({ id: z.uuid() });

export const ZImportBody = z.strictObject({
  kind: z.enum(['units', 'employees']),
  /** units: code,name,parent_code — employees: employee_no,given_name,family_name,email,title,unit_code. ',' or ';'. */
  csv: z.string().max(5_000_000),
  dryRun: z.boolean().default(true),
});
export type TImportBody = z.infer<typeof ZImportBody>;

export const ZImportRow = z.object({
  line: z.number(),
  key: z.string(),
  /** The unit's or person's name as it will be written (so a dry run shows "Søren", or the damage). */
  name: z.string().nullable(),
  action: z.enum(['create', 'update', 'unchanged', 'error']),
  changes: z.array(z.string()),
});
export const ZImportError = z.object({ line: z.number(), message: z.string(), message_en: z.string() });
export const ZImportReport = z.object({
  dryRun: z.boolean(),
  /** False when nothing was written: a dry run, or errors (an import with errors writes nothing). */
  applied: z.boolean(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  errors: z.array(ZImportError),
  rows: z.array(ZImportRow),
});
export type TImportReport = z.infer<typeof ZImportReport>;
export type TImportRow = z.infer<typeof ZImportRow>;
