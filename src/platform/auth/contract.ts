// API contract of login, logout and the current user. Shared by routes and the web client.
import { z } from 'zod';
import { PERMISSIONS, ROLES } from '../access/permissions.js';

export const ZLanguage = z.enum(['da', 'en']);

export const ZLoginBody = z.strictObject({
  tenant: z.string().min(1).max(63),
  email: z.string().min(3).max(254),
  password: z.string().min(1).max(1024),
});
export type TLoginBody = z.infer<typeof ZLoginBody>;

export const ZSessionUser = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  language: ZLanguage,
});
export type TSessionUser = z.infer<typeof ZSessionUser>;

export const ZLoginResponse = z.object({ user: ZSessionUser, csrfToken: z.string() });

export const ZRoleAssignment = z.strictObject({ role: z.enum(ROLES), unitId: z.uuid().nullable() });
export type TRoleAssignment = z.infer<typeof ZRoleAssignment>;

export const ZMe = z.object({
  user: ZSessionUser,
  tenant: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
  roles: z.array(ZRoleAssignment),
  abilities: z.array(z.enum(PERMISSIONS)),
  csrfToken: z.string(),
});
export type TMe = z.infer<typeof ZMe>;

export const ZPatchMe = z.strictObject({ language: ZLanguage });

export const ZChangePassword = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(10).max(1024),
});

export const ZPublicTenants = z.array(z.object({ slug: z.string(), name: z.string() }));

export const ZOk = z.object({ ok: z.literal(true) });

export const ZForgotPassword = z.strictObject({
  tenant: z.string().min(1).max(63),
  email: z.string().trim().min(3).max(254),
});

export const ZResetPassword = z.strictObject({
  token: z.string().min(20).max(200),
  newPassword: z.string().min(10).max(1024),
});
