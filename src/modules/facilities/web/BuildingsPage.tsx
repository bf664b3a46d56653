import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api/client.js';
import { TextField } from '../../../web/components/Field.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { QueryState } from '../../../web/components/QueryState.js';
import { formatNumber } from '../../../web/format.js';
import type { TAlert } from '../contract.js';
import { alertDetail } from './alert-text.js';
import { ScrollTable } from './ScrollTable.js';

type Summary = {
  id: string;
  code: string;
  name: string;
  propertyName: string;
  useLabel: string | null;
  yearBuilt: number | null;
  grossArea: number | null;
  energyLabel: string | null;
  condition: number | null;
  openWorkOrders: number;
  alerts: number;
};

/** Buildings with search and paging, and the portfolio's alerts. */
export function BuildingsPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['facilities', 'buildings', q, page],
    queryFn: () =>
      api<{ data: Summary[]; count: number; perPage: number }>('/api/facilities/buildings', {
        query: { q, page, perPage: 50 },
      }),
  });
  const alerts = useQuery({
    queryKey: ['facilities', 'alerts'],
    queryFn: () => api<{ alerts: TAlert[] }>('/api/facilities/alerts'),
  });
  const pages = list.data ? Math.max(1, Math.ceil(list.data.count / list.data.perPage)) : 1;
  return (
    <>
      <PageHeading title={t('modules.facilities.buildings')} lead={t('modules.facilities.buildingsLead')}>
        {t('modules.facilities.buildings')}
      </PageHeading>
      <p>
        <Link to="/ejendomme/arbejdsordrer">{t('modules.facilities.workOrders')}</Link> ·{' '}
        <Link to="/ejendomme/plan">{t('modules.facilities.plan.title')}</Link> ·{' '}
        <Link to="/ejendomme/import">{t('modules.facilities.import')}</Link>
      </p>
      <TextField
        id="fm-search"
        label={t('modules.facilities.search')}
        type="search"
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setPage(1);
        }}
      />
      <QueryState isPending={list.isPending} error={list.error} isEmpty={list.data?.data.length === 0}>
        <ScrollTable label={t('modules.facilities.buildings')}>
          <table className="table table--zebra">
            <thead>
              <tr>
                <th scope="col">{t('modules.facilities.nameLabel')}</th>
                <th scope="col">{t('modules.facilities.use')}</th>
                <th scope="col">{t('modules.facilities.yearBuilt')}</th>
                <th scope="col">{t('modules.facilities.area')}</th>
                <th scope="col">{t('modules.facilities.energyLabel')}</th>
                <th scope="col">{t('modules.facilities.condition')}</th>
                <th scope="col">{t('modules.facilities.openOrders')}</th>
                <th scope="col">{t('modules.facilities.alerts')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data?.data.map((b) => (
                <tr key={b.id}>
                  <th scope="row">
                    <Link to={`/ejendomme/bygninger/${b.id}`}>{b.name}</Link>
                  </th>
                  <td>{b.useLabel ?? '–'}</td>
                  <td>{b.yearBuilt ?? '–'}</td>
                  <td>{formatNumber(b.grossArea)}</td>
                  <td>{b.energyLabel ?? '–'}</td>
                  <td>{b.condition === null ? '–' : formatNumber(b.condition)}</td>
                  <td>{b.openWorkOrders}</td>
                  <td>{b.alerts > 0 ? <span className="badge badge-warning">{b.alerts}</span> : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
        {pages > 1 ? (
          <p>
            <button
              type="button"
              className="button button-tertiary"
              disabled={page <= 1}
              onClick={() => setPage(page - 1)}
            >
              ‹
            </button>{' '}
            {page} / {pages}{' '}
            <button
              type="button"
              className="button button-tertiary"
              disabled={page >= pages}
              onClick={() => setPage(page + 1)}
            >
              ›
            </button>
          </p>
        ) : null}
      </QueryState>
      <h2>{t('modules.facilities.alerts')}</h2>
      <QueryState
        isPending={alerts.isPending}
        error={alerts.error}
        isEmpty={alerts.data?.alerts.length === 0}
      >
        <ul>
          {alerts.data?.alerts.map((a, i) => {
            const detail = alertDetail(t, a);
            return (
              <li key={`${a.buildingId}-${a.kind}-${i}`}>
                <Link to={`/ejendomme/bygninger/${a.buildingId}`}>{a.buildingName}</Link>:{' '}
                {t(`modules.facilities.alertKinds.${a.kind}`)}
                {detail ? ` (${detail})` : ''}
              </li>
            );
          })}
        </ul>
      </QueryState>
    </>
  );
}
