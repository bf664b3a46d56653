// The aktindsigt request and its life cycle (pure).
import type { PlainDate } from '../../../platform/calendar/index.js';
import { LAWS, type Law } from './deadlines.js';

export const REQUESTER_TYPES = ['citizen', 'press', 'company', 'party'] as const;
export type RequesterType = (typeof REQUESTER_TYPES)[number];

export const REQUESTER_TYPE_NAMES: Record<RequesterType, { da: string; en: string }> = {
  citizen: { da: 'Borger', en: 'Citizen' },
  press: { da: 'Presse', en: 'Press' },
  company: { da: 'Virksomhed', en: 'Company' },
  party: { da: 'Part i sagen', en: 'Party to the case' },
};

export const CHANNELS = ['web_form', 'email', 'phone', 'letter', 'in_person'] as const;
export type Channel = (typeof CHANNELS)[number];

export const STATUSES = [
  'received',
  'in_progress',
  'fristbrev_sent',
  'partially_decided',
  'decided',
  'released',
  'complaint_received',
  'complaint_forwarded',
  'closed',
] as const;
export type RequestStatus = (typeof STATUSES)[number];

export const STATUS_NAMES: Record<RequestStatus, { da: string; en: string }> = {
  received: { da: 'Modtaget', en: 'Received' },
  in_progress: { da: 'Under behandling', en: 'In progress' },
  fristbrev_sent: { da: 'Fristbrev sendt', en: 'Extension letter sent' },
  partially_decided: { da: 'Delvist afgjort', en: 'Partially decided' },
  decided: { da: 'Afgjort', en: 'Decided' },
  released: { da: 'Udleveret', en: 'Released' },
  complaint_received: { da: 'Klage modtaget', en: 'Complaint received' },
  complaint_forwarded: { da: 'Klage sendt til klageinstans', en: 'Complaint forwarded' },
  closed: { da: 'Afsluttet', en: 'Closed' },
};

export type RequestEvent =
  | 'start'
  | 'send_fristbrev'
  | 'decide_partially'
  | 'decide'
  | 'release'
  | 'receive_complaint'
  | 'uphold_and_forward'
  | 'reconsider'
  | 'close';

const TRANSITIONS: Record<RequestStatus, Partial<Record<RequestEvent, RequestStatus>>> = {
  received: {
    start: 'in_progress',
    send_fristbrev: 'fristbrev_sent',
    decide: 'decided',
    decide_partially: 'partially_decided',
    receive_complaint: 'complaint_received',
  },
  in_progress: {
    send_fristbrev: 'fristbrev_sent',
    decide_partially: 'partially_decided',
    decide: 'decided',
    receive_complaint: 'complaint_received',
  },
  fristbrev_sent: {
    decide_partially: 'partially_decided',
    decide: 'decided',
    receive_complaint: 'complaint_received',
  },
  partially_decided: {
    decide_partially: 'partially_decided',
    decide: 'decided',
    send_fristbrev: 'partially_decided',
    release: 'partially_decided',
    receive_complaint: 'complaint_received',
  },
  decided: { release: 'released', receive_complaint: 'complaint_received' },
  released: { receive_complaint: 'complaint_received', close: 'closed' },
  // A complaint (about a refusal or about delay, OFL §§ 37 and 39) is reconsidered: either the authority
  // changes its decision (reconsider → in progress) or upholds it and forwards the case.
  complaint_received: {
    reconsider: 'in_progress',
    uphold_and_forward: 'complaint_forwarded',
    decide: 'decided',
  },
  complaint_forwarded: { reconsider: 'in_progress', close: 'closed' },
  closed: { receive_complaint: 'complaint_received' },
};

export class TransitionError extends Error {
  constructor(
    readonly from: RequestStatus,
    readonly event: RequestEvent,
  ) {
    super(`a request with status "${from}" cannot "${event}"`);
    this.name = 'TransitionError';
  }
}

export function canTransition(from: RequestStatus, event: RequestEvent): boolean {
  return TRANSITIONS[from][event] !== undefined;
}

export function transition(from: RequestStatus, event: RequestEvent): RequestStatus {
  const to = TRANSITIONS[from][event];
  if (!to) throw new TransitionError(from, event);
  return to;
}

/** Open requests still run against their decision deadline. */
export function isAwaitingDecision(status: RequestStatus): boolean {
  return (
    status === 'received' ||
    status === 'in_progress' ||
    status === 'fristbrev_sent' ||
    status === 'partially_decided'
  );
}

export interface RequestDraft {
  requesterType: RequesterType;
  requesterName: string;
  requesterEmail?: string | null;
  laws: Law[];
  subject: string;
  caseReferences: string[];
  channel: Channel;
  received: PlainDate;
}

export interface DraftProblem {
  field: keyof RequestDraft;
  da: string;
  en: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Validates a request. A party may ask under FVL; anyone may ask under OFL and MOL. A request without a law
 * gets OFL (everyone's right), and a party's request is also considered under OFL, because the request is
 * handled under the most favourable law.
 */
export function normaliseRequest(draft: RequestDraft): { value: RequestDraft; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const laws = new Set<Law>(draft.laws.filter((l): l is Law => (LAWS as readonly string[]).includes(l)));
  if (laws.size === 0) laws.add('ofl');
  if (laws.has('fvl')) laws.add('ofl');
  if (laws.has('fvl') && draft.requesterType !== 'party') {
    problems.push({
      field: 'laws',
      da: 'Kun en part i sagen kan få aktindsigt efter forvaltningsloven.',
      en: 'Only a party to the case can ask under the Public Administration Act.',
    });
  }
  const subject = draft.subject.trim();
  if (subject.length < 3) {
    problems.push({
      field: 'subject',
      da: 'Beskriv, hvad du ønsker aktindsigt i.',
      en: 'Describe what you are asking for.',
    });
  }
  if (subject.length > 5000) {
    problems.push({
      field: 'subject',
      da: 'Beskrivelsen er for lang (højst 5000 tegn).',
      en: 'The description is too long (5000 characters at most).',
    });
  }
  const email = draft.requesterEmail?.trim() || null;
  if (email && !EMAIL.test(email)) {
    problems.push({
      field: 'requesterEmail',
      da: 'E-mailadressen ser ikke gyldig ud.',
      en: 'The e-mail address does not look valid.',
    });
  }
  const value: RequestDraft = {
    ...draft,
    requesterName: draft.requesterName.trim(),
    requesterEmail: email,
    subject,
    laws: LAWS.filter((l) => laws.has(l)),
    caseReferences: [...new Set(draft.caseReferences.map((c) => c.trim()).filter(Boolean))],
  };
  return { value, problems };
}

/** Case number shown to the requester: AI-<year>-<sequence>, e.g. AI-2026-000042. */
export function formatCaseNumber(year: number, sequence: number): string {
  return `AI-${year}-${String(sequence).padStart(6, '0')}`;
}
