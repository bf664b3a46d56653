// The portfolio: initiatives with filters, the maturity map, CSV export and import.
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, withQuery } from '../../../web/api/client.js';
import { useCan } from '../../../web/auth/session.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { QueryState } from '../../../web/components/QueryState.js';
import { formatNumber } from '../../../web/format.js';
import { ImportForm } from './ImportForm.js';
import { ChoiceField, Field } from './initiative/fields.js';
import { MaturityMap } from './MaturityMap.js';
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
        <Field id="portfolio-q" label={t('modules.portfolio.search')}>
          <input
            id="portfolio-q"
            type="search"
            className="form-input"
            value={filters.q}
            onChange={(e) => set('q', e.target.value)}
          />
        </Field>
        <ChoiceField
          id="portfolio-area"
          label={t('modules.portfolio.area')}
          value={filters.area || null}
          options={AREAS}
          optionLabel={(a) => t(`modules.portfolio.areas.${a}`)}
          onChange={(a) => set('area', a)}
          none={t('modules.portfolio.allAreas')}
          onNone={() => set('area', '')}
        />
        <ChoiceField
          id="portfolio-phase"
          label={t('modules.portfolio.phase')}
          value={filters.phase || null}
          options={PHASES}
          optionLabel={(p) => t(`modules.portfolio.phases.${p}`)}
          onChange={(p) => set('phase', p)}
          none={t('modules.portfolio.allPhases')}
          onNone={() => set('phase', '')}
        />
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
