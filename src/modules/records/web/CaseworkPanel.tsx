// The caseworker's everyday registrations on a request, each a small form: give the case to a colleague or
// another unit, register time spent (OFL § 9's 25-hour limit), add a journal note (screened like any
// document) and record a complaint, forwarding it when the decision is upheld (OFL §§ 37, 39).
import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api/client.js';
import { Alert } from '../../../web/components/Alert.js';
import { useErrorMessage } from '../../../web/errors.js';
import { formatDate } from '../../../web/format.js';
import type { TRequestDetail } from '../contract.js';

type Person = { id: string; name: string };
type Unit = { id: string; name: string };
const today = () => new Date().toISOString().slice(0, 10);

/** A mutation that refreshes the request (and the lists) once it succeeded. */
function useRecordsMutation<T = void>(fn: (body: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: ['records'] }),
  });
}

function Result({ done, error, text }: { done: boolean; error: unknown; text: string }) {
  const message = useErrorMessage();
  if (error) return <Alert variant="error" heading={message(error)} />;
  return done ? <Alert variant="success" heading={text} /> : null;
}

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {children}
    </div>
  );
}

function AssignForm({ request: r, locked }: { request: TRequestDetail; locked: boolean }) {
  const { t } = useTranslation();
  const k = (key: string) => t(`modules.records.casework.${key}`);
  const people = useQuery({
    queryKey: ['records', 'caseworkers'],
    queryFn: () => api<{ data: Person[] }>('/api/records/caseworkers'),
  });
  const units = useQuery({
    queryKey: ['org', 'units'],
    queryFn: () => api<{ units: Unit[] }>('/api/org/units'),
  });
  const [assignedTo, setAssignedTo] = useState(r.assignedTo ?? '');
  const [unitId, setUnitId] = useState(r.unitId ?? '');
  const save = useRecordsMutation(() =>
    api(`/api/records/requests/${r.id}`, {
      method: 'PATCH',
      body: { assignedTo: assignedTo || null, unitId: unitId || null },
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} className="rt-form">
      <h3 className="h4">{k('assignHeading')}</h3>
      <Field id="cw-assignee" label={k('caseworker')}>
        <select
          className="form-select"
          id="cw-assignee"
          value={assignedTo}
          disabled={locked}
          onChange={(e) => setAssignedTo(e.target.value)}
        >
          <option value="">{k('nobody')}</option>
          {(people.data?.data ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="cw-unit" label={k('unit')}>
        <select
          className="form-select"
          id="cw-unit"
          value={unitId}
          disabled={locked}
          onChange={(e) => setUnitId(e.target.value)}
        >
          <option value="">{k('noUnit')}</option>
          {(units.data?.units ?? []).map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" className="button button-secondary" disabled={locked || save.isPending}>
        {k('assignSave')}
      </button>
      <Result done={save.isSuccess} error={save.error} text={k('assigned')} />
    </form>
  );
}

function TimeForm({ request: r }: { request: TRequestDetail }) {
  const { t } = useTranslation();
  const k = (key: string, o?: Record<string, unknown>) => t(`modules.records.casework.${key}`, o);
  const [minutes, setMinutes] = useState('');
  const [activity, setActivity] = useState('');
  const [spentOn, setSpentOn] = useState(today());
  const save = useRecordsMutation(() =>
    api(`/api/records/requests/${r.id}/time`, {
      method: 'POST',
      body: { minutes: Number(minutes), activity, spentOn },
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined, { onSuccess: () => (setMinutes(''), setActivity('')) });
  };
  return (
    <form onSubmit={submit} className="rt-form">
      <h3 className="h4">{k('timeHeading')}</h3>
      <p>{k('timeSpent', { hours: Math.floor(r.minutesSpent / 60), minutes: r.minutesSpent % 60 })}</p>
      <Field id="cw-minutes" label={k('minutes')}>
        <input
          className="form-input input-width-xs"
          id="cw-minutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={1440}
          required
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
      </Field>
      <Field id="cw-activity" label={k('activity')}>
        <input
          className="form-input"
          id="cw-activity"
          required
          maxLength={300}
          value={activity}
          onChange={(e) => setActivity(e.target.value)}
        />
      </Field>
      <Field id="cw-spent-on" label={k('spentOn')}>
        <input
          className="form-input input-width-s"
          id="cw-spent-on"
          type="date"
          value={spentOn}
          onChange={(e) => setSpentOn(e.target.value)}
        />
      </Field>
      <button type="submit" className="button button-secondary" disabled={save.isPending}>
        {k('timeSave')}
      </button>
      <Result done={save.isSuccess} error={save.error} text={k('timeSaved')} />
    </form>
  );
}

function JournalForm({ request: r, locked }: { request: TRequestDetail; locked: boolean }) {
  const { t } = useTranslation();
  const k = (key: string) => t(`modules.records.casework.${key}`);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(today());
  const [text, setText] = useState('');
  const save = useRecordsMutation(() =>
    api(`/api/records/requests/${r.id}/journal-entries`, {
      method: 'POST',
      body: { title, date: date || null, text },
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined, { onSuccess: () => (setTitle(''), setText('')) });
  };
  return (
    <form onSubmit={submit} className="rt-form">
      <h3 className="h4">{k('journalHeading')}</h3>
      <p className="form-hint">{k('journalHint')}</p>
      <Field id="cw-note-title" label={k('noteTitle')}>
        <input
          className="form-input"
          id="cw-note-title"
          required
          maxLength={300}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </Field>
      <Field id="cw-note-date" label={k('noteDate')}>
        <input
          className="form-input input-width-s"
          id="cw-note-date"
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </Field>
      <Field id="cw-note-text" label={k('noteText')}>
        <textarea
          className="form-input"
          id="cw-note-text"
          rows={4}
          maxLength={20000}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      <button type="submit" className="button button-secondary" disabled={locked || save.isPending}>
        {k('noteSave')}
      </button>
      <Result done={save.isSuccess} error={save.error} text={k('noteSaved')} />
    </form>
  );
}

function Complaints({ request: r }: { request: TRequestDetail }) {
  const { t } = useTranslation();
  const k = (key: string, o?: Record<string, unknown>) => t(`modules.records.casework.${key}`, o);
  const [kind, setKind] = useState<'decision' | 'delay'>('decision');
  const [received, setReceived] = useState(today());
  const [note, setNote] = useState('');
  const add = useRecordsMutation(() =>
    api(`/api/records/requests/${r.id}/complaints`, {
      method: 'POST',
      body: { kind, received, note: note.trim() || null },
    }),
  );
  const forward = useRecordsMutation((id: string) =>
    api(`/api/records/complaints/${id}/forward`, { method: 'POST', body: {} }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(undefined, { onSuccess: () => setNote('') });
  };
  return (
    <div>
      <h3 className="h4">{k('complaintsHeading')}</h3>
      {r.complaints.length === 0 ? (
        <p>{k('noComplaints')}</p>
      ) : (
        <ul className="nobullet-list" data-testid="complaints">
          {r.complaints.map((c) => (
            <li key={c.id}>
              {k(`kind_${c.kind}`)} · {k('receivedOn', { date: formatDate(c.received) })} ·{' '}
              {c.forwardedOn
                ? k('forwardedOn', { date: formatDate(c.forwardedOn) })
                : k('forwardDue', { date: formatDate(c.forwardDue) })}{' '}
              {c.forwardedOn ? null : (
                <button
                  type="button"
                  className="button button-tertiary"
                  disabled={forward.isPending}
                  onClick={() => forward.mutate(c.id)}
                >
                  {k('forward')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <Result done={forward.isSuccess} error={forward.error} text={k('forwarded')} />
      <form onSubmit={submit} className="rt-form">
        <fieldset>
          <legend className="h5">{k('complaintKind')}</legend>
          {(['decision', 'delay'] as const).map((value) => (
            <div className="form-group-radio" key={value}>
              <input
                type="radio"
                className="form-radio"
                id={`cw-kind-${value}`}
                name="cw-kind"
                checked={kind === value}
                onChange={() => setKind(value)}
              />
              <label htmlFor={`cw-kind-${value}`}>{k(`kind_${value}`)}</label>
            </div>
          ))}
        </fieldset>
        <Field id="cw-complaint-received" label={k('complaintReceived')}>
          <input
            className="form-input input-width-s"
            id="cw-complaint-received"
            type="date"
            value={received}
            onChange={(e) => setReceived(e.target.value)}
          />
        </Field>
        <Field id="cw-complaint-note" label={k('complaintNote')}>
          <textarea
            className="form-input"
            id="cw-complaint-note"
            rows={2}
            maxLength={5000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </Field>
        <button type="submit" className="button button-secondary" disabled={add.isPending}>
          {k('complaintSave')}
        </button>
        <Result done={add.isSuccess} error={add.error} text={k('complaintSaved')} />
      </form>
    </div>
  );
}

export function CaseworkPanel({ request, locked }: { request: TRequestDetail; locked: boolean }) {
  const { t } = useTranslation();
  return (
    <details className="rt-casework" data-testid="casework">
      <summary className="h3">{t('modules.records.casework.heading')}</summary>
      <AssignForm request={request} locked={locked} />
      <TimeForm request={request} />
      <JournalForm request={request} locked={locked} />
      <Complaints request={request} />
    </details>
  );
}
