// Abilities (permission names from GET /api/auth/me) that the shell's own pages need. A page is shown when
// the user has any of the listed abilities.
import type { Ability } from './api/types.js';

export const ABILITIES = {
  admin: ['users.manage', 'org.write', 'org.import', 'audit.read'],
  users: ['users.manage'],
  units: ['org.write'],
  import: ['org.import'],
  audit: ['audit.read'],
  jobs: ['jobs.read'],
  jobsManage: ['jobs.manage'],
} as const satisfies Record<string, readonly Ability[]>;
