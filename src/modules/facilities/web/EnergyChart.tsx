// A line chart (ECharts, loaded on demand) of an alert's series with the normal/expected line, and the same
// figures as a table for screen readers and anyone who prefers numbers.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../web/format.js';
import type { TEnergyAlert } from '../contract.js';
import { formatPeriod } from './alert-text.js';
import { ScrollTable } from './ScrollTable.js';

export function EnergyChart({ alert }: { alert: TEnergyAlert }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart: { dispose(): void; resize(): void } | null = null;
    const resize = () => chart?.resize();
    void import('./echarts-setup.js').then(({ echarts }) => {
      if (disposed || !ref.current) return;
      const c = echarts.init(ref.current, undefined, { renderer: 'svg' });
      c.setOption({
        animation: false,
        // The legend above the plot, clear of the period labels under it.
        grid: { left: 50, right: 16, top: 40, bottom: 30 },
        tooltip: { trigger: 'axis' },
        legend: { top: 0, data: [t('modules.facilities.value'), t('modules.facilities.expected')] },
        xAxis: { type: 'category', data: alert.series.map((p) => p.x) },
        yAxis: { type: 'value' },
        series: [
          {
            name: t('modules.facilities.value'),
            type: 'line',
            data: alert.series.map((p) => p.y),
            color: '#b51d09',
          },
          {
            name: t('modules.facilities.expected'),
            type: 'line',
            data: alert.series.map((p) => p.expected),
            lineStyle: { type: 'dashed' },
            color: '#1a1a1a',
          },
        ],
      });
      chart = c;
      window.addEventListener('resize', resize);
    });
    return () => {
      disposed = true;
      window.removeEventListener('resize', resize);
      chart?.dispose();
    };
  }, [alert, t]);
  return (
    <figure className="rt-fm-chart">
      <div ref={ref} className="rt-fm-chart-canvas" aria-hidden="true" />
      <details>
        <summary>{t('modules.facilities.chartTable')}</summary>
        <ScrollTable label={t('modules.facilities.chartTable')}>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('modules.facilities.period')}</th>
                <th scope="col">{t('modules.facilities.value')}</th>
                <th scope="col">{t('modules.facilities.expected')}</th>
              </tr>
            </thead>
            <tbody>
              {alert.series.map((p) => (
                <tr key={p.x}>
                  <th scope="row">{formatPeriod(p.x)}</th>
                  <td>{formatNumber(p.y)}</td>
                  <td>{p.expected === null ? '–' : formatNumber(p.expected)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </details>
    </figure>
  );
}
