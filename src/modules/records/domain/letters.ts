// Letter content shared by the decision letter and the fristbrev: a title, a recipient block and sections
// of plain paragraphs in Danish. Rendering to PDF lives in ../output/.
import { type PlainDate } from '../../../platform/calendar/index.js';

export interface LetterSection {
  /** Stable name of a generated section, so a caseworker's edit of it can be kept and checked. */
  key?: string;
  heading: string | null;
  paragraphs: string[];
  /** Optional bullet list printed after the paragraphs. */
  bullets?: string[];
}

export interface Letter {
  sender: string[];
  recipient: string[];
  date: PlainDate;
  caseNumber: string;
  title: string;
  sections: LetterSection[];
  signature: string[];
}

const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

/** "2026-12-02" → "2. december 2026". */
export function danishDate(date: PlainDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d}. ${MONTHS[m - 1]} ${y}`;
}

/** Joins "1, 2 og 3". */
export function danishList(items: readonly (string | number)[]): string {
  const s = items.map(String);
  if (s.length <= 1) return s.join('');
  return `${s.slice(0, -1).join(', ')} og ${s[s.length - 1]}`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
