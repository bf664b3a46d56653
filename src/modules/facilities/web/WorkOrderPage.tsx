import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api/client.js';
import { Alert } from '../../../web/components/Alert.js';
import { SelectField, TextField } from '../../../web/components/Field.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { QueryState } from '../../../web/components/QueryState.js';
import { useErrorMessage } from '../../../web/errors.js';
import { formatDate, formatDateTime, formatNumber } from '../../../web/format.js';
import type { TWorkOrderDetail } from '../contract.js';
import { History } from './History.js';

export const CONTRACTOR_PAGE = '/entreprenoer';

/** One work order: details, assignment (crew or contractor link), steps and the history. */
export function WorkOrderPage() {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const client = useQueryClient();
  const { orderId = '' } = useParams();
  const q = useQuery({
    queryKey: ['facilities', 'order', orderId],
    queryFn: () => api<TWorkOrderDetail>(`/api/facilities/work-orders/${orderId}`),
  });
  const [kind, setKind] = useState<'crew' | 'contractor'>('contractor');
  const [name, setName] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [note, setNote] = useState('');
  const refresh = () => client.invalidateQueries({ queryKey: ['facilities'] });
  const assign = useMutation({
    mutationFn: () =>
      api<{ contractorToken: string | null }>(`/api/facilities/work-orders/${orderId}/assign`, {
        method: 'POST',
        body: { kind, name },
      }),
    onSuccess: async (r) => {
      setCopied(false);
      setLink(r.contractorToken ? `${window.location.origin}${CONTRACTOR_PAGE}/${r.contractorToken}` : null);
      await refresh();
    },
  });
  const step = useMutation({
    mutationFn: (s: string | undefined) =>
      api(`/api/facilities/work-orders/${orderId}/steps`, {
        method: 'POST',
        body: { ...(s ? { step: s } : {}), ...(note ? { note } : {}) },
      }),
    onSuccess: async () => {
      setNote('');
      await refresh();
    },
  });
  const o = q.data;
  return (
    <QueryState isPending={q.isPending} error={q.error}>
      {o ? (
        <>
          <PageHeading title={`${o.number} ${o.title}`}>
            {o.number} · {o.title}
          </PageHeading>
          {o.asbestosWarning ? (
            <Alert variant="warning">
              <p>{t('modules.facilities.asbestosWarning')}</p>
            </Alert>
          ) : null}
          <dl className="rt-fm-dl">
            <dt>{t('modules.facilities.building')}</dt>
            <dd>
              {o.buildingName}
              {o.roomName ? `, ${o.roomName}` : ''}
            </dd>
            <dt>{t('modules.facilities.part')}</dt>
            <dd>{o.partName ?? '–'}</dd>
            <dt>{t('modules.facilities.priority')}</dt>
            <dd>{t(`modules.facilities.priorities.${o.priority}`)}</dd>
            <dt>{t('modules.facilities.status')}</dt>
            <dd>{t(`modules.facilities.statuses.${o.status}`)}</dd>
            <dt>{t('modules.facilities.due')}</dt>
            <dd>{formatDateTime(o.dueAt)}</dd>
            <dt>{t('modules.facilities.assignee')}</dt>
            <dd>{o.assigneeName ?? '–'}</dd>
            <dt>{t('modules.facilities.plannedOn')}</dt>
            <dd>{o.plannedOn ? formatDate(o.plannedOn) : '–'}</dd>
            <dt>{t('modules.facilities.hours')}</dt>
            <dd>{o.hours ? formatNumber(o.hours) : '–'}</dd>
            <dt>{t('modules.facilities.cost')}</dt>
            <dd>{o.actualCost ? formatNumber(o.actualCost) : '–'}</dd>
          </dl>
          {o.faultReport ? (
            <figure className="rt-fm-report">
              <blockquote>{o.faultReport.text}</blockquote>
              <figcaption>
                {o.faultReport.reporterName
                  ? t('modules.facilities.reportedBy', { name: o.faultReport.reporterName })
                  : t('modules.facilities.reportedAnonymously')}
              </figcaption>
            </figure>
          ) : null}
          {o.photos.length > 0 ? (
            <>
              <h2>{t('modules.facilities.photosHeading')}</h2>
              <ul className="rt-fm-photos">
                {o.photos.map((ph, i) => (
                  <li key={ph.id}>
                    <a href={`/api/facilities/photos/${ph.id}`} target="_blank" rel="noreferrer">
                      <img
                        src={`/api/facilities/photos/${ph.id}`}
                        alt={t('modules.facilities.photoAlt', {
                          number: i + 1,
                          by: t(
                            `modules.facilities.photoBy.${ph.addedBy.startsWith('contractor:') ? 'contractor' : ph.addedBy}`,
                            { defaultValue: ph.addedBy },
                          ),
                        })}
                      />
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}

          {link ? (
            <Alert variant="success">
              <p>{t('modules.facilities.contractorLink')}</p>
              <p className="rt-fm-link" data-testid="contractor-link">
                {link}
              </p>
              <p>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() =>
                    void navigator.clipboard.writeText(link).then(
                      () => setCopied(true),
                      () => setCopied(false),
                    )
                  }
                >
                  {t('modules.facilities.copyLink')}
                </button>{' '}
                <span role="status" className="ml-3">
                  {copied ? t('modules.facilities.copied') : ''}
                </span>
              </p>
            </Alert>
          ) : ['new', 'rejected', 'assigned'].includes(o.status) ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                assign.mutate();
              }}
            >
              <h2>
                {o.status === 'assigned' ? t('modules.facilities.reassign') : t('modules.facilities.assign')}
              </h2>
              {o.status === 'assigned' && o.assigneeKind === 'contractor' ? (
                <p className="form-hint">{t('modules.facilities.reassignHint')}</p>
              ) : null}
              <SelectField
                id="fm-kind"
                label={t('modules.facilities.assignee')}
                value={kind}
                onChange={(e) => setKind(e.target.value as 'crew' | 'contractor')}
              >
                <option value="contractor">{t('modules.facilities.contractor')}</option>
                <option value="crew">{t('modules.facilities.crew')}</option>
              </SelectField>
              <TextField
                id="fm-name"
                label={t('modules.facilities.contractorName')}
                value={name}
                required
                onChange={(e) => setName(e.target.value)}
              />
              <button
                type="submit"
                className="button button-primary"
                disabled={assign.isPending || !name.trim()}
              >
                {t('modules.facilities.assign')}
              </button>
            </form>
          ) : null}
          {assign.error || step.error ? (
            <Alert variant="error">
              <p>{message(assign.error ?? step.error)}</p>
            </Alert>
          ) : null}

          <History events={o.events} />
          <TextField
            id="fm-note"
            label={t('modules.facilities.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <p>
            <button
              type="button"
              className="button button-secondary"
              disabled={!note || step.isPending}
              onClick={() => step.mutate(undefined)}
            >
              {t('modules.facilities.save')}
            </button>{' '}
            {o.status !== 'done' && o.status !== 'cancelled' ? (
              <button type="button" className="button button-tertiary" onClick={() => step.mutate('cancel')}>
                {t('modules.facilities.cancelOrder')}
              </button>
            ) : null}
          </p>
        </>
      ) : null}
    </QueryState>
  );
}
