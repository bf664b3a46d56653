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

export interface RequestReceivedPayload {
  requestId: string;
  requesterType: RequesterType;
  laws: Law[];
  received: PlainDate;
  decisionDue: PlainDate;
}

export interface FristbrevSentPayload {
  requestId: string;
  sentOn: PlainDate;
  expectedDecisionDate: PlainDate;
  /** Sent on or before the last permitted day. */
  inTime: boolean;
}

export interface RequestDecidedPayload {
  requestId: string;
  decidedOn: PlainDate;
  /** Working days from receipt to decision (the receipt day not counted). */
  workingDaysUsed: number;
  calendarDaysUsed: number;
  onTime: boolean;
  outcome: 'full' | 'partial' | 'refused' | 'nothing_covered';
  documents: number;
  minutesSpent: number;
}
