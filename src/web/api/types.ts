// Shapes of the platform API as the web client uses them: type-only imports of the server's Zod contracts
// (erased at build time, so no server code reaches the browser bundle).
import type { TJob, TLanguage, TMe, TRoleAssignment } from './contracts.js';
export type {
  TAuditEntry as AuditEntry,
  TEmployee as Employee,
  TImportReport as ImportResult,
  TTask as Task,
  TUnit as OrgUnit,
  TUser as AdminUser,
} from './contracts.js';

export type Language = TLanguage;
export type Me = TMe;
export type RoleAssignment = TRoleAssignment;
export type Ability = TMe['abilities'][number];
export type RoleName = TRoleAssignment['role'];

export type TenantSummary = { slug: string; name: string };
export type AuthProvider = { id: string; label: string };
export type Severity = 'info' | 'warning' | 'danger';

export type Job = TJob;
export type JobState = TJob['state'];
