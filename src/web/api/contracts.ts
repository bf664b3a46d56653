// The only place the web client refers to server contracts (type-only; see docs/modules/web.md).
import type { z } from 'zod';
import type { ZLanguage, ZMe, ZRoleAssignment } from '../../platform/auth/contract.js';

export type TLanguage = z.infer<typeof ZLanguage>;
export type TMe = z.infer<typeof ZMe>;
export type TRoleAssignment = z.infer<typeof ZRoleAssignment>;
export type { TUser } from '../../platform/users/contract.js';
export type { TTask } from '../../platform/tasks/contract.js';
export type { TAuditEntry } from '../../platform/audit/contract.js';
export type { TJob } from '../../platform/jobs/contract.js';
export type { TUnit, TEmployee, TImportReport } from '../../modules/org/contract.js';
