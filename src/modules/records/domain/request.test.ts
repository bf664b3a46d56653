import { describe, expect, it } from 'vitest';
import {
  canTransition,
  formatCaseNumber,
  isAwaitingDecision,
  normaliseRequest,
  transition,
  TransitionError,
  type RequestDraft,
} from './request.js';

const draft = (over: Partial<RequestDraft> = {}): RequestDraft => ({
  requesterType: 'citizen',
  requesterName: '  Anne Jensen ',
  requesterEmail: ' anne@example.dk ',
  laws: [],
  subject: ' Byggesagen om Skovvej 12 ',
  caseReferences: ['BYG-2026-17', ' BYG-2026-17', ''],
  channel: 'web_form',
  received: '2026-11-23',
  ...over,
});

describe('request intake', () => {
  it('defaults to OFL and trims and de-duplicates input', () => {
    const { value, problems } = normaliseRequest(draft());
    expect(problems).toEqual([]);
    expect(value.laws).toEqual(['ofl']);
    expect(value.requesterName).toBe('Anne Jensen');
    expect(value.requesterEmail).toBe('anne@example.dk');
    expect(value.subject).toBe('Byggesagen om Skovvej 12');
    expect(value.caseReferences).toEqual(['BYG-2026-17']);
  });

  it('also considers a party under OFL (most favourable law)', () => {
    expect(normaliseRequest(draft({ requesterType: 'party', laws: ['fvl'] })).value.laws).toEqual([
      'ofl',
      'fvl',
    ]);
  });

  it('rejects FVL for someone who is not a party, a bad e-mail and an empty subject', () => {
    const { problems } = normaliseRequest(draft({ laws: ['fvl'], requesterEmail: 'anne@', subject: ' ' }));
    expect(problems.map((p) => p.field).sort()).toEqual(['laws', 'requesterEmail', 'subject']);
    expect(problems.every((p) => p.da.length > 0 && p.en.length > 0)).toBe(true);
  });

  it('formats case numbers', () => {
    expect(formatCaseNumber(2026, 42)).toBe('AI-2026-000042');
  });
});

describe('request state machine', () => {
  it('follows the ordinary path to release', () => {
    let s = transition('received', 'start');
    s = transition(s, 'send_fristbrev');
    expect(s).toBe('fristbrev_sent');
    s = transition(s, 'decide_partially');
    expect(isAwaitingDecision(s)).toBe(true);
    s = transition(s, 'decide');
    expect(isAwaitingDecision(s)).toBe(false);
    expect(transition(s, 'release')).toBe('released');
  });

  it('handles complaints: reconsider or uphold and forward', () => {
    expect(transition('released', 'receive_complaint')).toBe('complaint_received');
    expect(transition('complaint_received', 'uphold_and_forward')).toBe('complaint_forwarded');
    expect(transition('complaint_received', 'reconsider')).toBe('in_progress');
    // a delay complaint (OFL § 39) arrives while the request is still open
    expect(transition('fristbrev_sent', 'receive_complaint')).toBe('complaint_received');
  });

  it('refuses impossible transitions', () => {
    expect(canTransition('received', 'release')).toBe(false);
    expect(() => transition('released', 'send_fristbrev')).toThrow(TransitionError);
    expect(() => transition('decided', 'decide')).toThrow(/cannot "decide"/);
  });
});
