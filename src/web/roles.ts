// The roles the platform knows come from its contract; the UI shows translated names (roles.names.<role>).
export const KNOWN_ROLES = [
  'administrator',
  'caseworker',
  'team_lead',
  'planner',
  'employee',
  'facility_manager',
  'caretaker',
  'leader',
] as const;
