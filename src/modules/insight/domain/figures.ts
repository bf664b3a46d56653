// The catalogue of key figures (pure). Each figure is computed from domain events as they happen: an event maps
// to at most one contribution per figure — a count of 1 and a value — kept per tenant, organisation unit and
// day. How contributions combine into the figure shown is the figure's aggregation:
//   count: the number of contributions;     sum: the sum of values;
//   avg:   sum of values / contributions;   pct: 100 × sum of values / contributions (values are 0 or 1).
// A new module adds its figures here with the events they come from; the definition page in the web app is
// generated from this table, so what a figure counts is written in exactly one place.

export type Aggregation = 'count' | 'sum' | 'avg' | 'pct';

export type FigureEvent = {
  id: number;
  type: string;
  objectType: string | null;
  objectId: string | null;
  payload: Record<string, unknown>;
  createdAt: Date;
};

/** One event's share of one figure. */
export type Contribution = {
  figure: string;
  unitId: string | null;
  day: string;
  value: number;
  /** What the number is made of, for drill-down: the case or object behind it. */
  objectType: string;
  objectId: string;
  label: string;
};

export type FigureDefinition = {
  id: string;
  module: string;
  aggregation: Aggregation;
  /** Whether a higher value is better (targets are met from above) or worse. */
  better: 'higher' | 'lower';
  unit: { da: string; en: string };
  name: { da: string; en: string };
  definition: { da: string; en: string };
  events: string[];
  /** The event's contribution, or null when this event does not count for the figure. */
  from: (event: FigureEvent) => Omit<Contribution, 'figure'> | null;
};

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const isoDay = (v: unknown, fallback: Date): string =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : fallback.toISOString().slice(0, 10);

/** The request an aktindsigt event is about, with its case number as the drill-down label. */
function recordsRef(event: FigureEvent, dayField: string, value: number) {
  const requestId = str(event.payload.requestId) ?? event.objectId;
  if (!requestId) return null;
  return {
    unitId: str(event.payload.unitId),
    day: isoDay(event.payload[dayField], event.createdAt),
    value,
    objectType: 'records_request',
    objectId: requestId,
    label: str(event.payload.caseNumber) ?? requestId,
  };
}

const RECEIVED = 'records.request.received';
const DECIDED = 'records.request.decided';

type Texts = [da: string, en: string];

/**
 * An aktindsigt figure: one event type, counted on the date in `day` of its payload, for the request's unit,
 * with the case number as the drill-down label. `value` is the event's number (1 when left out; null = the
 * event does not count, e.g. a decision without working days).
 */
function recordsFigure(spec: {
  id: string;
  event: string;
  day: string;
  aggregation: Aggregation;
  better: 'higher' | 'lower';
  unit: Texts;
  name: Texts;
  definition: Texts;
  value?: (event: FigureEvent) => number | null;
}): FigureDefinition {
  const bilingual = ([da, en]: Texts) => ({ da, en });
  return {
    id: spec.id,
    module: 'records',
    aggregation: spec.aggregation,
    better: spec.better,
    unit: bilingual(spec.unit),
    name: bilingual(spec.name),
    definition: bilingual(spec.definition),
    events: [spec.event],
    from: (e) => {
      const value = spec.value ? spec.value(e) : 1;
      return value === null ? null : recordsRef(e, spec.day, value);
    },
  };
}

export const FIGURES: readonly FigureDefinition[] = [
  recordsFigure({
    id: 'records.received',
    event: RECEIVED,
    day: 'received',
    aggregation: 'count',
    better: 'lower',
    unit: ['anmodninger', 'requests'],
    name: ['Modtagne anmodninger om aktindsigt', 'Access requests received'],
    definition: [
      'Antal anmodninger om aktindsigt registreret i perioden, talt på modtagelsesdatoen (hændelsen records.request.received).',
      'Number of access-to-records requests registered in the period, counted on the date of receipt (event records.request.received).',
    ],
  }),
  recordsFigure({
    id: 'records.decided',
    event: DECIDED,
    day: 'decidedOn',
    aggregation: 'count',
    better: 'higher',
    unit: ['afgørelser', 'decisions'],
    name: ['Afgjorte anmodninger', 'Requests decided'],
    definition: [
      'Antal anmodninger, der har fået en endelig afgørelse i perioden, talt på afgørelsesdatoen (records.request.decided). Delvise afgørelser tæller ikke.',
      'Number of requests given a final decision in the period, counted on the decision date (records.request.decided). Partial decisions do not count.',
    ],
  }),
  recordsFigure({
    id: 'records.on_time_pct',
    event: DECIDED,
    day: 'decidedOn',
    aggregation: 'pct',
    better: 'higher',
    unit: ['%', '%'],
    name: ['Afgjort til tiden', 'Decided on time'],
    definition: [
      'Andel af periodens afgørelser, der blev truffet senest på fristen (7. arbejdsdag efter modtagelsen, eller den dato fristbrevet oplyste).',
      'Share of the period’s decisions made no later than the deadline (the 7th working day after receipt, or the date given in the fristbrev).',
    ],
    value: (e) => (e.payload.onTime === true ? 1 : 0),
  }),
  recordsFigure({
    id: 'records.working_days',
    event: DECIDED,
    day: 'decidedOn',
    aggregation: 'avg',
    better: 'lower',
    unit: ['arbejdsdage', 'working days'],
    name: ['Sagsbehandlingstid', 'Processing time'],
    definition: [
      'Gennemsnitligt antal arbejdsdage fra modtagelse til afgørelse for periodens afgørelser (modtagelsesdagen tælles ikke med).',
      'Average number of working days from receipt to decision for the period’s decisions (the day of receipt not counted).',
    ],
    value: (e) => num(e.payload.workingDaysUsed),
  }),
  recordsFigure({
    id: 'records.hours',
    event: DECIDED,
    day: 'decidedOn',
    aggregation: 'sum',
    better: 'lower',
    unit: ['timer', 'hours'],
    name: ['Tidsforbrug på afgjorte sager', 'Time spent on decided requests'],
    definition: [
      'Summen af den registrerede tid (timer) på de anmodninger, der blev afgjort i perioden.',
      'Total registered time (hours) on the requests decided in the period.',
    ],
    value: (e) => {
      const minutes = num(e.payload.minutesSpent);
      return minutes === null ? null : Math.round((minutes / 60) * 100) / 100;
    },
  }),
  recordsFigure({
    id: 'records.fristbreve',
    event: 'records.fristbrev.sent',
    day: 'sentOn',
    aggregation: 'count',
    better: 'lower',
    unit: ['fristbreve', 'extension letters'],
    name: ['Sendte fristbreve', 'Extension letters sent'],
    definition: [
      'Antal fristbreve (OFL § 36, stk. 2) sendt i perioden (records.fristbrev.sent).',
      'Number of extension letters (OFL § 36(2)) sent in the period (records.fristbrev.sent).',
    ],
  }),
  recordsFigure({
    id: 'records.complaints',
    event: 'records.complaint.received',
    day: 'received',
    aggregation: 'count',
    better: 'lower',
    unit: ['klager', 'complaints'],
    name: ['Klager over aktindsigt', 'Complaints about access decisions'],
    definition: [
      'Antal klager (over afgørelsen eller over ventetiden) modtaget i perioden (records.complaint.received).',
      'Number of complaints (about the decision or about the delay) received in the period (records.complaint.received).',
    ],
  }),
  recordsFigure({
    id: 'records.released',
    event: 'records.request.released',
    day: 'releasedOn',
    aggregation: 'count',
    better: 'higher',
    unit: ['udleveringer', 'releases'],
    name: ['Udleverede pakker', 'Packages released'],
    definition: [
      'Antal gange dokumenter er udleveret til en anmoder i perioden (records.request.released).',
      'Number of times documents were released to a requester in the period (records.request.released).',
    ],
  }),
];

const BY_ID = new Map(FIGURES.map((f) => [f.id, f]));
const BY_EVENT = new Map<string, FigureDefinition[]>();
for (const f of FIGURES) for (const type of f.events) BY_EVENT.set(type, [...(BY_EVENT.get(type) ?? []), f]);

export function figureById(id: string, figures: readonly FigureDefinition[] = FIGURES) {
  return figures === FIGURES ? BY_ID.get(id) : figures.find((f) => f.id === id);
}

/** The event types any figure listens to (the consumer reads only these). */
export function figureEventTypes(figures: readonly FigureDefinition[] = FIGURES): string[] {
  return [...new Set(figures.flatMap((f) => f.events))];
}

/** Every contribution of one event. */
export function contributionsOf(
  event: FigureEvent,
  figures: readonly FigureDefinition[] = FIGURES,
): Contribution[] {
  const candidates =
    figures === FIGURES
      ? (BY_EVENT.get(event.type) ?? [])
      : figures.filter((f) => f.events.includes(event.type));
  const out: Contribution[] = [];
  for (const f of candidates) {
    const c = f.from(event);
    if (c) out.push({ figure: f.id, ...c });
  }
  return out;
}

/** The figure's value from its totals; null when nothing was counted (an average of nothing is not 0). */
export function figureValue(aggregation: Aggregation, n: number, total: number): number | null {
  switch (aggregation) {
    case 'count':
      return n;
    case 'sum':
      return Math.round(total * 100) / 100;
    case 'avg':
      return n === 0 ? null : Math.round((total / n) * 10) / 10;
    case 'pct':
      return n === 0 ? null : Math.round((1000 * total) / n) / 10;
  }
}

export type TargetStatus = 'met' | 'missed' | 'none';

/** Whether a value meets its target; no value or no target gives 'none'. */
export function targetStatus(
  better: 'higher' | 'lower',
  value: number | null,
  target: number | null,
): TargetStatus {
  if (value === null || target === null) return 'none';
  return (better === 'higher' ? value >= target : value <= target) ? 'met' : 'missed';
}
