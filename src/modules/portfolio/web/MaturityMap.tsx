// The maturity map: the municipality's assessed level per area over time and the initiatives per level,
// with the form to record a new assessment.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api/client.js';
import { useCan } from '../../../web/auth/session.js';
import { QueryState } from '../../../web/components/QueryState.js';
import { useToast } from '../../../web/components/Toasts.js';
import { formatDate } from '../../../web/format.js';
import type { TMap } from '../contract.js';
import { AREAS } from '../domain/initiative.js';

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

export function MaturityMap() {
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
