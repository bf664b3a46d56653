// Parser for the Curtois & Qu (2014) shift scheduling benchmark text format.
// Pure: text in, a validated instance out. Errors are thrown with one clear line.

export interface NrpShift {
  id: string;
  minutes: number;
  /** Shift IDs that may not be worked on the day after this shift. */
  cannotFollow: string[];
}

export interface NrpStaff {
  id: string;
  maxShifts: Record<string, number>;
  maxMinutes: number;
  minMinutes: number;
  maxConsecutive: number;
  minConsecutive: number;
  minConsecutiveOff: number;
  maxWeekends: number;
}

export interface NrpRequest {
  employee: string;
  day: number;
  shift: string;
  weight: number;
}

export interface NrpCover {
  day: number;
  shift: string;
  requirement: number;
  underWeight: number;
  overWeight: number;
}

export interface NrpInstance {
  horizon: number;
  shifts: NrpShift[];
  staff: NrpStaff[];
  daysOff: Record<string, number[]>;
  onRequests: NrpRequest[];
  offRequests: NrpRequest[];
  cover: NrpCover[];
}

function sections(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const raw of text.replace(/\r/g, '').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('SECTION_')) {
      current = [];
      out.set(line, current);
      continue;
    }
    if (current) current.push(line);
  }
  return out;
}

function int(value: string | undefined, what: string): number {
  const n = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isInteger(n)) {
    throw new Error(`invalid instance: ${what} is not an integer (${JSON.stringify(value ?? '')})`);
  }
  return n;
}

export function parseNrpInstance(text: string): NrpInstance {
  const sec = sections(text);
  const horizonLines = sec.get('SECTION_HORIZON');
  const shiftLines = sec.get('SECTION_SHIFTS');
  const staffLines = sec.get('SECTION_STAFF');
  if (!horizonLines || !shiftLines || !staffLines) {
    throw new Error('invalid instance: SECTION_HORIZON, SECTION_SHIFTS and SECTION_STAFF are required');
  }
  const horizon = int(horizonLines[0], 'horizon');
  if (horizon < 1) throw new Error('invalid instance: horizon must be at least 1 day');
  const shifts: NrpShift[] = shiftLines.map((line) => {
    const [id = '', minutes, forbidden = ''] = line.split(',');
    return {
      id: id.trim(),
      minutes: int(minutes, `length of shift ${id}`),
      cannotFollow: forbidden.split('|').filter(Boolean),
    };
  });
  const shiftIds = new Set(shifts.map((s) => s.id));
  if (shiftIds.size !== shifts.length || shiftIds.has('') || shiftIds.has('-')) {
    throw new Error('invalid instance: shift IDs must be unique and non-empty');
  }
  for (const s of shifts) {
    for (const f of s.cannotFollow)
      if (!shiftIds.has(f)) throw new Error(`invalid instance: unknown shift ${f} after ${s.id}`);
  }
  const staff: NrpStaff[] = staffLines.map((line) => {
    const t = line.split(',');
    const id = (t[0] ?? '').trim();
    const maxShifts: Record<string, number> = {};
    for (const field of (t[1] ?? '').split('|').filter(Boolean)) {
      const [s = '', n] = field.split('=');
      if (!shiftIds.has(s))
        throw new Error(`invalid instance: employee ${id} has a limit for unknown shift ${s}`);
      maxShifts[s] = int(n, `max shifts ${s} of ${id}`);
    }
    return {
      id,
      maxShifts,
      maxMinutes: int(t[2], `max minutes of ${id}`),
      minMinutes: int(t[3], `min minutes of ${id}`),
      maxConsecutive: int(t[4], `max consecutive shifts of ${id}`),
      minConsecutive: int(t[5], `min consecutive shifts of ${id}`),
      minConsecutiveOff: int(t[6], `min consecutive days off of ${id}`),
      maxWeekends: int(t[7], `max weekends of ${id}`),
    };
  });
  const staffIds = new Set(staff.map((e) => e.id));
  if (staff.length === 0 || staffIds.size !== staff.length)
    throw new Error('invalid instance: employee IDs must be unique and present');
  const checkDay = (day: number, what: string): number => {
    if (day < 0 || day >= horizon)
      throw new Error(`invalid instance: ${what} day ${day} outside the horizon`);
    return day;
  };
  const checkEmployee = (id: string): string => {
    if (!staffIds.has(id)) throw new Error(`invalid instance: unknown employee ${id}`);
    return id;
  };
  const checkShift = (id: string): string => {
    if (!shiftIds.has(id)) throw new Error(`invalid instance: unknown shift ${id}`);
    return id;
  };
  const daysOff: Record<string, number[]> = {};
  for (const line of sec.get('SECTION_DAYS_OFF') ?? []) {
    const [e = '', ...days] = line.split(',');
    daysOff[checkEmployee(e.trim())] = days
      .filter((d) => d.trim() !== '')
      .map((d) => checkDay(int(d, 'day off'), 'day off'));
  }
  const requests = (name: string): NrpRequest[] =>
    (sec.get(name) ?? []).map((line) => {
      const [e = '', d, s = '', w] = line.split(',');
      return {
        employee: checkEmployee(e.trim()),
        day: checkDay(int(d, 'request day'), 'request'),
        shift: checkShift(s.trim()),
        weight: int(w, 'request weight'),
      };
    });
  const cover: NrpCover[] = (sec.get('SECTION_COVER') ?? []).map((line) => {
    const [d, s = '', req, wu, wo] = line.split(',');
    return {
      day: checkDay(int(d, 'cover day'), 'cover'),
      shift: checkShift(s.trim()),
      requirement: int(req, 'cover requirement'),
      underWeight: int(wu, 'under-cover weight'),
      overWeight: int(wo, 'over-cover weight'),
    };
  });
  return {
    horizon,
    shifts,
    staff,
    daysOff,
    onRequests: requests('SECTION_SHIFT_ON_REQUESTS'),
    offRequests: requests('SECTION_SHIFT_OFF_REQUESTS'),
    cover,
  };
}
