// The general roster model: planning period, shift types, demand, employees, and the agreement's rules.
// Days are indices 0..days-1 from the period's first date. A roster gives each employee one cell per day:
// a shift type ID or null for a day off ("one shift per day" is structural).

export interface ShiftType {
  id: string;
  name: string;
  /** Local start time "HH:MM". */
  start: string;
  /** Local end time "HH:MM"; an end at or before the start means the shift ends the next day. */
  end: string;
  /** Paid minutes (may differ from the span, e.g. unpaid breaks). */
  paidMinutes: number;
  /** Skills an employee must have to work this shift. */
  requiredSkills: string[];
  /** Counted in the fairness rule for unpopular shifts (e.g. nights). */
  unpopular?: boolean;
}

export interface Demand {
  day: number;
  shift: string;
  /** Optional skill: only employees with this skill count towards this demand line. */
  skill?: string;
  min: number;
  preferred: number;
}

export interface Wish {
  day: number;
  /** The shift wished for or against; null means the whole day (a wish for a day off, or to work). */
  shift: string | null;
  /** true: wants this (shift, or day off when shift is null); false: does not want it. */
  wants: boolean;
  weight: number;
}

export interface Employee {
  id: string;
  name: string;
  skills: string[];
  /** Contract: paid minutes over the planning period. */
  minMinutes: number;
  maxMinutes: number;
  /** Agreed fixed days off (fridage). */
  fixedDaysOff: number[];
  /** Absence (ferie, sygdom, kursus): no shift may be planned. */
  absences: number[];
  wishes: Wish[];
  /** Cells of the days just before the period (oldest first); used for rest and consecutive-day rules. */
  history?: (string | null)[];
  /** Per-employee caps on shift types (overrides the agreement's). */
  maxShiftsPerType?: Record<string, number>;
}

export interface RuleSetting {
  /** Hard rules must hold in a valid roster; soft ones cost weight × size of the violation. */
  hard: boolean;
  weight: number;
}

export interface Agreement {
  name: string;
  restHours: number; // daily rest between shifts (11)
  weeklyRestHours: number; // weekly rest period (35 = 24 + 11)
  maxDaysBetweenWeeklyRest: number; // at most 6 working days between weekly rests
  maxAvgWeeklyHours: number; // 48 on average over the reference period
  referenceWeeks: number; // length of the averaging window in weeks (the period if shorter)
  maxConsecutiveDays: number;
  minConsecutiveDays: number;
  minConsecutiveDaysOff: number;
  maxWeekends: number;
  forbiddenSequences: [string, string][];
  maxShiftsPerType: Record<string, number>;
  coverUnderWeight: number; // per missing person below min
  coverPreferredWeight: number; // per missing person between min and preferred
  coverOverWeight: number; // per person above preferred
  fairnessWeight: number; // per shift of spread (max - min) in unpopular shifts and weekends
  rules: Record<RuleId, RuleSetting>;
}

export type RuleId =
  | 'availability'
  | 'skill'
  | 'rest'
  | 'weeklyRest'
  | 'avgWeeklyHours'
  | 'maxConsecutive'
  | 'minConsecutive'
  | 'minDaysOff'
  | 'maxWeekends'
  | 'forbiddenSequence'
  | 'maxShiftsPerType'
  | 'contractMinutes'
  | 'coverage'
  | 'wish'
  | 'fairness';

export interface RosterModel {
  /** First day of the period, ISO date "YYYY-MM-DD". */
  startDate: string;
  days: number;
  shifts: ShiftType[];
  employees: Employee[];
  demand: Demand[];
  agreement: Agreement;
}

/** roster[employeeIndex][day] = shift ID or null. */
export type Roster = (string | null)[][];

export interface Violation {
  employee: string | null;
  day: number | null;
  rule: RuleId;
  hard: boolean;
  /** Penalty for soft rules (weight × size); 0 for hard rules. */
  penalty: number;
  message_da: string;
}
