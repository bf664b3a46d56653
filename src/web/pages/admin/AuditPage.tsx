import { useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, withQuery } from '../../api/client.js';
import { listOf, totalOf } from '../../api/list.js';
import type { AuditEntry } from '../../api/types.js';
import { Icon } from '../../components/Icon.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Pager } from '../../components/Pager.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDateTime } from '../../format.js';
import { AuditFilters, FILTER_KEYS, type Filters } from './AuditFilters.js';

const PAGE = 50;

function filtersFrom(params: URLSearchParams): Filters {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? ''])) as Filters;
}

/** Periods are calendar days; the API gets the start of `from` and the end of `to`. */
function apiQuery(filters: Filters): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of FILTER_KEYS) if (filters[key]) query[key] = filters[key];
  if (filters.from) query.from = new Date(`${filters.from}T00:00:00`).toISOString();
  if (filters.to) query.to = new Date(`${filters.to}T23:59:59.999`).toISOString();
  return query;
}

export function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const offset = Number(params.get('offset') ?? 0) || 0;
  const query = apiQuery(filters);
  const entries = useQuery({
    queryKey: ['audit', query, offset],
    queryFn: async () => {
      const data = await api<unknown>('/api/audit', { query: { ...query, limit: PAGE, offset } });
      const items = listOf<AuditEntry>(data, 'entries');
      return { items, total: totalOf(data, offset + items.length) };
    },
    placeholderData: keepPreviousData,
  });
  const [draft, setDraft] = useState<Filters>(filters);

  function apply(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const key of FILTER_KEYS) if (draft[key].trim()) next.set(key, draft[key].trim());
    setParams(next);
  }
  function page(nextOffset: number) {
    const next = new URLSearchParams(params);
    if (nextOffset) next.set('offset', String(nextOffset));
    else next.delete('offset');
    setParams(next);
  }

  const items = entries.data?.items ?? [];
  return (
    <>
      <PageHeading title={t('admin.audit.title')} lead={t('admin.audit.lead')}>
        {t('admin.audit.title')}
      </PageHeading>
      <AuditFilters
        draft={draft}
        onChange={setDraft}
        onSubmit={apply}
        onReset={() => {
          setDraft(filtersFrom(new URLSearchParams()));
          setParams(new URLSearchParams());
        }}
      />
      <p>
        <a className="function-link" href={withQuery('/api/audit/export.csv', query)} download>
          <Icon name="download" />
          {t('admin.audit.export')}
        </a>
      </p>
      <QueryState
        isPending={entries.isPending}
        error={entries.error}
        isEmpty={items.length === 0}
        empty={<p className="rt-empty">{t('admin.audit.empty')}</p>}
      >
        <div
          className="table--responsive-scroll"
          tabIndex={0}
          role="region"
          aria-label={t('admin.audit.results')}
        >
          <table
            className="table table--zebra table--compact table-md-responsive-headers"
            aria-busy={entries.isFetching}
          >
            <caption className="sr-only">{t('admin.audit.results')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.audit.at')}</th>
                <th scope="col">{t('admin.audit.actor')}</th>
                <th scope="col">{t('admin.audit.action')}</th>
                <th scope="col">{t('admin.audit.objectType')}</th>
                <th scope="col">{t('admin.audit.objectId')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((entry) => (
                <tr key={entry.id}>
                  <td className="rt-nowrap" data-title={t('admin.audit.at')}>
                    {formatDateTime(entry.createdAt)}
                  </td>
                  <td data-title={t('admin.audit.actor')}>{entry.actorLabel || t('admin.audit.system')}</td>
                  <td data-title={t('admin.audit.action')}>
                    <code>{entry.action}</code>
                  </td>
                  <td data-title={t('admin.audit.objectType')}>{entry.objectType}</td>
                  <td className="rt-break" data-title={t('admin.audit.objectId')}>
                    {entry.objectId ?? ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pager offset={offset} limit={PAGE} total={entries.data?.total ?? 0} onChange={page} />
      </QueryState>
    </>
  );
}
