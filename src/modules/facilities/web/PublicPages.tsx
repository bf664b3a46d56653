// Pages without login: the fault-report form behind a room's QR code, the reporter's status page and the
// contractor's work page. Phone first: one column, large buttons, photos from the camera.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../web/api/client.js';
import { Alert } from '../../../web/components/Alert.js';
import { TextField } from '../../../web/components/Field.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { QueryState } from '../../../web/components/QueryState.js';
import { useErrorMessage } from '../../../web/errors.js';
import { formatDate, formatDateTime, formatNumber } from '../../../web/format.js';
import { PublicShell } from '../../../web/pages/PublicShell.js';
import { History } from './History.js';

export const REPORT_PATH = '/fejlmelding';
export const CONTRACTOR_PATH = '/entreprenoer';
const MAX_BYTES = 10 * 1024 * 1024;
const MAX_FILES = 5;
const p = (key: string) => `modules.facilities.public.${key}`;
const kilobytes = (n: number) => `${formatNumber(Math.max(1, Math.round(n / 1024)))} kB`;

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
  const picker = useRef<HTMLInputElement>(null);
  const send = useMutation({
    mutationFn: () => {
      const data = new FormData();
      data.set('text', text);
      data.set('name', name);
      data.set('contact', contact);
      for (const f of files) data.append('photo', f, f.name);
      return postForm<{ statusToken: string }>(`/api/public/facilities/rooms/${token}/reports`, data);
    },
    onSuccess: () => window.scrollTo(0, 0),
  });
  const again = () => {
    setText('');
    setFiles([]);
    send.reset();
  };
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
        {room.data ? <p className="font-lead">{t(p('reportLead'), room.data)}</p> : null}
        {send.data ? (
          <>
            <Alert variant="success" heading={t(p('sent'))}>
              <p>{t(p('sentText'))}</p>
              <p>
                <Link to={`${REPORT_PATH}/status/${send.data.statusToken}`}>{t(p('statusLink'))}</Link>
              </p>
            </Alert>
            <button type="button" className="button button-secondary" onClick={again}>
              {t(p('reportAnother'))}
            </button>
          </>
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
                onChange={(e) => {
                  setText(e.target.value);
                  if (localError && e.target.value.trim().length >= 3) setLocalError(null);
                }}
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
            {/* The browser's own file field speaks the browser's language; a button of ours opens it instead. */}
            <div className="form-group">
              <span className="form-label" id="fm-photo-label">
                {t(p('photo'))} <span className="weight-normal">({t('common.optional')})</span>
              </span>
              <span className="form-hint" id="fm-photo-hint">
                {t(p('photoHint'))}
              </span>
              <input
                ref={picker}
                id="fm-photo"
                type="file"
                accept="image/*"
                multiple
                hidden
                aria-labelledby="fm-photo-label"
                onChange={(e) => {
                  const chosen = Array.from(e.target.files ?? []);
                  setFiles((before) => [...before, ...chosen].slice(0, MAX_FILES));
                  e.target.value = '';
                }}
              />
              <button
                type="button"
                className="button button-secondary"
                aria-describedby="fm-photo-label fm-photo-hint"
                disabled={files.length >= MAX_FILES}
                onClick={() => picker.current?.click()}
              >
                {t(p('photoChoose'))}
              </button>
              {files.length > 0 ? (
                <ul className="rt-fm-files">
                  {files.map((f, i) => (
                    <li key={`${f.name}-${i}`}>
                      {f.name} ({kilobytes(f.size)}){' '}
                      <button
                        type="button"
                        className="button button-tertiary"
                        aria-label={t(p('photoRemove'), { name: f.name })}
                        onClick={() => setFiles(files.filter((_, j) => j !== i))}
                      >
                        ✕
                      </button>
                    </li>
                  ))}
                </ul>
              ) : null}
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
            <blockquote className="rt-fm-quote">{q.data.text}</blockquote>
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
  events: { at: string; actor: string; kind: string; note: string | null; data?: Record<string, unknown> }[];
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
          ...(note && s !== 'plan' ? { note } : {}),
          ...(s === 'plan' ? { plannedOn } : {}),
          ...(s === 'complete' && hours ? { hours: Number(hours.replace(',', '.')) } : {}),
          ...(s === 'complete' && cost ? { cost: Number(cost.replace(',', '.')) } : {}),
        },
      }),
    onSuccess: async (_, s) => {
      if (s !== 'plan') setNote('');
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
  const working = o ? ['accepted', 'planned', 'in_progress'].includes(o.status) : false;
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
              {o.plannedOn ? (
                <>
                  {' '}
                  · <strong>{t('modules.facilities.plannedOn')}:</strong> {formatDate(o.plannedOn)}
                </>
              ) : null}
            </p>
            {o.status === 'assigned' ? (
              <>
                <TextField
                  id="c-note"
                  label={t(p('acceptNote'))}
                  hint={t(p('acceptNoteHint'))}
                  optional
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                />
                <p>
                  {button('accept', t(p('accept')), true)}
                  {button('reject', t(p('reject')))}
                </p>
              </>
            ) : null}
            {working ? (
              <>
                <h2>{t(p('planHeading'))}</h2>
                <TextField
                  id="c-date"
                  type="date"
                  label={t('modules.facilities.plannedOn')}
                  value={plannedOn}
                  onChange={(e) => setPlannedOn(e.target.value)}
                />
                <p>{button('plan', t(p('plan')))}</p>
                <h2>{t(p('completeHeading'))}</h2>
                <TextField
                  id="c-note"
                  label={t(p('doneNote'))}
                  optional
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                />
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
            {o.status === 'done' ? (
              <Alert variant="success">
                <p>{t(p('doneMessage'))}</p>
              </Alert>
            ) : o.status === 'rejected' ? (
              <Alert variant="info">
                <p>{t(p('rejectedMessage'))}</p>
              </Alert>
            ) : o.status === 'cancelled' ? (
              <Alert variant="info">
                <p>{t(p('closedMessage'))}</p>
              </Alert>
            ) : null}
            {step.error ? (
              <Alert variant="error">
                <p>{message(step.error)}</p>
              </Alert>
            ) : null}
            <History events={o.events} />
          </>
        ) : null}
      </QueryState>
    </PublicShell>
  );
}
