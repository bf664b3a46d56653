// Pieces shared by the dashboard and the figure page: the figure catalogue, names in the UI language, and
// the period and unit chooser.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api/client.js';
import { formatDateTime, formatNumber } from '../../../web/format.js';
import type { TDashboard, TFigure } from '../contract.js';
import { PRESETS, type PeriodPreset } from './view.js';

export function useFigures() {
  return useQuery({
    queryKey: ['insight', 'figures'],
    queryFn: () => api<{ data: TFigure[] }>('/api/insight/figures'),
    staleTime: Infinity,
  });
}

export function useLang(): 'da' | 'en' {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'da';
}

export function formatValue(value: number | null, figure: TFigure | undefined, lang: 'da' | 'en'): string {
  if (value === null) return '–';
  const unit = figure?.unit[lang] ?? '';
  return unit === '%' ? `${formatNumber(value)} %` : `${formatNumber(value)} ${unit}`;
}

export function ViewChooser(props: {
  preset: PeriodPreset;
  unitId: string | undefined;
  units: TDashboard['units'];
  onChange: (change: { preset?: PeriodPreset; unitId?: string | null }) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="rt-insight-chooser">
      <div className="form-group">
        <label className="form-label" htmlFor="insight-period">
          {t('modules.insight.period')}
        </label>
        <select
          id="insight-period"
          className="form-select"
          value={props.preset}
          onChange={(e) => props.onChange({ preset: e.target.value as PeriodPreset })}
        >
          {PRESETS.map((p) => (
            <option key={p} value={p}>
              {t(`modules.insight.periods.${p}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="insight-unit">
          {t('modules.insight.unit')}
        </label>
        <select
          id="insight-unit"
          className="form-select"
          value={props.unitId ?? ''}
          onChange={(e) => props.onChange({ unitId: e.target.value || null })}
        >
          <option value="">{t('modules.insight.allUnits')}</option>
          {props.units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

export function Freshness({ f }: { f: TDashboard['freshness'] }) {
  const { t } = useTranslation();
  if (!f.processedAt) return <p className="rt-insight-fresh">{t('modules.insight.freshnessNone')}</p>;
  return (
    <p className="rt-insight-fresh" data-testid="insight-freshness">
      {t('modules.insight.freshness', {
        time: formatDateTime(f.processedAt),
        lag: formatNumber(Math.round((f.lagMs ?? 0) / 100) / 10),
      })}
      {f.pending > 0 ? ` ${t('modules.insight.freshnessPending', { count: f.pending })}` : ''}
    </p>
  );
}
