import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api/client.js';
import { Alert } from '../../../web/components/Alert.js';
import { SelectField, TextField } from '../../../web/components/Field.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { QueryState } from '../../../web/components/QueryState.js';
import { useErrorMessage } from '../../../web/errors.js';
import { formatDateTime } from '../../../web/format.js';
import { PRIORITIES, type Priority } from '../domain/work-orders.js';
import { ScrollTable } from './ScrollTable.js';

type Report = {
  id: string;
  buildingId: string;
  buildingName: string;
  roomName: string;
  text: string;
  reporterName: string | null;
  photos: number;
  createdAt: string;
};
type Order = {
  id: string;
  number: number;
  title: string;
  buildingName: string;
  roomName: string | null;
  priority: Priority;
  status: string;
  dueAt: string;
  overdue: boolean;
  assigneeName: string | null;
};

/**
 * A work order title from a report: its first sentence, cut at a word within 80 characters (the manager can
 * change it before creating the order).
 */
function suggestedTitle(text: string): string {
  const first = text
    .trim()
    .split(/(?<=[.!?])\s/)[0]!
    .replace(/[.!?]$/, '');
  if (first.length <= 80) return first;
  const cut = first.slice(0, 80);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).trimEnd()} …`;
}

/** The inbox of new fault reports (each can become a work order) and the open work orders. */
export function WorkOrdersPage() {
  const { t } = useTranslation();
  const reports = useQuery({
    queryKey: ['facilities', 'reports'],
    queryFn: () => api<{ data: Report[] }>('/api/facilities/fault-reports'),
  });
  const orders = useQuery({
    queryKey: ['facilities', 'orders'],
    queryFn: () => api<{ data: Order[] }>('/api/facilities/work-orders', { query: { perPage: 200 } }),
  });
  return (
    <>
      <PageHeading title={t('modules.facilities.workOrders')} lead={t('modules.facilities.workOrdersLead')}>
        {t('modules.facilities.workOrders')}
      </PageHeading>
      <h2>{t('modules.facilities.faultReports')}</h2>
      <QueryState
        isPending={reports.isPending}
        error={reports.error}
        isEmpty={reports.data?.data.length === 0}
        empty={<p>{t('modules.facilities.noReports')}</p>}
      >
        {reports.data?.data.map((r) => (
          <ReportCard key={r.id} report={r} />
        ))}
      </QueryState>
      <h2>{t('modules.facilities.workOrders')}</h2>
      <QueryState isPending={orders.isPending} error={orders.error} isEmpty={orders.data?.data.length === 0}>
        <ScrollTable label={t('modules.facilities.workOrders')}>
          <table className="table table--zebra">
            <thead>
              <tr>
                <th scope="col">{t('modules.facilities.code')}</th>
                <th scope="col">{t('modules.facilities.title')}</th>
                <th scope="col">{t('modules.facilities.buildings')}</th>
                <th scope="col">{t('modules.facilities.priority')}</th>
                <th scope="col">{t('modules.facilities.status')}</th>
                <th scope="col">{t('modules.facilities.due')}</th>
                <th scope="col">{t('modules.facilities.assignee')}</th>
              </tr>
            </thead>
            <tbody>
              {orders.data?.data.map((o) => (
                <tr key={o.id}>
                  <td>{o.number}</td>
                  <th scope="row">
                    <Link to={`/ejendomme/arbejdsordrer/${o.id}`}>{o.title}</Link>
                  </th>
                  <td>
                    {o.buildingName}
                    {o.roomName ? `, ${o.roomName}` : ''}
                  </td>
                  <td>{t(`modules.facilities.priorities.${o.priority}`)}</td>
                  <td>{t(`modules.facilities.statuses.${o.status}`)}</td>
                  <td>
                    {formatDateTime(o.dueAt)}{' '}
                    {o.overdue ? (
                      <span className="badge badge-error">{t('modules.facilities.overdue')}</span>
                    ) : null}
                  </td>
                  <td>{o.assigneeName ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </QueryState>
    </>
  );
}

function ReportCard({ report }: { report: Report }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [priority, setPriority] = useState<Priority>('high');
  const [title, setTitle] = useState(() => suggestedTitle(report.text));
  const [ack, setAck] = useState(false);
  const create = useMutation({
    mutationFn: () =>
      api<{ id: string }>('/api/facilities/work-orders', {
        method: 'POST',
        body: {
          buildingId: report.buildingId,
          faultReportId: report.id,
          title: title.trim(),
          description: report.text,
          priority,
          asbestosAcknowledged: ack,
        },
      }),
    onSuccess: async (wo) => {
      await client.invalidateQueries({ queryKey: ['facilities'] });
      void navigate(`/ejendomme/arbejdsordrer/${wo.id}`);
    },
  });
  const needsAck =
    create.error && (create.error as { code?: string }).code === 'facilities.asbestos_unacknowledged';
  return (
    <div className="card mb-5 rt-fm-card">
      <div className="card-content">
        <h3 className="mt-0">
          {report.buildingName}, {report.roomName}
        </h3>
        <p>{report.text}</p>
        <p className="form-hint">
          {formatDateTime(report.createdAt)} ·{' '}
          {report.reporterName
            ? t('modules.facilities.reportedBy', { name: report.reporterName })
            : t('modules.facilities.reportedAnonymously')}{' '}
          · {t('modules.facilities.photos', { count: report.photos })}
        </p>
        <TextField
          id={`title-${report.id}`}
          label={t('modules.facilities.orderTitle')}
          hint={t('modules.facilities.orderTitleHint')}
          maxLength={200}
          className="rt-fm-title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <SelectField
          id={`prio-${report.id}`}
          label={t('modules.facilities.priority')}
          value={priority}
          onChange={(e) => setPriority(e.target.value as Priority)}
        >
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(`modules.facilities.priorities.${p}`)}
            </option>
          ))}
        </SelectField>
        {needsAck ? (
          <div className="form-group">
            <input
              id={`ack-${report.id}`}
              type="checkbox"
              className="form-checkbox"
              checked={ack}
              onChange={(e) => setAck(e.target.checked)}
            />
            <label htmlFor={`ack-${report.id}`}>{t('modules.facilities.asbestosAck')}</label>
          </div>
        ) : null}
        {create.error ? (
          <Alert variant="error">
            <p>{message(create.error)}</p>
          </Alert>
        ) : null}
        <button
          type="button"
          className="button button-primary mt-4"
          disabled={create.isPending || !title.trim()}
          onClick={() => create.mutate()}
        >
          {t('modules.facilities.makeOrder')}
        </button>
      </div>
    </div>
  );
}
