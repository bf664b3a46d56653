// Statistics events of the records module, consumed by management information (insight).
import type { PlainDate } from '../../../platform/calendar/index.js';
import type { Law } from './deadlines.js';
import type { RequesterType } from './request.js';

export const RECORDS_EVENTS = {
  received: 'records.request.received',
  fristbrevSent: 'records.fristbrev.sent',
  decided: 'records.request.decided',
  released: 'records.request.released',
  complaintReceived: 'records.complaint.received',
} as const;

export type RecordsEventType = (typeof RECORDS_EVENTS)[keyof typeof RECORDS_EVENTS];

/** Who and where, on every request event: management information counts per unit and lists case numbers. */
export interface RequestRef {
  requestId: string;
  caseNumber?: string;
  unitId?: string | null;
}

export interface RequestReceivedPayload extends RequestRef {
  requesterType: RequesterType;
  laws: Law[];
  received: PlainDate;
  decisionDue: PlainDate;
}

export interface FristbrevSentPayload extends RequestRef {
  sentOn: PlainDate;
  expectedDecisionDate: PlainDate;
  /** Sent on or before the last permitted day. */
  inTime: boolean;
}

export interface RequestDecidedPayload extends RequestRef {
  decidedOn: PlainDate;
  /** Working days from receipt to decision (the receipt day not counted). */
  workingDaysUsed: number;
  calendarDaysUsed: number;
  onTime: boolean;
  outcome: 'full' | 'partial' | 'refused' | 'nothing_covered';
  documents: number;
  minutesSpent: number;
}
