// The fristbrev (OFL § 36, stk. 2): when a decision cannot be made within 7 working days, the requester is
// told the reason and when a decision is expected, before the 7 working days run out.
import { compareDates, type PlainDate } from '../../../platform/calendar/index.js';
import type { LawDeadlines } from './deadlines.js';
import { danishDate, type Letter } from './letters.js';

export interface FristbrevInput {
  municipality: { name: string; unit: string | null; address: string[] };
  caseNumber: string;
  sentOn: PlainDate;
  requester: { name: string; address: string[] };
  deadlines: LawDeadlines;
  reason: string;
  expectedDecisionDate: PlainDate;
  caseworker: { name: string; title: string | null };
}

export interface FristbrevProblem {
  code: string;
  da: string;
  en: string;
}

export function checkFristbrev(input: FristbrevInput): FristbrevProblem[] {
  const problems: FristbrevProblem[] = [];
  if (input.reason.trim().length < 10) {
    problems.push({
      code: 'reason_missing',
      da: 'Angiv grunden til, at fristen ikke kan overholdes.',
      en: 'State why the deadline cannot be met.',
    });
  }
  if (compareDates(input.expectedDecisionDate, input.deadlines.decisionDue) <= 0) {
    problems.push({
      code: 'expected_not_later',
      da: 'Den forventede dato skal ligge efter den ordinære frist.',
      en: 'The expected date must be after the ordinary deadline.',
    });
  }
  if (
    input.deadlines.extendedDecisionDue &&
    compareDates(input.expectedDecisionDate, input.deadlines.extendedDecisionDue) > 0
  ) {
    problems.push({
      code: 'beyond_extended',
      da: 'Den forventede dato ligger efter den yderste frist (to måneder).',
      en: 'The expected date is after the outer limit (two months).',
    });
  }
  return problems;
}

/** True when the fristbrev is sent on or before the last day of the ordinary deadline. */
export function fristbrevInTime(deadlines: LawDeadlines, sentOn: PlainDate): boolean {
  return compareDates(sentOn, deadlines.fristbrevDue) <= 0;
}

export function buildFristbrev(input: FristbrevInput): Letter {
  const d = input.deadlines;
  const paragraphs = [
    `Vi modtog din anmodning om aktindsigt den ${danishDate(d.received)}.`,
    d.workingDays
      ? `Efter reglerne skal vi som udgangspunkt afgøre en anmodning om aktindsigt inden ${d.workingDays} arbejdsdage, det vil sige senest den ${danishDate(d.decisionDue)}. Det kan vi desværre ikke nå.`
      : `Efter miljøoplysningsloven skal vi som udgangspunkt afgøre anmodningen inden en måned, det vil sige senest den ${danishDate(d.decisionDue)}. Det kan vi desværre ikke nå.`,
    `Grunden er: ${input.reason.trim()}`,
    `Vi forventer at kunne træffe afgørelse senest den ${danishDate(input.expectedDecisionDate)}.`,
  ];
  if (d.delayComplaintPossibleAfter) {
    paragraphs.push(
      `Har du ikke fået en afgørelse, når der er gået 14 arbejdsdage fra modtagelsen (efter den ${danishDate(d.delayComplaintPossibleAfter)}), kan du klage over sagsbehandlingstiden (offentlighedslovens § 39). Klagen sendes til os.`,
    );
  }
  return {
    sender: [
      input.municipality.name,
      ...(input.municipality.unit ? [input.municipality.unit] : []),
      ...input.municipality.address,
    ],
    recipient: [input.requester.name, ...input.requester.address],
    date: input.sentOn,
    caseNumber: input.caseNumber,
    title: 'Din anmodning om aktindsigt – forventet svartid',
    sections: [{ key: 'body', heading: null, paragraphs }],
    signature: [
      'Med venlig hilsen',
      '',
      input.caseworker.name,
      ...(input.caseworker.title ? [input.caseworker.title] : []),
      input.municipality.name,
    ],
  };
}
