// The dashboard's view (period and unit) lives in the URL, so a view can be bookmarked and shared.
import { useSearchParams } from 'react-router';

export type PeriodPreset = 'month' | 'lastMonth' | 'days30' | 'year';
export const PRESETS: PeriodPreset[] = ['days30', 'month', 'lastMonth', 'year'];

const iso = (d: Date) => d.toISOString().slice(0, 10);

export function presetPeriod(preset: PeriodPreset, now = new Date()): { from: string; to: string } {
  const today = iso(now);
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  switch (preset) {
    case 'month':
      return { from: iso(new Date(Date.UTC(y, m, 1))), to: today };
    case 'lastMonth':
      return { from: iso(new Date(Date.UTC(y, m - 1, 1))), to: iso(new Date(Date.UTC(y, m, 0))) };
    case 'days30':
      return { from: iso(new Date(now.getTime() - 29 * 86_400_000)), to: today };
    case 'year':
      return { from: `${y}-01-01`, to: today };
  }
}

export function useView() {
  const [params, setParams] = useSearchParams();
  const preset = (params.get('periode') as PeriodPreset | null) ?? 'days30';
  const period = presetPeriod(PRESETS.includes(preset) ? preset : 'days30');
  const unitId = params.get('unitId') ?? undefined;
  const set = (change: { preset?: PeriodPreset; unitId?: string | null }) => {
    const next = new URLSearchParams(params);
    if (change.preset) next.set('periode', change.preset);
    if (change.unitId !== undefined) {
      if (change.unitId) next.set('unitId', change.unitId);
      else next.delete('unitId');
    }
    setParams(next);
  };
  return { preset, period, unitId, set, search: params.toString() };
}
