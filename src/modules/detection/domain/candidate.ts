// Internal candidate produced by a recognizer before policy and overlap resolution.
import type { TLabel } from '../types.js';

export interface TCandidate {
  start: number;
  end: number;
  label: TLabel;
  confidence: number;
  explanation: string;
  /**
   * Role of the finding as judged by the recognizer:
   * - 'private': personal data of a private person (default);
   * - 'staff': belongs to a municipal employee acting in office (name, work e-mail, switchboard);
   * - 'organisation': belongs to a company or authority (role mailbox, company phone);
   * - 'not-personal': looked like personal data but the context says otherwise (invoice number, CVR ...).
   */
  role: 'private' | 'staff' | 'organisation' | 'not-personal';
}

export function candidate(
  start: number,
  end: number,
  label: TLabel,
  confidence: number,
  explanation: string,
  role: TCandidate['role'] = 'private',
): TCandidate {
  return { start, end, label, confidence: Math.min(0.99, Math.max(0, confidence)), explanation, role };
}
