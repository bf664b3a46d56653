// The redaction policy per case type and the suggested legal basis per label.
//
// citizen:     everything that identifies or describes a private person is redacted.
// building:    names of owners/applicants/neighbours and the property stay readable (they are public in
//              building cases); CPR, private phones and e-mails, bank accounts and health are redacted.
// publication: the open building archive; as building, but every phone number and e-mail address is hidden,
//              including staff and company ones (Datatilsynet's practice since 1 January 2022).
import type { TCandidate } from './domain/candidate.js';
import type { TCaseType, TLabel } from './types.js';

/** Findings below this confidence are listed for review but not redacted. */
export const REDACT_THRESHOLD = 0.5;

const PRIVATE: Record<TCaseType, ReadonlySet<TLabel>> = {
  citizen: new Set<TLabel>(['CPR', 'PERSON', 'ADDRESS', 'PHONE', 'EMAIL', 'ACCOUNT', 'HEALTH']),
  building: new Set<TLabel>(['CPR', 'PHONE', 'EMAIL', 'ACCOUNT', 'HEALTH']),
  publication: new Set<TLabel>(['CPR', 'PHONE', 'EMAIL', 'ACCOUNT', 'HEALTH']),
};

export const LEGAL_BASIS: Record<TLabel, string> = {
  CPR: 'OFL § 30, nr. 1; FVL § 15 b, nr. 1 (CPR-nummer)',
  PERSON: 'OFL § 30, nr. 1',
  ADDRESS: 'OFL § 30, nr. 1',
  PHONE: 'OFL § 30, nr. 1',
  EMAIL: 'OFL § 30, nr. 1',
  ACCOUNT: 'OFL § 30, nr. 1',
  HEALTH: 'OFL § 30, nr. 1 (helbredsoplysninger, følsomme oplysninger)',
};

const ARCHIVE_BASIS =
  'Datatilsynets praksis for offentlige byggesagsarkiver (databeskyttelsesforordningen art. 5, stk. 1, litra c)';

export interface TPolicyDecision {
  redact: boolean;
  decision: string;
  legalBasis: string;
}

export function decide(c: TCandidate, caseType: TCaseType, inKeep: boolean): TPolicyDecision {
  const basis = LEGAL_BASIS[c.label];
  if (c.role === 'not-personal')
    return { redact: false, decision: 'not personal data in this context', legalBasis: '' };
  if (c.confidence < REDACT_THRESHOLD) {
    return {
      redact: false,
      decision: `confidence ${c.confidence.toFixed(2)} below threshold`,
      legalBasis: basis,
    };
  }
  const contact = c.label === 'PHONE' || c.label === 'EMAIL';
  if (caseType === 'publication' && contact) {
    return {
      redact: true,
      decision: 'open archive: every phone number and e-mail is hidden',
      legalBasis: ARCHIVE_BASIS,
    };
  }
  if (inKeep && (c.label === 'ADDRESS' || c.label === 'PERSON')) {
    return { redact: false, decision: 'public subject of the case (keep list)', legalBasis: '' };
  }
  if (c.role === 'staff')
    return { redact: false, decision: 'municipal employee acting in office', legalBasis: '' };
  if (c.role === 'organisation')
    return { redact: false, decision: 'belongs to a company or authority', legalBasis: '' };
  if (!PRIVATE[caseType].has(c.label)) {
    return { redact: false, decision: `${c.label} stays readable in ${caseType} cases`, legalBasis: '' };
  }
  return {
    redact: true,
    decision: `private ${c.label.toLowerCase()} in a ${caseType} case`,
    legalBasis: basis,
  };
}
