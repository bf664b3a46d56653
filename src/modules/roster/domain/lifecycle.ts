// The period's life: draft → wishes open → optimise → edit → approve → publish → actuals → closed.
// `optimising` is the state while the background job runs; the planner may go back from approved to editing.
export const PERIOD_STATES = [
  'draft',
  'wishes_open',
  'optimising',
  'editing',
  'approved',
  'published',
  'actuals',
  'closed',
] as const;
export type PeriodState = (typeof PERIOD_STATES)[number];

const NEXT: Record<PeriodState, readonly PeriodState[]> = {
  draft: ['wishes_open', 'optimising', 'editing'],
  wishes_open: ['optimising', 'editing'],
  optimising: ['editing'],
  editing: ['optimising', 'approved'],
  approved: ['editing', 'published'],
  published: ['actuals'],
  actuals: ['closed'],
  closed: [],
};

export function canMove(from: PeriodState, to: PeriodState): boolean {
  return NEXT[from].includes(to);
}

/** States in which the planner may change cells freely (before publication). */
export const EDITABLE: readonly PeriodState[] = ['draft', 'wishes_open', 'editing'];
/** States in which a change is a change after publication (who, when, why, consent). */
export const AFTER_PUBLICATION: readonly PeriodState[] = ['published', 'actuals'];

/** The agreement's notice: a roster should be published at least 4 weeks before the period starts. */
export const NOTICE_DAYS = 28;

export function noticeShortfall(today: string, periodStart: string, noticeDays = NOTICE_DAYS): number {
  const days = Math.round(
    (Date.parse(`${periodStart}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  );
  return Math.max(0, noticeDays - days);
}
