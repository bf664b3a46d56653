// The leader's dashboard: every key figure for the chosen period and unit as a tile with its trend and target.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, withQuery } from '../../../web/api/client.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { QueryState } from '../../../web/components/QueryState.js';
import { formatDate } from '../../../web/format.js';
import type { TDashboard, TFigure, TTile } from '../contract.js';
import { Freshness, formatValue, useFigures, useLang, ViewChooser } from './shared.js';
import { useView } from './view.js';

const STATUS_BADGE = { met: 'badge-success', missed: 'badge-error', none: '' } as const;

function trendOf(tile: TTile): 'up' | 'down' | 'flat' {
  if (tile.value === null || tile.previous === null || tile.value === tile.previous) return 'flat';
  return tile.value > tile.previous ? 'up' : 'down';
}

function Tile({ tile, figure, search }: { tile: TTile; figure: TFigure | undefined; search: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trend = trendOf(tile);
  return (
    <section className="rt-insight-tile" data-testid={`tile-${tile.figure}`}>
      <h2 className="h4">
        <Link to={`/ledelsesinformation/${encodeURIComponent(tile.figure)}?${search}`}>
          {figure?.name[lang] ?? tile.figure}
        </Link>
      </h2>
      <p className="rt-insight-value" data-testid="tile-value">
        {tile.value === null ? t('modules.insight.noValue') : formatValue(tile.value, figure, lang)}
      </p>
      <p className="rt-insight-meta">
        <span aria-hidden="true">{trend === 'up' ? '▲' : trend === 'down' ? '▼' : '■'}</span>{' '}
        <span className="sr-only">{t(`modules.insight.trend.${trend}`)}. </span>
        {t('modules.insight.previous', { value: formatValue(tile.previous, figure, lang) })}
      </p>
      {tile.target !== null ? (
        <p className="rt-insight-meta">
          {t('modules.insight.target', { value: formatValue(tile.target, figure, lang) })}{' '}
          <span className={`badge ${STATUS_BADGE[tile.status]}`}>
            {t(`modules.insight.status.${tile.status}`)}
          </span>
        </p>
      ) : null}
    </section>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const view = useView();
  const figures = useFigures();
  const query = useQuery({
    queryKey: ['insight', 'dashboard', view.period, view.unitId],
    queryFn: () =>
      api<TDashboard>('/api/insight/dashboard', { query: { ...view.period, unitId: view.unitId } }),
    refetchInterval: 5000,
  });
  const d = query.data;
  const byId = new Map((figures.data?.data ?? []).map((f) => [f.id, f]));
  const exportQuery = { ...view.period, unitId: view.unitId, lang };
  return (
    <>
      <PageHeading title={t('modules.insight.title')} lead={t('modules.insight.lead')}>
        {t('modules.insight.title')}
      </PageHeading>
      <QueryState isPending={query.isPending} error={query.error}>
        {d ? (
          <>
            <ViewChooser preset={view.preset} unitId={view.unitId} units={d.units} onChange={view.set} />
            <p>
              <strong>{d.unit?.name ?? t('modules.insight.allUnits')}</strong>, {formatDate(d.period.from)} –{' '}
              {formatDate(d.period.to)}
            </p>
            <Freshness f={d.freshness} />
            <div className="rt-insight-tiles">
              {d.tiles.map((tile) => (
                <Tile key={tile.figure} tile={tile} figure={byId.get(tile.figure)} search={view.search} />
              ))}
            </div>
            <p className="rt-insight-actions">
              <a
                className="button button-secondary"
                href={withQuery('/api/insight/export.xlsx', exportQuery)}
                download
              >
                {t('modules.insight.exportXlsx')}
              </a>
              <a
                className="button button-secondary"
                href={withQuery('/api/insight/export.csv', exportQuery)}
                download
              >
                {t('modules.insight.exportCsv')}
              </a>
              <button type="button" className="button button-tertiary" onClick={() => window.print()}>
                {t('modules.insight.print')}
              </button>
            </p>
          </>
        ) : null}
      </QueryState>
    </>
  );
}
