import { z } from 'zod';
import { ZLanguage, ZRoleAssignment } from '../auth/contract.js';

export const ZUser = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  language: ZLanguage,
  active: z.boolean(),
  locked: z.boolean(),
  employeeId: z.uuid().nullable(),
  lastLoginAt: z.string().nullable(),
  roles: z.array(ZRoleAssignment),
});
export type TUser = z.infer<typeof ZUser>;

export const ZUserList = z.object({ users: z.array(ZUser) });

export const ZCreateUser = z.strictObject({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(200),
  language: ZLanguage.default('da'),
  employeeId: z.uuid().nullable().optional(),
  /** Omit to get a generated temporary password in the response. */
  password: z.string().min(10).max(1024).optional(),
  roles: z.array(ZRoleAssignment).max(50).default([]),
});
export type TCreateUser = z.infer<typeof ZCreateUser>;

export const ZUpdateUser = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  language: ZLanguage.optional(),
  active: z.boolean().optional(),
  employeeId: z.uuid().nullable().optional(),
});
export type TUpdateUser = z.infer<typeof ZUpdateUser>;

export const ZUserWithPassword = z.object({ user: ZUser, temporaryPassword: z.string().optional() });
export const ZTemporaryPassword = z.object({ temporaryPassword: z.string() });
export const ZRolesBody = z.array(ZRoleAssignment).max(50);
export const ZIdParams = z.strictObject({ id: z.uuid() });
