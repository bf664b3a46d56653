import { describe, expect, it } from 'vitest';
import { asbestosReasons, asbestosWarningForPart, energyLabelAlert } from './alerts.js';
import { conditionGrade, isFkCode } from './parts.js';
import { dueAt, nextStatus, onTime, reporterStatus } from './work-orders.js';

describe('energy label alerts', () => {
  const b = (grossArea: number | null, energyLabel: string | null, energyLabelExpires: string | null) => ({
    grossArea,
    energyLabel,
    energyLabelExpires,
  });
  it('applies to buildings over 250 m² only', () => {
    expect(energyLabelAlert(b(250, null, null), '2026-01-01')).toBeNull();
    expect(energyLabelAlert(b(251, null, null), '2026-01-01')).toEqual({ kind: 'label_missing' });
  });
  it('warns before expiry and alerts after', () => {
    expect(energyLabelAlert(b(900, 'C', '2025-12-31'), '2026-01-01')).toMatchObject({
      kind: 'label_expired',
    });
    expect(energyLabelAlert(b(900, 'C', '2026-05-01'), '2026-01-01')).toMatchObject({
      kind: 'label_expiring',
    });
    expect(energyLabelAlert(b(900, 'C', '2030-01-01'), '2026-01-01')).toBeNull();
  });
});

describe('asbestos', () => {
  const codes = { wall: new Set(['3']), roof: new Set(['3']) };
  it('follows the BBR material codes to the matching building parts', () => {
    const reasons = asbestosReasons({ wallMaterial: '1', roofMaterial: '3', asbestosNoted: false }, codes);
    expect(reasons).toEqual(['roof']);
    expect(asbestosWarningForPart({ fkCode: '27', asbestos: false }, reasons)).toBe(true);
    expect(asbestosWarningForPart({ fkCode: '21', asbestos: false }, reasons)).toBe(false);
    expect(asbestosWarningForPart({ fkCode: '56', asbestos: true }, [])).toBe(true);
  });
});

describe('work orders', () => {
  it('has a due time per priority', () => {
    const from = new Date('2026-01-05T08:00:00Z');
    expect(dueAt('acute', from).toISOString()).toBe('2026-01-05T12:00:00.000Z');
    expect(dueAt('normal', from).toISOString()).toBe('2026-01-19T08:00:00.000Z');
  });
  it('allows only sensible steps', () => {
    expect(nextStatus('assigned', 'accept')).toBe('accepted');
    expect(nextStatus('new', 'complete')).toBeNull();
    expect(nextStatus('done', 'accept')).toBeNull();
    expect(nextStatus('planned', 'complete')).toBe('done');
  });
  it('shows the reporter a coarse status and judges timeliness', () => {
    expect(reporterStatus('planned')).toBe('in_progress');
    expect(reporterStatus(null)).toBe('received');
    const due = new Date('2026-01-10T00:00:00Z');
    expect(onTime(due, new Date('2026-01-09T00:00:00Z'), new Date())).toBe(true);
    expect(onTime(due, null, new Date('2026-01-11T00:00:00Z'))).toBe(false);
  });
});

describe('building parts', () => {
  it('knows the Forvaltnings Klassifikation groups and averages grades', () => {
    expect(isFkCode('27')).toBe(true);
    expect(isFkCode('99')).toBe(false);
    expect(conditionGrade([1, 2, 4])).toBe(2.33);
    expect(conditionGrade([])).toBeNull();
  });
});
