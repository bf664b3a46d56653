import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api/client.js';
import { Alert } from '../../../web/components/Alert.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { QueryState } from '../../../web/components/QueryState.js';
import { useErrorMessage } from '../../../web/errors.js';
import { formatDate, formatNumber } from '../../../web/format.js';
import type { z } from 'zod';
import type { ZMyRoster } from '../contract.js';

type Mine = z.infer<typeof ZMyRoster>;
const KEY = ['roster', 'me'];

/** "Min vagtplan": the employee's shifts, hours against the norm, wishes and swaps — made for a phone. */
export function MyRosterPage() {
  const { t } = useTranslation();
  const mine = useQuery({ queryKey: KEY, queryFn: () => api<Mine>('/api/roster/me') });
  const m = mine.data;
  return (
    <>
      <PageHeading title={t('modules.roster.mineTitle')} lead={t('modules.roster.mineLead')}>
        {t('modules.roster.mineTitle')}
      </PageHeading>
      <QueryState
        isPending={mine.isPending}
        error={mine.error}
        isEmpty={!m?.employee}
        empty={<p>{t('modules.roster.notLinked')}</p>}
      >
        {m ? (
          <>
            {m.periods.map((p) => (
              <p key={p.id}>
                <strong>
                  {p.unitName}, {formatDate(p.startDate)} – {formatDate(p.endDate)}:
                </strong>{' '}
                {t(`modules.roster.state.${p.state}`)}
                {['published', 'actuals', 'closed'].includes(p.state)
                  ? ` · ${t('modules.roster.hoursAgainstNorm', { planned: formatNumber(Math.round(p.plannedMinutes / 60)), norm: formatNumber(Math.round(p.normMinutes / 60)) })}`
                  : ''}
              </p>
            ))}
            <p>
              <a href="/api/roster/me/calendar.ics">{t('modules.roster.calendar')}</a>
            </p>
            <h2>{t('modules.roster.myShifts')}</h2>
            {m.shifts.length === 0 ? (
              <p>{t('modules.roster.noShifts')}</p>
            ) : (
              <ul className="rt-roster-myshifts">
                {m.shifts.map((s) => (
                  <li key={`${s.periodId}/${s.date}`} className={`rt-shift-${s.shift}`}>
                    <strong>{formatDate(s.date)}</strong> {s.name} {s.start}–{s.end}
                  </li>
                ))}
              </ul>
            )}
            {m.periods
              .filter((p) => p.state === 'wishes_open')
              .map((p) => (
                <Wishes key={p.id} period={p} />
              ))}
            <Swaps mine={m} />
          </>
        ) : null}
      </QueryState>
    </>
  );
}

function Wishes({ period }: { period: Mine['periods'][number] }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const client = useQueryClient();
  const [date, setDate] = useState(period.startDate);
  const [kind, setKind] = useState('off');
  const save = useMutation({
    mutationFn: () => {
      const [what, shift] = kind.split(':');
      return api('/api/roster/me/wishes', {
        method: 'POST',
        body: { periodId: period.id, date, shift: what === 'off' ? null : shift, want: what !== 'avoid' },
      });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <section className="mt-6">
      <h2>
        {t('modules.roster.wishesTitle', {
          period: `${formatDate(period.startDate)} – ${formatDate(period.endDate)}`,
        })}
      </h2>
      {period.wishDeadline ? (
        <p>{t('modules.roster.wishesDeadline', { date: formatDate(period.wishDeadline) })}</p>
      ) : null}
      <form onSubmit={submit}>
        <div className="form-group">
          <label className="form-label" htmlFor={`wish-date-${period.id}`}>
            {t('modules.roster.wishDate')}
          </label>
          <input
            id={`wish-date-${period.id}`}
            className="form-input"
            type="date"
            min={period.startDate}
            max={period.endDate}
            required
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`wish-kind-${period.id}`}>
            {t('modules.roster.wishKind')}
          </label>
          <select
            id={`wish-kind-${period.id}`}
            className="form-select"
            value={kind}
            onChange={(e) => setKind(e.target.value)}
          >
            <option value="off">{t('modules.roster.wishDayOff')}</option>
            {period.shiftTypes.map((s) => (
              <option key={`w${s.id}`} value={`want:${s.id}`}>
                {t('modules.roster.wishWant', { shift: s.name })}
              </option>
            ))}
            {period.shiftTypes.map((s) => (
              <option key={`a${s.id}`} value={`avoid:${s.id}`}>
                {t('modules.roster.wishAvoid', { shift: s.name })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {t('modules.roster.addWish')}
        </button>
      </form>
      {save.isSuccess ? (
        <Alert variant="success">
          <p>{t('modules.roster.wishSaved')}</p>
        </Alert>
      ) : null}
      {save.error ? (
        <Alert variant="error">
          <p>{message(save.error)}</p>
        </Alert>
      ) : null}
      {period.wishes.length ? (
        <>
          <h3>{t('modules.roster.myWishes')}</h3>
          <ul>
            {period.wishes.map((w) => (
              <li key={w.date}>
                {formatDate(w.date)}:{' '}
                {w.shift === null
                  ? t('modules.roster.wishDayOff')
                  : w.want
                    ? t('modules.roster.wishWant', { shift: w.shift })
                    : t('modules.roster.wishAvoid', { shift: w.shift })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Swaps({ mine }: { mine: Mine }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const client = useQueryClient();
  const today = new Date().toISOString().slice(0, 10);
  const upcoming = mine.shifts.filter((s) => s.date >= today);
  const [shift, setShift] = useState('');
  const [colleague, setColleague] = useState('');
  const request = useMutation({
    mutationFn: () => {
      const s = upcoming.find((x) => `${x.periodId}/${x.date}` === shift) ?? upcoming[0]!;
      return api('/api/roster/me/swaps', {
        method: 'POST',
        body: { periodId: s.periodId, date: s.date, toEmployeeId: colleague || mine.colleagues[0]!.id },
      });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
  const accept = useMutation({
    mutationFn: (id: string) => api(`/api/roster/me/swaps/${id}/accept`, { method: 'POST', body: {} }),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
  return (
    <section className="mt-6">
      <h2>{t('modules.roster.swapTitle')}</h2>
      {upcoming.length && mine.colleagues.length ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            request.mutate();
          }}
        >
          <div className="form-group">
            <label className="form-label" htmlFor="swap-shift">
              {t('modules.roster.swapShift')}
            </label>
            <select
              id="swap-shift"
              className="form-select"
              value={shift}
              onChange={(e) => setShift(e.target.value)}
            >
              {upcoming.map((s) => (
                <option key={`${s.periodId}/${s.date}`} value={`${s.periodId}/${s.date}`}>
                  {formatDate(s.date)} {s.name}
                </option>
              ))}
            </select>
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="swap-with">
              {t('modules.roster.swapWith')}
            </label>
            <select
              id="swap-with"
              className="form-select"
              value={colleague}
              onChange={(e) => setColleague(e.target.value)}
            >
              {mine.colleagues.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-secondary" disabled={request.isPending}>
            {t('modules.roster.swapRequest')}
          </button>
        </form>
      ) : null}
      {request.isSuccess ? (
        <Alert variant="success">
          <p>{t('modules.roster.swapSent')}</p>
        </Alert>
      ) : null}
      {request.error ? (
        <Alert variant="error">
          <p>{message(request.error)}</p>
        </Alert>
      ) : null}
      {accept.error ? (
        <Alert variant="error">
          <p>{message(accept.error)}</p>
        </Alert>
      ) : null}
      {mine.swaps.length ? (
        <ul className="mt-4">
          {mine.swaps.map((s) => (
            <li key={s.id}>
              {formatDate(s.date)}: {s.from} → {s.to} · {t(`modules.roster.swapState.${s.state}`)}{' '}
              {!s.mine && s.state === 'requested' ? (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => accept.mutate(s.id)}
                >
                  {t('modules.roster.accept')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
