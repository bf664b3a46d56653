// One key figure: its definition, day-by-day chart, the figure per unit (drill down) and the cases behind it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api/client.js';
import { useCan } from '../../../web/auth/session.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { Pager } from '../../../web/components/Pager.js';
import { QueryState } from '../../../web/components/QueryState.js';
import { useToast } from '../../../web/components/Toasts.js';
import { formatDate, formatNumber } from '../../../web/format.js';
import type { TBreakdown, TDashboard, TItemPage } from '../contract.js';
import { FigureChart } from './Chart.js';
import { Freshness, formatValue, useFigures, useLang, ViewChooser } from './shared.js';
import { useView } from './view.js';

const PER_PAGE = 25;

/** Where an item behind a figure lives in the app. */
function itemLink(objectType: string, objectId: string): string | null {
  return objectType === 'records_request' ? `/aktindsigt/${objectId}` : null;
}

function TargetForm({
  figureId,
  unitId,
  unitName,
  current,
}: {
  figureId: string;
  unitId: string | null;
  unitName: string;
  current: number | null;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const client = useQueryClient();
  const [value, setValue] = useState(current === null ? '' : String(current));
  const save = useMutation({
    mutationFn: (target: number | null) =>
      api('/api/insight/targets', { method: 'PUT', body: { figure: figureId, unitId, target } }),
    onSuccess: async () => {
      toast({ variant: 'success', heading: t('modules.insight.targetSaved') });
      await client.invalidateQueries({ queryKey: ['insight'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(value.replace(',', '.'));
    if (value.trim() !== '' && Number.isFinite(n)) save.mutate(n);
  };
  return (
    <form onSubmit={submit} className="rt-insight-target">
      <h2 className="h3">{t('modules.insight.setTarget', { unit: unitName })}</h2>
      <div className="form-group">
        <label className="form-label" htmlFor="insight-target">
          {t('modules.insight.targetLabel', { unit: unitName })}
        </label>
        <input
          id="insight-target"
          className="form-input input-width-xs"
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        {t('modules.insight.saveTarget')}
      </button>{' '}
      {current !== null ? (
        <button type="button" className="button button-secondary" onClick={() => save.mutate(null)}>
          {t('modules.insight.removeTarget')}
        </button>
      ) : null}
    </form>
  );
}

export function FigurePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const can = useCan();
  const { figure: figureId = '' } = useParams();
  const view = useView();
  const [offset, setOffset] = useState(0);
  const figures = useFigures();
  const figure = figures.data?.data.find((f) => f.id === figureId);
  const q = { ...view.period, unitId: view.unitId };
  const dashboard = useQuery({
    queryKey: ['insight', 'dashboard', view.period, view.unitId],
    queryFn: () => api<TDashboard>('/api/insight/dashboard', { query: q }),
    refetchInterval: 5000,
  });
  const breakdown = useQuery({
    queryKey: ['insight', 'breakdown', figureId, view.period, view.unitId],
    queryFn: () =>
      api<TBreakdown>(`/api/insight/figures/${encodeURIComponent(figureId)}/breakdown`, { query: q }),
    refetchInterval: 5000,
  });
  const items = useQuery({
    queryKey: ['insight', 'items', figureId, view.period, view.unitId, offset],
    queryFn: () =>
      api<TItemPage>(`/api/insight/figures/${encodeURIComponent(figureId)}/items`, {
        query: { ...q, page: offset / PER_PAGE + 1, perPage: PER_PAGE },
      }),
    refetchInterval: 5000,
  });
  const tile = dashboard.data?.tiles.find((x) => x.figure === figureId);
  const name = figure?.name[lang] ?? figureId;
  const unitName = dashboard.data?.unit?.name ?? t('modules.insight.wholeMunicipality');
  return (
    <>
      <PageHeading title={name} lead={figure?.definition[lang]}>
        {name}
      </PageHeading>
      <p>
        <Link to={`/ledelsesinformation?${view.search}`}>{t('modules.insight.back')}</Link>
      </p>
      <QueryState isPending={dashboard.isPending} error={dashboard.error}>
        {dashboard.data && tile ? (
          <>
            <ViewChooser
              preset={view.preset}
              unitId={view.unitId}
              units={dashboard.data.units}
              onChange={(c) => {
                setOffset(0);
                view.set(c);
              }}
            />
            <Freshness f={dashboard.data.freshness} />
            <p className="rt-insight-value" data-testid="figure-value">
              {formatValue(tile.value, figure, lang)}
            </p>
            <p>
              {formatDate(dashboard.data.period.from)} – {formatDate(dashboard.data.period.to)}, {unitName}.{' '}
              {t('modules.insight.previous', { value: formatValue(tile.previous, figure, lang) })}
              {tile.target !== null
                ? ` ${t('modules.insight.target', { value: formatValue(tile.target, figure, lang) })}`
                : ''}
            </p>
            <h2 className="h3">{t('modules.insight.chartTitle')}</h2>
            <FigureChart series={tile.series} label={name} granularity={tile.granularity} />
          </>
        ) : null}
      </QueryState>

      <h2 className="h3">{t('modules.insight.breakdown')}</h2>
      <QueryState
        isPending={breakdown.isPending}
        error={breakdown.error}
        isEmpty={(breakdown.data?.rows.length ?? 0) === 0}
        empty={<p className="rt-empty">{t('modules.insight.breakdownEmpty')}</p>}
      >
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
            <thead>
              <tr>
                <th scope="col">{t('modules.insight.unit')}</th>
                <th scope="col">{t('modules.insight.value')}</th>
              </tr>
            </thead>
            <tbody>
              {breakdown.data?.rows.map((r) => (
                <tr key={r.unitId}>
                  <th scope="row">
                    <Link
                      to={`?${new URLSearchParams({ periode: view.preset, unitId: r.unitId }).toString()}`}
                      aria-label={r.hasChildren ? t('modules.insight.drill', { name: r.name }) : r.name}
                      onClick={() => setOffset(0)}
                    >
                      {r.name}
                    </Link>
                  </th>
                  <td>{formatValue(r.value, figure, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </QueryState>

      <h2 className="h3">{t('modules.insight.items')}</h2>
      <QueryState
        isPending={items.isPending}
        error={items.error}
        isEmpty={(items.data?.count ?? 0) === 0}
        empty={<p className="rt-empty">{t('modules.insight.itemsEmpty')}</p>}
      >
        <div className="table--responsive-scroll">
          <table className="table table--zebra" data-testid="insight-items">
            <thead>
              <tr>
                <th scope="col">{t('modules.insight.case')}</th>
                <th scope="col">{t('modules.insight.day')}</th>
                <th scope="col">{t('modules.insight.value')}</th>
              </tr>
            </thead>
            <tbody>
              {items.data?.data.map((i) => {
                const href = itemLink(i.objectType, i.objectId);
                return (
                  <tr key={`${i.objectId}-${i.day}`}>
                    <th scope="row">{href ? <Link to={href}>{i.label}</Link> : i.label}</th>
                    <td>{formatDate(i.day)}</td>
                    <td>
                      {figure?.aggregation === 'pct'
                        ? t(i.value >= 1 ? 'modules.insight.yes' : 'modules.insight.no')
                        : formatNumber(i.value)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <Pager offset={offset} limit={PER_PAGE} total={items.data?.count ?? 0} onChange={setOffset} />
      </QueryState>

      {can('insight.manage') && tile ? (
        <TargetForm
          key={`${figureId}-${view.unitId ?? ''}-${tile.target ?? ''}`}
          figureId={figureId}
          unitId={view.unitId ?? null}
          unitName={unitName}
          current={tile.target}
        />
      ) : null}
    </>
  );
}
