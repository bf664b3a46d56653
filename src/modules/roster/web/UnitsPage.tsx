import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../web/api/client.js';
import { Alert } from '../../../web/components/Alert.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { QueryState } from '../../../web/components/QueryState.js';
import { useErrorMessage } from '../../../web/errors.js';
import { formatDate, formatNumber } from '../../../web/format.js';
import type { TPeriod } from '../contract.js';

type Unit = { id: string; name: string; members: number };

/** The planner's front page: planning units and their periods. */
export function UnitsPage() {
  const { t } = useTranslation();
  const units = useQuery({
    queryKey: ['roster', 'units'],
    queryFn: () => api<{ data: Unit[] }>('/api/roster/units'),
  });
  const list = units.data?.data ?? [];
  return (
    <>
      <PageHeading title={t('modules.roster.unitsTitle')} lead={t('modules.roster.unitsLead')}>
        {t('modules.roster.unitsTitle')}
      </PageHeading>
      <QueryState
        isPending={units.isPending}
        error={units.error}
        isEmpty={list.length === 0}
        empty={<p>{t('modules.roster.noUnits')}</p>}
      >
        {list.map((u) => (
          <UnitPeriods key={u.id} unit={u} />
        ))}
      </QueryState>
    </>
  );
}

function UnitPeriods({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const periods = useQuery({
    queryKey: ['roster', 'periods', unit.id],
    queryFn: () => api<{ data: TPeriod[] }>(`/api/roster/units/${unit.id}/periods`),
  });
  const list = periods.data?.data ?? [];
  return (
    <section className="mt-6">
      <h2>
        {unit.name}{' '}
        <span className="font-lead">· {t('modules.roster.members', { count: unit.members })}</span>
      </h2>
      <p>
        <Link to={`/vagtplan/enheder/${unit.id}`}>
          {t('modules.roster.unitSetup.open')}
          <span className="sr-only"> – {unit.name}</span>
        </Link>
      </p>
      <QueryState isPending={periods.isPending} error={periods.error}>
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
            <thead>
              <tr>
                <th scope="col">{t('modules.roster.period')}</th>
                <th scope="col">{t('modules.roster.status')}</th>
                <th scope="col">{t('modules.roster.wishDeadline')}</th>
                <th scope="col">{t('modules.roster.budget')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/vagtplan/perioder/${p.id}`}>
                      {formatDate(p.startDate)} – {formatDate(p.endDate)}
                    </Link>
                  </th>
                  <td>
                    <span
                      className={`badge ${p.state === 'published' ? 'badge-success' : p.state === 'wishes_open' ? 'badge-info' : ''}`}
                    >
                      {t(`modules.roster.state.${p.state}`)}
                    </span>
                  </td>
                  <td>{p.wishDeadline ? formatDate(p.wishDeadline) : '–'}</td>
                  <td>{p.budget === null ? '–' : formatNumber(p.budget)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </QueryState>
      <NewPeriod unitId={unit.id} />
    </section>
  );
}

function NewPeriod({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const client = useQueryClient();
  const [startDate, setStart] = useState('');
  const [days, setDays] = useState('28');
  const [deadline, setDeadline] = useState('');
  const [budget, setBudget] = useState('');
  const create = useMutation({
    mutationFn: () =>
      api<TPeriod>(`/api/roster/units/${unitId}/periods`, {
        method: 'POST',
        body: {
          startDate,
          days: Number(days),
          wishDeadline: deadline || null,
          budget: budget ? Number(budget) : null,
        },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['roster', 'periods', unitId] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <details className="mt-4">
      <summary>{t('modules.roster.newPeriod')}</summary>
      <form onSubmit={submit} className="rt-roster-form">
        <div className="form-group">
          <label className="form-label" htmlFor={`start-${unitId}`}>
            {t('modules.roster.startDate')}
          </label>
          <input
            id={`start-${unitId}`}
            className="form-input"
            type="date"
            required
            value={startDate}
            onChange={(e) => setStart(e.target.value)}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`days-${unitId}`}>
            {t('modules.roster.days')}
          </label>
          <input
            id={`days-${unitId}`}
            className="form-input input-width-xs"
            type="number"
            min={7}
            max={84}
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`deadline-${unitId}`}>
            {t('modules.roster.wishDeadline')}
          </label>
          <input
            id={`deadline-${unitId}`}
            className="form-input"
            type="date"
            value={deadline}
            onChange={(e) => setDeadline(e.target.value)}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`budget-${unitId}`}>
            {t('modules.roster.budget')}
          </label>
          <input
            id={`budget-${unitId}`}
            className="form-input input-width-s"
            type="number"
            min={0}
            value={budget}
            onChange={(e) => setBudget(e.target.value)}
          />
        </div>
        {create.error ? (
          <Alert variant="error">
            <p>{message(create.error)}</p>
          </Alert>
        ) : null}
        <button className="button button-primary mt-4" type="submit" disabled={create.isPending}>
          {t('modules.roster.create')}
        </button>
      </form>
    </details>
  );
}
