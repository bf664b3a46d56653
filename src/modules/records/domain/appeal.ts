// The appeal body named in the complaint guide (FVL § 25). OFL § 37, stk. 1: a decision on access can be
// appealed separately to the authority that is the highest appeal body for the case the request concerns;
// the complaint is sent to the deciding authority, which reconsiders it and, if it upholds the decision,
// forwards it within 7 working days (§ 37, stk. 2). For a municipality's decisions under OFL in matters
// without an administrative appeal body, the complaint goes to Ankestyrelsen (the municipal supervisory
// authority). Under FVL and MOL the appeal body follows the underlying case, so the caseworker must name it.
import type { Law } from './deadlines.js';

export interface AppealBody {
  name: string;
  /** How to reach it, shown in the letter (address, web). */
  contact: string | null;
  /** The complaint time limit, e.g. "4 uger efter, at du har modtaget afgørelsen"; null when none applies. */
  timeLimit: string | null;
}

export const ANKESTYRELSEN: AppealBody = {
  name: 'Ankestyrelsen',
  contact: 'Ankestyrelsen, 7998 Statsservice · ast.dk',
  timeLimit: null,
};

/**
 * The default appeal body, or null when the caseworker must choose one: OFL-only requests about a matter
 * without a special appeal body go to Ankestyrelsen; FVL and MOL follow the underlying case.
 */
export function defaultAppealBody(governingLaw: Law, caseHasSpecialAppealBody: boolean): AppealBody | null {
  if (governingLaw === 'ofl' && !caseHasSpecialAppealBody) return ANKESTYRELSEN;
  return null;
}

/** The complaint guide paragraphs of a decision letter, in Danish. */
export function complaintGuide(municipality: string, body: AppealBody): string[] {
  const paragraphs = [
    `Du kan klage over afgørelsen til ${body.name}.`,
    `Klagen skal sendes til ${municipality}, som vil genoverveje afgørelsen. Fastholder vi afgørelsen, sender vi klagen og sagens dokumenter videre til ${body.name} snarest og som udgangspunkt senest 7 arbejdsdage efter, at vi har modtaget klagen (offentlighedslovens § 37, stk. 2). Klageinstansen skal som udgangspunkt afgøre klagen inden 20 arbejdsdage (§ 37, stk. 3).`,
    body.timeLimit
      ? `Klagefrist: ${body.timeLimit}.`
      : 'Offentlighedsloven fastsætter ikke en frist for at klage, men vi anbefaler, at du klager hurtigst muligt.',
  ];
  if (body.contact) paragraphs.push(`${body.name}: ${body.contact}.`);
  paragraphs.push(
    'Du kan skrive til os med din klage via Digital Post, e-mail eller brev. Angiv sagsnummeret.',
  );
  return paragraphs;
}
