// A chart of a figure day by day (or month by month for long periods) (Apache ECharts, loaded only on the page that shows it), with the
// same numbers as a table for screen readers and keyboard users.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../web/format.js';

export function FigureChart({
  series,
  label,
  granularity,
}: {
  series: { day: string; value: number | null }[];
  label: string;
  granularity: 'day' | 'month';
}) {
  const ref = useRef<HTMLDivElement>(null);
  const { t, i18n } = useTranslation();
  const monthFormat = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', {
    month: 'short',
    year: 'numeric',
  });
  const when = (day: string) =>
    granularity === 'month' ? monthFormat.format(new Date(`${day}T12:00:00Z`)) : formatDate(day);
  useEffect(() => {
    let disposed = false;
    let chart: { dispose(): void; resize(): void } | undefined;
    const onResize = () => chart?.resize();
    // Only the parts of ECharts this chart uses, fetched when the chart is first shown.
    void Promise.all([
      import('echarts/core'),
      import('echarts/charts'),
      import('echarts/components'),
      import('echarts/renderers'),
    ]).then(([echarts, charts, components, renderers]) => {
      echarts.use([
        charts.LineChart,
        charts.BarChart,
        components.GridComponent,
        components.TooltipComponent,
        components.AriaComponent,
        renderers.SVGRenderer,
      ]);
      if (disposed || !ref.current) return;
      const instance = echarts.init(ref.current, undefined, { renderer: 'svg' });
      instance.setOption({
        aria: { enabled: true },
        grid: { left: 48, right: 16, top: 16, bottom: 32 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: series.map((s) => when(s.day)) },
        yAxis: { type: 'value' },
        series: [
          {
            type: 'line',
            name: label,
            data: series.map((s) => s.value),
            connectNulls: false,
            color: '#0059b3',
          },
        ],
      });
      chart = instance;
      window.addEventListener('resize', onResize);
    });
    return () => {
      disposed = true;
      window.removeEventListener('resize', onResize);
      chart?.dispose();
    };
  }, [series, label, granularity]);
  return (
    <>
      <div
        ref={ref}
        className="rt-insight-chart"
        role="img"
        aria-label={`${label}: ${t('modules.insight.chartTitle')}`}
      />
      <details className="rt-insight-table">
        <summary>{t('modules.insight.chartTable')}</summary>
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">
                {t(granularity === 'month' ? 'modules.insight.month' : 'modules.insight.day')}
              </th>
              <th scope="col">{t('modules.insight.value')}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((s) => (
              <tr key={s.day}>
                <td>{when(s.day)}</td>
                <td>{s.value === null ? '–' : formatNumber(s.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
