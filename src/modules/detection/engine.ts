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
  assignContactRoles(text, cands, input.staff ?? []);
  return cands;
}

/**
 * Overlap resolution: candidates are grouped into clusters of transitively overlapping spans (one sort, one
 * sweep); inside a cluster the greedy choice is higher priority first, then longer, then more confident.
 * "Not personal" findings (an invoice number shaped like a CPR number) never block a real finding.
 */
export function resolveOverlaps(cands: TCandidate[]): TCandidate[] {
  const rank = (c: TCandidate) => (c.role === 'not-personal' ? 10 : PRIORITY[c.label]);
  const better = (a: TCandidate, b: TCandidate) =>
    rank(a) - rank(b) ||
    b.end - b.start - (a.end - a.start) ||
    b.confidence - a.confidence ||
    a.start - b.start;
  const byStart = [...cands].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TCandidate[] = [];
  let i = 0;
  while (i < byStart.length) {
    let j = i + 1;
    let clusterEnd = (byStart[i] as TCandidate).end;
    while (j < byStart.length && (byStart[j] as TCandidate).start < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, (byStart[j] as TCandidate).end);
      j++;
    }
    if (j === i + 1) {
      out.push(byStart[i] as TCandidate);
    } else {
      const chosen: TCandidate[] = [];
      for (const c of byStart.slice(i, j).sort(better)) {
        if (chosen.every((k) => k.end <= c.start || c.end <= k.start)) chosen.push(c);
      }
      chosen.sort((a, b) => a.start - b.start);
      out.push(...chosen);
    }
    i = j;
  }
  return out;
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
