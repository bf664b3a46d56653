// The detection engine: runs every recognizer, resolves overlaps by priority and applies the case policy.
// Pure: no I/O, no clock, no global state between calls.
import type { TCandidate } from './domain/candidate.js';
import { findCpr } from './domain/cpr.js';
import { findEmails } from './domain/email.js';
import { findPhones } from './domain/phone.js';
import { findAccounts } from './domain/account.js';
import { findAddresses } from './domain/address.js';
import { findPersons } from './domain/person.js';
import { assignContactRoles } from './domain/contact-roles.js';
import { findHealth } from './domain/health.js';
import { decide } from './policy.js';
import type { TCaseType, TDetectInput, TDetectResult, TDetectSpan, TFinding, TLabel } from './types.js';

const PRIORITY: Record<TLabel, number> = {
  ACCOUNT: 0,
  CPR: 1,
  EMAIL: 2,
  PHONE: 3,
  ADDRESS: 4,
  PERSON: 5,
  HEALTH: 6,
};

export function collectCandidates(input: TDetectInput): TCandidate[] {
  const text = input.text;
  const cands = [
    ...findCpr(text),
    ...findEmails(text),
    ...findPhones(text),
    ...findAccounts(text),
    ...findAddresses(text),
    ...findPersons(text, { parties: input.parties, staff: input.staff }),
    ...findHealth(text),
  ];
  assignContactRoles(text, cands);
  return cands;
}

/** Greedy interval selection: higher priority first, then longer, then more confident. */
export function resolveOverlaps(cands: TCandidate[]): TCandidate[] {
  // Findings judged "not personal" (an invoice number shaped like a CPR number) never block a real finding.
  const rank = (c: TCandidate) => (c.role === 'not-personal' ? 10 : PRIORITY[c.label]);
  const order = [...cands].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      b.end - b.start - (a.end - a.start) ||
      b.confidence - a.confidence ||
      a.start - b.start,
  );
  const sorted: TCandidate[] = [];
  for (const c of order) {
    // Binary search in `sorted` (by start) for an overlapping neighbour.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid]?.start ?? 0) < c.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = sorted[lo - 1];
    const next = sorted[lo];
    if ((prev && prev.end > c.start) || (next && next.start < c.end)) continue;
    sorted.splice(lo, 0, c);
  }
  return sorted;
}

function keepRanges(text: string, keep: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const lower = text.toLowerCase();
  for (const k of keep) {
    const needle = k.trim().toLowerCase();
    if (needle.length < 3) continue;
    for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + needle.length)) {
      ranges.push([i, i + needle.length]);
    }
  }
  return ranges;
}

function overlapsKeep(c: TCandidate, ranges: ReadonlyArray<[number, number]>): boolean {
  for (const [s, e] of ranges) if (c.start < e && s < c.end) return true;
  return false;
}

export function runDetection(input: TDetectInput): TDetectResult {
  const text = input.text;
  const caseType: TCaseType = input.case_type ?? 'citizen';
  const resolved = resolveOverlaps(collectCandidates(input));
  const keep = keepRanges(text, input.keep ?? []);
  const findings: TFinding[] = [];
  const spans: TDetectSpan[] = [];
  for (const c of resolved) {
    const d = decide(c, caseType, overlapsKeep(c, keep));
    const f: TFinding = {
      start: c.start,
      end: c.end,
      label: c.label,
      confidence: Math.round(c.confidence * 100) / 100,
      explanation: c.explanation,
      legalBasis: d.legalBasis,
      text: text.slice(c.start, c.end),
      redact: d.redact,
      decision: d.decision,
    };
    findings.push(f);
    if (d.redact) {
      spans.push({
        start: f.start,
        end: f.end,
        label: f.label,
        confidence: f.confidence,
        explanation: f.explanation,
        legalBasis: f.legalBasis,
        text: f.text,
      });
    }
  }
  return { spans, findings };
}
