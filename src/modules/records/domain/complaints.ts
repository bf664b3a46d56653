// Complaints about a decision (OFL § 37) or about delay (OFL § 39), with their deadlines.
import { compareDates, type PlainDate } from '../../../platform/calendar/index.js';
import { appealBodyDecisionDue, complaintForwardDue, computeDeadlines } from './deadlines.js';

export type ComplaintKind = 'decision' | 'delay';

export interface ComplaintDeadlines {
  kind: ComplaintKind;
  received: PlainDate;
  /** Reconsider and, if the decision stands, forward to the appeal body by this day (OFL § 37, stk. 2). */
  forwardDue: PlainDate;
}

export function complaintDeadlines(kind: ComplaintKind, received: PlainDate): ComplaintDeadlines {
  return { kind, received, forwardDue: complaintForwardDue(received) };
}

/** When the appeal body is expected to decide, counted from the day it received the case (§ 37, stk. 3). */
export function expectedAppealDecision(forwardedOn: PlainDate): PlainDate {
  return appealBodyDecisionDue(forwardedOn);
}

/**
 * A delay complaint (OFL § 39) is possible once 14 working days have passed since receipt without a
 * decision. Returns a reason when it is not (yet) possible.
 */
export function delayComplaintAllowed(
  requestReceived: PlainDate,
  today: PlainDate,
  decided: boolean,
): { allowed: boolean; from: PlainDate } {
  const after = computeDeadlines('ofl', requestReceived).delayComplaintPossibleAfter!;
  return { allowed: !decided && compareDates(today, after) > 0, from: after };
}
