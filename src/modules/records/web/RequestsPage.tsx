import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api/client.js';
import { useSession } from '../../../web/auth/session.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { QueryState } from '../../../web/components/QueryState.js';
import { formatDate } from '../../../web/format.js';
import type { TRequestSummary } from '../contract.js';
import { STATUSES } from '../domain/request.js';

export const DEADLINE_BADGE: Record<TRequestSummary['deadline']['status'], string> = {
  done: 'badge-success',
  ok: '',
  fristbrev_needed: 'badge-warning',
  due_today: 'badge-warning',
  overdue: 'badge-error',
  extended: 'badge-info',
};

type View = 'mine' | 'unassigned' | 'team';
type Column = 'caseNumber' | 'requesterName' | 'subject' | 'received' | 'due' | 'status';

/** Lower case without accents, so "sorensen" finds "Sørensen" and "ae" finds "æ". */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

const sortValue = (r: TRequestSummary, c: Column) =>
  c === 'due' ? r.deadline.decisionDue : c === 'received' ? r.received : String(r[c]);

/** The caseworker's requests: mine, unassigned or the team's; search, filters, sorting and CSV export. */
export function RequestsPage() {
  const { t } = useTranslation();
  const me = useSession();
  const k = (key: string, o?: Record<string, unknown>) => t(`modules.records.list.${key}`, o);
  const [view, setView] = useState<View>('team');
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState('');
  const [overdue, setOverdue] = useState(false);
  const [sort, setSort] = useState<{ column: Column; asc: boolean }>({ column: 'due', asc: true });
  const query = useQuery({
    queryKey: ['records', 'requests'],
    queryFn: () => api<{ requests: TRequestSummary[] }>('/api/records/requests'),
  });
  const list = useMemo(() => {
    const words = fold(search).split(/\s+/).filter(Boolean);
    return (query.data?.requests ?? [])
      .filter((r) =>
        view === 'mine' ? r.assignedTo === me.user.id : view === 'unassigned' ? r.assignedTo === null : true,
      )
      .filter((r) => !status || r.status === status)
      .filter((r) => !overdue || r.deadline.status === 'overdue')
      .filter((r) => {
        const hay = fold(`${r.caseNumber} ${r.requesterName} ${r.subject}`);
        return words.every((w) => hay.includes(w));
      })
      .sort((a, b) => {
        const x = sortValue(a, sort.column);
        const y = sortValue(b, sort.column);
        return (x < y ? -1 : x > y ? 1 : 0) * (sort.asc ? 1 : -1);
      });
  }, [query.data, view, search, status, overdue, sort, me.user.id]);

  const exportCsv = () => {
    const cell = (v: string) => `"${(/^[=+\-@]/.test(v) ? `'${v}` : v).replace(/"/g, '""')}"`;
    const header = ['caseNumber', 'requester', 'subject', 'received', 'due', 'status'].map((c) =>
      t(`modules.records.${c === 'requester' ? 'requester' : c === 'caseNumber' ? 'caseNumber' : c}`),
    );
    const rows = list.map((r) => [
      r.caseNumber,
      r.requesterName,
      r.subject,
      r.received,
      r.deadline.decisionDue,
      t(`modules.records.statuses.${r.status}`),
    ]);
    const csv = '\uFEFF' + [header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'aktindsigt.csv';
    a.click();
    URL.revokeObjectURL(url);
  };

  const th = (column: Column, label: string) => (
    <th scope="col" aria-sort={sort.column === column ? (sort.asc ? 'ascending' : 'descending') : undefined}>
      <button
        type="button"
        className="button button-unstyled rt-sort"
        aria-label={k('sortBy', { column: label })}
        onClick={() => setSort((s) => ({ column, asc: s.column === column ? !s.asc : true }))}
      >
        {label}
        {sort.column === column ? (sort.asc ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );

  return (
    <>
      <PageHeading title={t('modules.records.listTitle')} lead={t('modules.records.listLead')}>
        {t('modules.records.listTitle')}
      </PageHeading>
      <p>
        <Link className="button button-primary" to="/aktindsigt/ny">
          {t('modules.records.register.open')}
        </Link>
      </p>
      <nav className="rt-actions" aria-label={t('modules.records.listTitle')}>
        {(['mine', 'unassigned', 'team'] as const).map((v) => (
          <button
            key={v}
            type="button"
            className={`button ${view === v ? 'button-primary' : 'button-secondary'}`}
            aria-pressed={view === v}
            onClick={() => setView(v)}
          >
            {k(v)}
          </button>
        ))}
      </nav>
      <div className="rt-filters">
        <div className="form-group">
          <label className="form-label" htmlFor="records-search">
            {k('search')}
          </label>
          <input
            className="form-input"
            id="records-search"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="records-status">
            {k('statusFilter')}
          </label>
          <select
            className="form-select"
            id="records-status"
            value={status}
            onChange={(e) => setStatus(e.target.value)}
          >
            <option value="">{k('all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`modules.records.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group-checkbox">
          <input
            type="checkbox"
            className="form-checkbox checkbox-large"
            id="records-overdue"
            checked={overdue}
            onChange={(e) => setOverdue(e.target.checked)}
          />
          <label htmlFor="records-overdue">{k('overdue')}</label>
        </div>
        <button type="button" className="button button-secondary" onClick={exportCsv}>
          {k('export')}
        </button>
      </div>
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={list.length === 0}
        empty={<p className="rt-empty">{t('modules.records.empty')}</p>}
      >
        <p aria-live="polite">{k('count', { count: list.length })}</p>
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
            <thead>
              <tr>
                {th('caseNumber', t('modules.records.caseNumber'))}
                {th('requesterName', t('modules.records.requester'))}
                {th('subject', t('modules.records.subject'))}
                {th('received', t('modules.records.received'))}
                {th('due', t('modules.records.due'))}
                {th('status', t('modules.records.status'))}
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
