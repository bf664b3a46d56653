// Work order rules: priorities with their service level (time to done), and which step may follow which.
// Pure functions; the services apply them inside a transaction and audit every step.

export const PRIORITIES = ['acute', 'high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Hours from creation to the due time per priority (the property department's SLA). */
export const SLA_HOURS: Record<Priority, number> = { acute: 4, high: 48, normal: 14 * 24, low: 60 * 24 };

export function dueAt(priority: Priority, from: Date, sla: Record<Priority, number> = SLA_HOURS): Date {
  return new Date(from.getTime() + sla[priority] * 3_600_000);
}

export const STATUSES = [
  'new',
  'assigned',
  'accepted',
  'rejected',
  'planned',
  'in_progress',
  'done',
  'cancelled',
] as const;
export type Status = (typeof STATUSES)[number];

export const STEPS = ['assign', 'accept', 'reject', 'plan', 'start', 'complete', 'cancel', 'reopen'] as const;
export type Step = (typeof STEPS)[number];

const FROM: Record<Step, readonly Status[]> = {
  assign: ['new', 'rejected', 'assigned'],
  accept: ['assigned'],
  reject: ['assigned'],
  plan: ['accepted', 'planned', 'in_progress'],
  start: ['accepted', 'planned'],
  complete: ['accepted', 'planned', 'in_progress'],
  cancel: ['new', 'assigned', 'accepted', 'rejected', 'planned', 'in_progress'],
  reopen: ['done', 'cancelled'],
};

const TO: Record<Step, Status> = {
  assign: 'assigned',
  accept: 'accepted',
  reject: 'rejected',
  plan: 'planned',
  start: 'in_progress',
  complete: 'done',
  cancel: 'cancelled',
  reopen: 'new',
};

/** The status after a step, or null when the step is not allowed from the current status. */
export function nextStatus(current: Status, step: Step): Status | null {
  return FROM[step].includes(current) ? TO[step] : null;
}

/** Steps a contractor may take through the link (no account): never assign, cancel or reopen. */
export const CONTRACTOR_STEPS: readonly Step[] = ['accept', 'reject', 'plan', 'start', 'complete'];

/** What the reporter of a fault sees: a coarse status without names or costs. */
export function reporterStatus(status: Status | null): 'received' | 'in_progress' | 'done' | 'closed' {
  if (status === null || status === 'new') return 'received';
  if (status === 'done') return 'done';
  if (status === 'cancelled') return 'closed';
  return 'in_progress';
}

export function onTime(dueAt: Date, completedAt: Date | null, now: Date): boolean | null {
  if (completedAt) return completedAt.getTime() <= dueAt.getTime();
  return now.getTime() > dueAt.getTime() ? false : null;
}
