// The digitalisation portfolio's rules (pure): vocabularies, automation potential, suitability score and the
// business case. Sources: KL's case catalogue (the 4 maturity levels and 5 levers), OS2autoproces' process
// records (phases, yearly hours = runs × minutes × expected saving) and the state's business-case model
// (costs and gains per year, estimated low / likely / high).

export const AREAS = [
  'economy',
  'payroll_personnel',
  'it',
  'facilities',
  'secretariat',
  'social',
  'health_care',
  'children_schools',
  'technical_environment',
  'citizen_service',
] as const;
export type Area = (typeof AREAS)[number];

export const PHASES = [
  'idea',
  'pre_analysis',
  'specification',
  'development',
  'implementation',
  'operation',
  'retired',
] as const;
export type Phase = (typeof PHASES)[number];

export const STATUSES = ['active', 'on_hold', 'stopped', 'completed'] as const;
export const VISIBILITIES = ['personal', 'municipality', 'public'] as const;

/**
 * The catalogue's maturity levels: 1 smooth operation (digitising manual processes), 2 better work processes in
 * the core task, 3 steering by real-time management information, 4 a connected digital infrastructure.
 */
export const MATURITY_LEVELS = [1, 2, 3, 4] as const;

/** The catalogue's five levers for realising digital administration. */
export const LEVERS = [
  'strategic_focus',
  'management_anchoring',
  'goals_benefits',
  'employee_involvement',
  'technical_experts',
] as const;
export type Lever = (typeof LEVERS)[number];

/**
 * Nine questions on whether a process suits automation, each answered 1 (not at all) … 5 (fully). They follow
 * the themes of OS2autoproces' assessment (rules, digital input, stability, standardisation, exceptions,
 * volume, system access, consequence of errors, gain in quality or speed); the wording is ours.
 */
export const SUITABILITY_QUESTIONS = [
  'rule_based',
  'digital_input',
  'stable',
  'standardised',
  'few_exceptions',
  'volume',
  'system_access',
  'low_error_consequence',
  'quality_gain',
] as const;

/** The two questions without which a robot cannot do the work as it stands. */
const GATES = [0, 1];
const WEIGHTS = [2, 2, 1, 1, 1.5, 1, 1.5, 1, 1];

/**
 * Suitability score 0–100: the weighted mean of the answered questions mapped from 1–5 to 0–100. Rule-based
 * decisions and digital input weigh double, and if either is answered 1 or 2 the score is capped at 40
 * ("redesign the process first"): automating an unruled or paper-based process fails whatever else is true.
 * null until at least five questions are answered, so a half-filled form does not look like a verdict.
 */
export function suitabilityScore(answers: readonly (number | null)[]): number | null {
  let sum = 0;
  let weight = 0;
  let answered = 0;
  answers.slice(0, 9).forEach((a, i) => {
    if (a === null || a === undefined) return;
    answered++;
    sum += ((Math.min(5, Math.max(1, a)) - 1) / 4) * 100 * WEIGHTS[i]!;
    weight += WEIGHTS[i]!;
  });
  if (answered < 5) return null;
  const score = Math.round(sum / weight);
  const gated = GATES.some((i) => answers[i] !== null && answers[i] !== undefined && answers[i]! <= 2);
  return gated ? Math.min(score, 40) : score;
}

/** Hours saved per year: runs per year × minutes per run × expected saving (%) ÷ 60. */
export function hoursPerYear(
  runsPerYear: number | null,
  minutesPerRun: number | null,
  savingPct: number | null,
): number | null {
  if (runsPerYear === null || minutesPerRun === null || savingPct === null) return null;
  return Math.round(((runsPerYear * minutesPerRun * savingPct) / 100 / 60) * 10) / 10;
}

export type BusinessCaseYear = {
  year: number;
  costLow: number;
  costLikely: number;
  costHigh: number;
  gainLow: number;
  gainLikely: number;
  gainHigh: number;
};

/** The expected value of a three-point estimate (PERT): (low + 4 × likely + high) / 6. */
export const expected = (low: number, likely: number, high: number) => (low + 4 * likely + high) / 6;

export type BusinessCaseSummary = {
  years: { year: number; cost: number; gain: number; net: number; cumulative: number }[];
  totalCost: number;
  totalGain: number;
  net: number;
  /** The first year in which the cumulative net is no longer negative; null if it never is. */
  paybackYear: number | null;
};

export function summariseBusinessCase(rows: readonly BusinessCaseYear[]): BusinessCaseSummary {
  let cumulative = 0;
  let paybackYear: number | null = null;
  const years = [...rows]
    .sort((a, b) => a.year - b.year)
    .map((r) => {
      const cost = Math.round(expected(r.costLow, r.costLikely, r.costHigh));
      const gain = Math.round(expected(r.gainLow, r.gainLikely, r.gainHigh));
      cumulative += gain - cost;
      if (paybackYear === null && cumulative >= 0 && gain > 0) paybackYear = r.year;
      return { year: r.year, cost, gain, net: gain - cost, cumulative };
    });
  const totalCost = years.reduce((s, y) => s + y.cost, 0);
  const totalGain = years.reduce((s, y) => s + y.gain, 0);
  return { years, totalCost, totalGain, net: totalGain - totalCost, paybackYear };
}

/** Problems with a business-case row (low ≤ likely ≤ high, no negative amounts), as data. */
export function businessCaseProblems(rows: readonly BusinessCaseYear[]): string[] {
  const problems: string[] = [];
  const seen = new Set<number>();
  for (const r of rows) {
    if (seen.has(r.year)) problems.push(`year ${r.year} appears twice`);
    seen.add(r.year);
    for (const [kind, low, likely, high] of [
      ['cost', r.costLow, r.costLikely, r.costHigh],
      ['gain', r.gainLow, r.gainLikely, r.gainHigh],
    ] as const) {
      if (low < 0 || likely < 0 || high < 0) problems.push(`${kind} ${r.year} is negative`);
      if (!(low <= likely && likely <= high)) problems.push(`${kind} ${r.year}: low ≤ likely ≤ high`);
    }
  }
  return problems;
}

/**
 * How far the measured figure has come from the baseline towards the goal, in %: 0 at the baseline, 100 at
 * the goal (either direction — a goal may be lower than the baseline, like processing days). null without all
 * three numbers or when baseline and goal are the same.
 */
export function realisedPct(
  baseline: number | null,
  goal: number | null,
  measured: number | null,
): number | null {
  if (baseline === null || goal === null || measured === null || baseline === goal) return null;
  return Math.round(((measured - baseline) / (goal - baseline)) * 100);
}
