import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api/client.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { QueryState } from '../../../web/components/QueryState.js';
import { formatDate } from '../../../web/format.js';
import type { TRequestSummary } from '../contract.js';

export const DEADLINE_BADGE: Record<TRequestSummary['deadline']['status'], string> = {
  done: 'badge-success',
  ok: '',
  fristbrev_needed: 'badge-warning',
  due_today: 'badge-warning',
  overdue: 'badge-error',
  extended: 'badge-info',
};

/** The caseworker's requests, earliest deadline first. */
export function RequestsPage() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['records', 'requests'],
    queryFn: () => api<{ requests: TRequestSummary[] }>('/api/records/requests'),
  });
  const list = query.data?.requests ?? [];
  return (
    <>
      <PageHeading title={t('modules.records.listTitle')} lead={t('modules.records.listLead')}>
        {t('modules.records.listTitle')}
      </PageHeading>
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={list.length === 0}
        empty={<p className="rt-empty">{t('modules.records.empty')}</p>}
      >
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
            <thead>
              <tr>
                <th scope="col">{t('modules.records.caseNumber')}</th>
                <th scope="col">{t('modules.records.requester')}</th>
                <th scope="col">{t('modules.records.subject')}</th>
                <th scope="col">{t('modules.records.received')}</th>
                <th scope="col">{t('modules.records.due')}</th>
                <th scope="col">{t('modules.records.status')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link to={`/aktindsigt/${r.id}`}>{r.caseNumber}</Link>
                  </th>
                  <td>{r.requesterName}</td>
                  <td>{r.subject}</td>
                  <td>{formatDate(r.received)}</td>
                  <td>
                    {formatDate(r.deadline.decisionDue)}{' '}
                    <span className={`badge ${DEADLINE_BADGE[r.deadline.status]}`}>
                      {t(`modules.records.deadline.${r.deadline.status}`)}
                    </span>
                  </td>
                  <td>{t(`modules.records.statuses.${r.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </QueryState>
    </>
  );
}
