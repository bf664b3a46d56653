// The portfolio: initiatives with filters, the maturity map, CSV export and import.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, withQuery } from '../../../web/api/client.js';
import { useCan } from '../../../web/auth/session.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { QueryState } from '../../../web/components/QueryState.js';
import { useToast } from '../../../web/components/Toasts.js';
import { formatDate, formatNumber } from '../../../web/format.js';
import type { TMap } from '../contract.js';
import { AREAS, PHASES } from '../domain/initiative.js';

type Summary = {
  id: string;
  title: string;
  summary: string;
  area: string;
  phase: string;
  owner: string;
  maturityLevel: number | null;
  hoursPerYear: number | null;
  suitabilityScore: number | null;
};

function ImportForm() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [csv, setCsv] = useState('');
  const run = useMutation({
    mutationFn: (dryRun: boolean) =>
      api<{
        dryRun: boolean;
        created: number;
        titles: string[];
        errors: { line: number; message: string }[];
      }>('/api/portfolio/import', { method: 'POST', body: { csv, dryRun } }),
    onSuccess: (r) => {
      if (!r.dryRun) void client.invalidateQueries({ queryKey: ['portfolio'] });
    },
  });
  const r = run.data;
  return (
    <details className="rt-portfolio-import">
      <summary>{t('modules.portfolio.import')}</summary>
      <p>{t('modules.portfolio.importLead')}</p>
      <div className="form-group">
        <label className="form-label" htmlFor="portfolio-csv">
          {t('modules.portfolio.importFile')}
        </label>
        <input
          id="portfolio-csv"
          type="file"
          accept=".csv,text/csv"
          onChange={async (e) => setCsv((await e.target.files?.[0]?.text()) ?? '')}
        />
      </div>
      <button
        type="button"
        className="button button-secondary"
        disabled={!csv}
        onClick={() => run.mutate(true)}
      >
        {t('modules.portfolio.dryRun')}
      </button>{' '}
      <button
        type="button"
        className="button button-primary"
        disabled={!r || !r.dryRun || r.errors.length > 0 || r.titles.length === 0}
        onClick={() => run.mutate(false)}
      >
        {t('modules.portfolio.doImport')}
      </button>
      {r ? (
        <div role="status">
          <p>
            {r.dryRun
              ? t('modules.portfolio.importReport', { count: r.titles.length })
              : t('modules.portfolio.imported', { count: r.created })}
          </p>
          {r.dryRun && r.titles.length > 0 ? <p>{r.titles.join(', ')}</p> : null}
          <ul>
            {r.errors.map((e) => (
              <li key={e.line}>{t('modules.portfolio.importLine', e)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </details>
  );
}

function AssessForm() {
  const { t } = useTranslation();
  const toast = useToast();
  const client = useQueryClient();
  const [area, setArea] = useState<string>(AREAS[0]);
  const [level, setLevel] = useState(2);
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const save = useMutation({
    mutationFn: () =>
      api('/api/portfolio/maturity', { method: 'POST', body: { area, level, assessedOn: date } }),
    onSuccess: async () => {
      toast({ variant: 'success', heading: t('modules.portfolio.assessSaved') });
      await client.invalidateQueries({ queryKey: ['portfolio', 'map'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} className="rt-portfolio-assess">
      <h3 className="h4">{t('modules.portfolio.assess')}</h3>
      <div className="rt-portfolio-row">
        <div className="form-group">
          <label className="form-label" htmlFor="assess-area">
            {t('modules.portfolio.area')}
          </label>
          <select
            id="assess-area"
            className="form-select"
            value={area}
            onChange={(e) => setArea(e.target.value)}
          >
            {AREAS.map((a) => (
              <option key={a} value={a}>
                {t(`modules.portfolio.areas.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="assess-level">
            {t('modules.portfolio.level')}
          </label>
          <select
            id="assess-level"
            className="form-select"
            value={level}
            onChange={(e) => setLevel(Number(e.target.value))}
          >
            {[1, 2, 3, 4].map((l) => (
              <option key={l} value={l}>
                {t(`modules.portfolio.levels.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="assess-date">
            {t('modules.portfolio.date')}
          </label>
          <input
            id="assess-date"
            type="date"
            className="form-input"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
      </div>
      <button type="submit" className="button button-secondary" disabled={save.isPending}>
        {t('modules.portfolio.assess')}
      </button>
    </form>
  );
}

function MaturityMap() {
  const { t } = useTranslation();
  const can = useCan();
  const map = useQuery({ queryKey: ['portfolio', 'map'], queryFn: () => api<TMap>('/api/portfolio/map') });
  return (
    <section aria-labelledby="portfolio-map">
      <h2 id="portfolio-map" className="h3">
        {t('modules.portfolio.map')}
      </h2>
      <p>{t('modules.portfolio.mapLead')}</p>
      <QueryState isPending={map.isPending} error={map.error}>
        <div className="table--responsive-scroll">
          <table className="table rt-portfolio-map">
            <thead>
              <tr>
                <th scope="col">{t('modules.portfolio.area')}</th>
                {[1, 2, 3, 4].map((l) => (
                  <th scope="col" key={l}>
                    {t(`modules.portfolio.levels.${l}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {map.data?.areas
                .filter((a) => a.assessed || a.initiatives.length > 0)
                .map((a) => (
                  <tr key={a.area}>
                    <th scope="row">
                      {t(`modules.portfolio.areas.${a.area}`)}
                      <br />
                      <small>
                        {a.assessed
                          ? t('modules.portfolio.assessed', {
                              level: a.assessed.level,
                              date: formatDate(a.assessed.assessedOn),
                            })
                          : t('modules.portfolio.notAssessed')}
                      </small>
                    </th>
                    {[1, 2, 3, 4].map((l) => (
                      <td
                        key={l}
                        className={a.assessed && a.assessed.level >= l ? 'rt-portfolio-reached' : undefined}
                      >
                        <ul className="nobullet-list">
                          {a.initiatives
                            .filter((i) => i.maturityLevel === l)
                            .map((i) => (
                              <li key={i.id}>
                                <Link to={`/portefolje/${i.id}`}>{i.title}</Link>
                              </li>
                            ))}
                        </ul>
                      </td>
                    ))}
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </QueryState>
      {can('portfolio.write') ? <AssessForm /> : null}
    </section>
  );
}

export function PortfolioPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const filters = {
    q: params.get('q') ?? '',
    area: params.get('area') ?? '',
    phase: params.get('phase') ?? '',
  };
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const list = useQuery({
    queryKey: ['portfolio', 'list', filters],
    queryFn: () =>
      api<{ data: Summary[]; count: number }>('/api/portfolio/initiatives', {
        query: { ...filters, perPage: 200 },
      }),
  });
  return (
    <>
      <PageHeading title={t('modules.portfolio.title')} lead={t('modules.portfolio.lead')}>
        {t('modules.portfolio.title')}
      </PageHeading>
      <p className="rt-portfolio-actions">
        {can('portfolio.write') ? (
          <Link className="button button-primary" to="/portefolje/ny">
            {t('modules.portfolio.new')}
          </Link>
        ) : null}
        <a className="button button-secondary" href={withQuery('/api/portfolio/initiatives.csv')} download>
          {t('modules.portfolio.exportCsv')}
        </a>
      </p>
      <div className="rt-portfolio-row">
        <div className="form-group">
          <label className="form-label" htmlFor="portfolio-q">
            {t('modules.portfolio.search')}
          </label>
          <input
            id="portfolio-q"
            type="search"
            className="form-input"
            value={filters.q}
            onChange={(e) => set('q', e.target.value)}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="portfolio-area">
            {t('modules.portfolio.area')}
          </label>
          <select
            id="portfolio-area"
            className="form-select"
            value={filters.area}
            onChange={(e) => set('area', e.target.value)}
          >
            <option value="">{t('modules.portfolio.allAreas')}</option>
            {AREAS.map((a) => (
              <option key={a} value={a}>
                {t(`modules.portfolio.areas.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="portfolio-phase">
            {t('modules.portfolio.phase')}
          </label>
          <select
            id="portfolio-phase"
            className="form-select"
            value={filters.phase}
            onChange={(e) => set('phase', e.target.value)}
          >
            <option value="">{t('modules.portfolio.allPhases')}</option>
            {PHASES.map((p) => (
              <option key={p} value={p}>
                {t(`modules.portfolio.phases.${p}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <QueryState
        isPending={list.isPending}
        error={list.error}
        isEmpty={(list.data?.count ?? 0) === 0}
        empty={<p className="rt-empty">{t('modules.portfolio.empty')}</p>}
      >
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
            <thead>
              <tr>
                <th scope="col">{t('modules.portfolio.titleLabel')}</th>
                <th scope="col">{t('modules.portfolio.area')}</th>
                <th scope="col">{t('modules.portfolio.phase')}</th>
                <th scope="col">{t('modules.portfolio.owner')}</th>
                <th scope="col">{t('modules.portfolio.hours')}</th>
                <th scope="col">{t('modules.portfolio.score')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data?.data.map((i) => (
                <tr key={i.id}>
                  <th scope="row">
                    <Link to={`/portefolje/${i.id}`}>{i.title}</Link>
                    {i.summary ? (
                      <>
                        <br />
                        <small>{i.summary}</small>
                      </>
                    ) : null}
                  </th>
                  <td>{t(`modules.portfolio.areas.${i.area}`)}</td>
                  <td>{t(`modules.portfolio.phases.${i.phase}`)}</td>
                  <td>{i.owner}</td>
                  <td>{i.hoursPerYear === null ? '–' : formatNumber(i.hoursPerYear)}</td>
                  <td>{i.suitabilityScore === null ? '–' : formatNumber(i.suitabilityScore)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </QueryState>
      <MaturityMap />
      {can('portfolio.write') ? <ImportForm /> : null}
    </>
  );
}
