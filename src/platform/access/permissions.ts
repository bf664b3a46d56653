// Roles → permissions, declared in this one place. Routes declare the permission they need
// (`config: { permission: 'org.read' }`), services check it with requirePermission(), and the web client
// receives the user's abilities (permission names) from GET /api/auth/me to hide what is not allowed.
// Modules add their permissions to PERMISSIONS and grant them to roles in ROLE_PERMISSIONS.

export const ROLES = [
  'administrator',
  'caseworker',
  'team_lead',
  'planner',
  'employee',
  'facility_manager',
  'caretaker',
  'leader',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  // platform
  'org.read',
  'org.write',
  'org.import',
  'users.manage',
  'audit.read',
  'jobs.read',
  'jobs.manage',
  'documents.read',
  'documents.write',
  // aktindsigt (records) and redaction
  'records.read',
  'records.write',
  'records.decide',
  'redaction.use',
  // detection
  'detection.use',
  // rosters
  'roster.read_own',
  'roster.read',
  'roster.plan',
  'roster.publish',
  // management information and the digitalisation portfolio
  'insight.read',
  'insight.manage',
  'portfolio.read',
  'portfolio.write',
  // facilities (buildings, work orders, maintenance plan, energy)
  'facilities.read',
  'facilities.manage',
  'facilities.work',
  'facilities.plan',
  'facilities.codes',
  // open building archive
  'archive.review',
  'archive.import',
  'archive.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

// Everyone may read the digitalisation portfolio (and so see and discuss the municipality's initiatives).
const everyone: Permission[] = ['org.read', 'roster.read_own', 'jobs.read', 'portfolio.read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  administrator: [...PERMISSIONS],
  caseworker: [
    ...everyone,
    'documents.read',
    'documents.write',
    'records.read',
    'records.write',
    'redaction.use',
    'detection.use',
    'archive.review',
    'archive.import',
  ],
  team_lead: [
    ...everyone,
    'documents.read',
    'records.read',
    'records.write',
    'records.decide',
    'redaction.use',
    'detection.use',
    'roster.read',
    'audit.read',
    'insight.read',
    'insight.manage',
    'portfolio.write',
    'archive.review',
    'archive.import',
    'archive.manage',
  ],
  planner: [...everyone, 'roster.read', 'roster.plan', 'roster.publish'],
  employee: [...everyone],
  // A leader (department head, director): management information and the portfolio for their units.
  leader: [...everyone, 'insight.read', 'insight.manage', 'portfolio.write'],
  facility_manager: [
    ...everyone,
    'facilities.read',
    'facilities.manage',
    'facilities.work',
    'facilities.plan',
  ],
  caretaker: [...everyone, 'facilities.read', 'facilities.work'],
};

export type RoleAssignment = { role: Role; unitId: string | null };

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

/** The union of permissions granted by a user's roles (in any unit). */
export function abilitiesOf(roles: readonly RoleAssignment[]): Permission[] {
  const set = new Set<Permission>();
  for (const { role } of roles) for (const p of ROLE_PERMISSIONS[role] ?? []) set.add(p);
  return PERMISSIONS.filter((p) => set.has(p));
}

/**
 * The units in which a permission applies: 'all' when a role granting it is tenant-wide (unitId null),
 * otherwise the unit ids it is granted in (callers expand to descendants with the unit tree).
 */
export function permissionScope(roles: readonly RoleAssignment[], permission: Permission): 'all' | string[] {
  const units: string[] = [];
  for (const r of roles) {
    if (!ROLE_PERMISSIONS[r.role]?.includes(permission)) continue;
    if (r.unitId === null) return 'all';
    units.push(r.unitId);
  }
  return units;
}
