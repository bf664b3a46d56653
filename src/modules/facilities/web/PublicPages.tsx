// Pages without login: the fault-report form behind a room's QR code, the reporter's status page and the
// contractor's work page. Phone first: one column, large buttons, photos from the camera.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../web/api/client.js';
import { Alert } from '../../../web/components/Alert.js';
import { TextField } from '../../../web/components/Field.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { QueryState } from '../../../web/components/QueryState.js';
import { useErrorMessage } from '../../../web/errors.js';
import { formatDate, formatDateTime } from '../../../web/format.js';
import { PublicShell } from '../../../web/pages/PublicShell.js';

export const REPORT_PATH = '/fejlmelding';
export const CONTRACTOR_PATH = '/entreprenoer';
const MAX_BYTES = 10 * 1024 * 1024;
const p = (key: string) => `modules.facilities.public.${key}`;

async function postForm<T>(url: string, data: FormData): Promise<T> {
  const res = await fetch(url, { method: 'POST', body: data, headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) throw new ApiError(res.status, body);
  return body as T;
}

export function FaultReportPage() {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const { token = '' } = useParams();
  const room = useQuery({
    queryKey: ['fm-public-room', token],
    queryFn: () =>
      api<{ room: string; building: string; municipality: string }>(`/api/public/facilities/rooms/${token}`),
  });
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [localError, setLocalError] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: () => {
      const data = new FormData();
      data.set('text', text);
      data.set('name', name);
      data.set('contact', contact);
      for (const f of files) data.append('photo', f, f.name);
      return postForm<{ statusToken: string }>(`/api/public/facilities/rooms/${token}/reports`, data);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim().length < 3) return setLocalError(t(p('textTooShort')));
    const big = files.find((f) => f.size > MAX_BYTES);
    if (big) return setLocalError(t(p('photoTooLarge'), { name: big.name }));
    setLocalError(null);
    send.mutate();
  };
  return (
    <PublicShell>
      <PageHeading title={t(p('reportTitle'))}>{t(p('reportTitle'))}</PageHeading>
      <QueryState isPending={room.isPending} error={room.error}>
        {room.data ? (
          <p className="font-lead">
            {t(p('reportLead'), { room: room.data.room, building: room.data.building })}
          </p>
        ) : null}
        {send.data ? (
          <Alert variant="success" heading={t(p('sent'))}>
            <p>
              <Link to={`${REPORT_PATH}/status/${send.data.statusToken}`}>{t(p('statusLink'))}</Link>
            </p>
          </Alert>
        ) : (
          <form onSubmit={submit} noValidate>
            <div className={`form-group${localError ? ' form-error' : ''}`}>
              <label className="form-label" htmlFor="fm-text">
                {t(p('text'))}
              </label>
              <span className="form-hint" id="fm-text-hint">
                {t(p('textHint'))}
              </span>
              {localError ? (
                <span className="form-error-message" id="fm-text-error">
                  {localError}
                </span>
              ) : null}
              <textarea
                id="fm-text"
                className="form-input"
                rows={4}
                value={text}
                aria-describedby={localError ? 'fm-text-hint fm-text-error' : 'fm-text-hint'}
                onChange={(e) => setText(e.target.value)}
              />
            </div>
            <TextField
              id="fm-name"
              label={t(p('name'))}
              optional
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
            <TextField
              id="fm-contact"
              label={t(p('contact'))}
              optional
              value={contact}
              onChange={(e) => setContact(e.target.value)}
            />
            <div className="form-group">
              <label className="form-label" htmlFor="fm-photo">
                {t(p('photo'))}
              </label>
              <span className="form-hint">{t(p('photoHint'))}</span>
              <input
                id="fm-photo"
                type="file"
                accept="image/*"
                multiple
                onChange={(e) => setFiles(Array.from(e.target.files ?? []).slice(0, 5))}
              />
            </div>
            {send.error ? (
              <Alert variant="error">
                <p>{message(send.error)}</p>
              </Alert>
            ) : null}
            <button type="submit" className="button button-primary" disabled={send.isPending}>
              {t(p('send'))}
            </button>
          </form>
        )}
      </QueryState>
    </PublicShell>
  );
}

export function FaultStatusPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const q = useQuery({
    queryKey: ['fm-public-status', token],
    queryFn: () =>
      api<{
        room: string;
        building: string;
        text: string;
        createdAt: string;
        status: string;
        plannedOn: string | null;
      }>(`/api/public/facilities/reports/${token}`),
  });
  return (
    <PublicShell>
      <PageHeading title={t(p('statusTitle'))}>{t(p('statusTitle'))}</PageHeading>
      <QueryState isPending={q.isPending} error={q.error}>
        {q.data ? (
          <>
            <p>
              {q.data.building}, {q.data.room} · {formatDateTime(q.data.createdAt)}
            </p>
            <p>“{q.data.text}”</p>
            <p className="font-lead" data-testid="report-status">
              <span className="badge badge-info">{t(p(`statuses.${q.data.status}`))}</span>
            </p>
            {q.data.plannedOn ? <p>{t(p('planned'), { date: formatDate(q.data.plannedOn) })}</p> : null}
          </>
        ) : null}
      </QueryState>
    </PublicShell>
  );
}

type ContractorView = {
  number: number;
  title: string;
  description: string;
  building: string;
  address: string | null;
  room: string | null;
  status: string;
  dueAt: string;
  plannedOn: string | null;
  asbestosWarning: boolean;
  reportText: string | null;
  events: { at: string; actor: string; kind: string; note: string | null }[];
};

export function ContractorPage() {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const client = useQueryClient();
  const { token = '' } = useParams();
  const key = ['fm-contractor', token];
  const q = useQuery({
    queryKey: key,
    queryFn: () => api<ContractorView>(`/api/public/facilities/orders/${token}`),
  });
  const [note, setNote] = useState('');
  const [plannedOn, setPlannedOn] = useState('');
  const [hours, setHours] = useState('');
  const [cost, setCost] = useState('');
  const step = useMutation({
    mutationFn: (s: string) =>
      api(`/api/public/facilities/orders/${token}/steps`, {
        method: 'POST',
        body: {
          step: s,
          ...(note ? { note } : {}),
          ...(s === 'plan' ? { plannedOn } : {}),
          ...(s === 'complete' && hours ? { hours: Number(hours.replace(',', '.')) } : {}),
          ...(s === 'complete' && cost ? { cost: Number(cost.replace(',', '.')) } : {}),
        },
      }),
    onSuccess: async () => {
      setNote('');
      await client.invalidateQueries({ queryKey: key });
    },
  });
  const o = q.data;
  const button = (s: string, label: string, primary = false) => (
    <button
      type="button"
      className={`button ${primary ? 'button-primary' : 'button-secondary'} mr-3 mb-3`}
      disabled={step.isPending || (s === 'plan' && !plannedOn)}
      onClick={() => step.mutate(s)}
    >
      {label}
    </button>
  );
  return (
    <PublicShell>
      <QueryState isPending={q.isPending} error={q.error}>
        {o ? (
          <>
            <PageHeading title={t(p('contractorTitle'), { number: o.number })}>
              {t(p('contractorTitle'), { number: o.number })}: {o.title}
            </PageHeading>
            {o.asbestosWarning ? (
              <Alert variant="warning">
                <p>{t('modules.facilities.asbestosWarning')}</p>
              </Alert>
            ) : null}
            <p>
              <strong>{t(p('where'))}:</strong> {o.building}
              {o.room ? `, ${o.room}` : ''} {o.address ? `· ${o.address}` : ''}
            </p>
            {o.reportText ? (
              <p>
                <strong>{t(p('what'))}:</strong> {o.reportText}
              </p>
            ) : null}
            <p>
              <strong>{t('modules.facilities.status')}:</strong>{' '}
              <span data-testid="order-status">{t(`modules.facilities.statuses.${o.status}`)}</span> ·{' '}
              <strong>{t('modules.facilities.due')}:</strong> {formatDateTime(o.dueAt)}
            </p>
            <TextField
              id="c-note"
              label={t(p('note'))}
              optional
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
            {o.status === 'assigned' ? (
              <p>
                {button('accept', t(p('accept')), true)}
                {button('reject', t(p('reject')))}
              </p>
            ) : null}
            {['accepted', 'planned', 'in_progress'].includes(o.status) ? (
              <>
                <TextField
                  id="c-date"
                  type="date"
                  label={t('modules.facilities.plannedOn')}
                  value={plannedOn}
                  onChange={(e) => setPlannedOn(e.target.value)}
                />
                <p>{button('plan', t(p('plan')))}</p>
                <TextField
                  id="c-hours"
                  inputMode="decimal"
                  label={t(p('hours'))}
                  optional
                  value={hours}
                  onChange={(e) => setHours(e.target.value)}
                />
                <TextField
                  id="c-cost"
                  inputMode="decimal"
                  label={t(p('cost'))}
                  optional
                  value={cost}
                  onChange={(e) => setCost(e.target.value)}
                />
                <p>{button('complete', t(p('complete')), true)}</p>
              </>
            ) : null}
            {step.error ? (
              <Alert variant="error">
                <p>{message(step.error)}</p>
              </Alert>
            ) : null}
            <h2>{t('modules.facilities.history')}</h2>
            <ol>
              {o.events.map((e, i) => (
                <li key={i}>
                  {formatDateTime(e.at)} · {e.actor} ·{' '}
                  {t(`modules.facilities.steps.${e.kind}`, { defaultValue: e.kind })}
                  {e.note ? `: ${e.note}` : ''}
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </QueryState>
    </PublicShell>
  );
}
