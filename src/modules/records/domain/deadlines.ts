// Legal deadlines of an aktindsigt request (pure). Sources, as summarised in docs/domain.md:
// - OFL §36 stk. 2 and FVL party access: decide within 7 working days after receipt; otherwise tell the
//   requester the reason and the expected date (fristbrev) before those 7 working days run out.
// - MOL: within one month after receipt, two months when the request is large or complex; the requester is
//   told within the first month when the longer period is used.
// - OFL §37 stk. 2: a complaint upheld by the authority is forwarded within 7 working days of its receipt;
//   §37 stk. 3: the appeal body decides within 20 working days.
// - OFL §39: a complaint about delay is possible once 14 working days have passed without a decision.
import {
  addMonthsClamped,
  addWorkingDays,
  compareDates,
  holidayOn,
  addDays,
  workingDaysBetween,
  type PlainDate,
} from '../../../platform/calendar/index.js';

export const LAWS = ['ofl', 'fvl', 'mol'] as const;
export type Law = (typeof LAWS)[number];

export const LAW_NAMES: Record<Law, { da: string; en: string; short: string }> = {
  ofl: { da: 'offentlighedsloven', en: 'Access to Public Administration Files Act', short: 'OFL' },
  fvl: {
    da: 'forvaltningsloven (partsaktindsigt)',
    en: 'Public Administration Act (party access)',
    short: 'FVL',
  },
  mol: { da: 'miljøoplysningsloven', en: 'Environmental Information Act', short: 'MOL' },
};

export const DECISION_WORKING_DAYS = 7;
export const FRISTBREV_REMINDER_WORKING_DAYS = 5;
export const DELAY_COMPLAINT_WORKING_DAYS = 14;
export const COMPLAINT_FORWARD_WORKING_DAYS = 7;
export const APPEAL_BODY_WORKING_DAYS = 20;

export interface DeadlineOptions {
  /** MOL only: the request is large or complex, so two months apply. */
  largeOrComplex?: boolean;
}

export interface LawDeadlines {
  law: Law;
  received: PlainDate;
  /** The legal basis of the decision deadline, e.g. "OFL § 36, stk. 2". */
  basis: string;
  /** The day by which the decision must be made (the ordinary deadline). */
  decisionDue: PlainDate;
  /** Working days in the ordinary deadline (OFL/FVL); null for MOL, which counts calendar months. */
  workingDays: number | null;
  /** Last day on which a fristbrev (reason + expected date) can be sent if the decision will be late. */
  fristbrevDue: PlainDate;
  /** The day the system starts prompting for a fristbrev when no decision has been made. */
  fristbrevReminder: PlainDate;
  /** MOL: the outer limit for large or complex requests (two months); null otherwise. */
  extendedDecisionDue: PlainDate | null;
  /** OFL §39: a delay complaint is possible once this working day has passed without a decision. */
  delayComplaintPossibleAfter: PlainDate | null;
  /** Holidays (not weekends) that fell inside the counted period, for explanation. */
  holidaysInPeriod: { date: PlainDate; name: string }[];
}

function holidaysBetween(from: PlainDate, to: PlainDate): { date: PlainDate; name: string }[] {
  const result: { date: PlainDate; name: string }[] = [];
  for (let d = addDays(from, 1); compareDates(d, to) <= 0; d = addDays(d, 1)) {
    const h = holidayOn(d);
    if (h) result.push({ date: d, name: h.name });
  }
  return result;
}

/** Deadlines of a request received on `received` (the calendar day in Europe/Copenhagen) under `law`. */
export function computeDeadlines(law: Law, received: PlainDate, options: DeadlineOptions = {}): LawDeadlines {
  if (law === 'mol') {
    const oneMonth = addMonthsClamped(received, 1);
    const twoMonths = addMonthsClamped(received, 2);
    const decisionDue = options.largeOrComplex ? twoMonths : oneMonth;
    return {
      law,
      received,
      basis: 'Miljøoplysningsloven § 4, stk. 3',
      decisionDue,
      workingDays: null,
      fristbrevDue: oneMonth,
      fristbrevReminder: addDays(oneMonth, -7),
      extendedDecisionDue: twoMonths,
      delayComplaintPossibleAfter: null,
      holidaysInPeriod: holidaysBetween(received, decisionDue),
    };
  }
  const decisionDue = addWorkingDays(received, DECISION_WORKING_DAYS);
  return {
    law,
    received,
    basis:
      law === 'ofl'
        ? 'Offentlighedsloven § 36, stk. 2'
        : 'Forvaltningsloven (partsaktindsigt): 7 arbejdsdage som efter offentlighedslovens § 36, stk. 2',
    decisionDue,
    workingDays: DECISION_WORKING_DAYS,
    fristbrevDue: decisionDue,
    fristbrevReminder: addWorkingDays(received, FRISTBREV_REMINDER_WORKING_DAYS),
    extendedDecisionDue: null,
    delayComplaintPossibleAfter:
      law === 'ofl' ? addWorkingDays(received, DELAY_COMPLAINT_WORKING_DAYS) : null,
    holidaysInPeriod: holidaysBetween(received, decisionDue),
  };
}

export interface CombinedDeadlines {
  /** The law whose deadline governs (the earliest decision date: most favourable to the requester). */
  governingLaw: Law;
  governing: LawDeadlines;
  perLaw: LawDeadlines[];
}

/**
 * When several laws apply the request is handled under the most favourable one; for time limits that is
 * the shortest. Ties prefer OFL (which also gives the §39 delay complaint), then FVL.
 */
export function combinedDeadlines(
  laws: readonly Law[],
  received: PlainDate,
  options: DeadlineOptions = {},
): CombinedDeadlines {
  const unique = LAWS.filter((l) => laws.includes(l));
  if (unique.length === 0) throw new RangeError('at least one law must apply to a request');
  const perLaw = unique.map((law) => computeDeadlines(law, received, options));
  let governing = perLaw[0]!;
  for (const d of perLaw.slice(1)) {
    if (compareDates(d.decisionDue, governing.decisionDue) < 0) governing = d;
  }
  return { governingLaw: governing.law, governing, perLaw };
}

/** OFL §37 stk. 2: the day by which an upheld complaint must be forwarded to the appeal body. */
export function complaintForwardDue(complaintReceived: PlainDate): PlainDate {
  return addWorkingDays(complaintReceived, COMPLAINT_FORWARD_WORKING_DAYS);
}

/** OFL §37 stk. 3: when the appeal body should have decided, counted from its receipt of the complaint. */
export function appealBodyDecisionDue(forwardedOn: PlainDate): PlainDate {
  return addWorkingDays(forwardedOn, APPEAL_BODY_WORKING_DAYS);
}

/** Working days used from receipt to decision (the receipt day does not count). */
export function workingDaysUsed(received: PlainDate, decidedOn: PlainDate): number {
  return workingDaysBetween(received, decidedOn);
}

export type DeadlineStatus = 'done' | 'ok' | 'fristbrev_needed' | 'due_today' | 'overdue' | 'extended';

export interface DeadlineState {
  decided: boolean;
  fristbrevSent: boolean;
  /** The date promised in a fristbrev; when set and sent it replaces the ordinary deadline. */
  expectedDecisionDate?: PlainDate | null;
}

/** Where a request stands against its deadlines on `today`. */
export function deadlineStatus(d: LawDeadlines, state: DeadlineState, today: PlainDate): DeadlineStatus {
  if (state.decided) return 'done';
  if (state.fristbrevSent) {
    const promised = state.expectedDecisionDate ?? d.extendedDecisionDue ?? d.decisionDue;
    return compareDates(today, promised) > 0 ? 'overdue' : 'extended';
  }
  const cmp = compareDates(today, d.decisionDue);
  if (cmp > 0) return 'overdue';
  if (cmp === 0) return 'due_today';
  if (compareDates(today, d.fristbrevReminder) >= 0) return 'fristbrev_needed';
  return 'ok';
}
