import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api/client.js';
import { Alert } from '../../../web/components/Alert.js';
import { TextField } from '../../../web/components/Field.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { QueryState } from '../../../web/components/QueryState.js';
import { useErrorMessage } from '../../../web/errors.js';
import { formatNumber } from '../../../web/format.js';
import type { TPlanResult } from '../contract.js';
import { ScrollTable } from './ScrollTable.js';

type Plan = {
  id: string;
  name: string;
  firstYear: number;
  budgets: number[];
  status: string;
  result?: TPlanResult | null;
};

/** A condition grade with two decimals (2,57 and 3,04, not 2,57 and 3,035). */
const grade = (value: number | null) => (value === null ? '–' : formatNumber(Math.round(value * 100) / 100));

/** The chosen actions by planned year, folded away (a municipality's plan has a few hundred). */
function PlannedActions({ actions }: { actions: TPlanResult['actions'] }) {
  const { t } = useTranslation();
  const chosen = actions
    .filter((a) => a.year !== null)
    .sort((a, b) => a.year! - b.year! || a.building.localeCompare(b.building, 'da'));
  return (
    <details className="mb-5">
      <summary>{t('modules.facilities.plan.showActions', { count: chosen.length })}</summary>
      <ScrollTable label={t('modules.facilities.plan.showActions', { count: chosen.length })}>
        <table className="table table--compact table--zebra">
          <thead>
            <tr>
              <th scope="col">{t('modules.facilities.plan.plannedYear')}</th>
              <th scope="col">{t('modules.facilities.building')}</th>
              <th scope="col">{t('modules.facilities.part')}</th>
              <th scope="col">{t('modules.facilities.action')}</th>
              <th scope="col">{t('modules.facilities.plan.recommendedYear')}</th>
              <th scope="col">{t('modules.facilities.cost')}</th>
            </tr>
          </thead>
          <tbody>
            {chosen.map((a) => (
              <tr key={a.id}>
                <td>{a.year}</td>
                <th scope="row">{a.building}</th>
                <td>{a.part}</td>
                <td>{a.action}</td>
                <td>{a.recommendedYear}</td>
                <td>{formatNumber(Math.round(a.cost))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </details>
  );
}

/** Plan scenarios side by side: budget use and condition per year for the plan, the greedy list and a 10 % cut. */
export function PlanPage() {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const client = useQueryClient();
  const [name, setName] = useState('Basis');
  const [budget, setBudget] = useState('5000000');
  const year = new Date().getFullYear();
  const list = useQuery({
    queryKey: ['facilities', 'plans'],
    queryFn: async () => {
      const plans = (await api<{ plans: Plan[] }>('/api/facilities/plans')).plans;
      return Promise.all(plans.slice(0, 3).map((p) => api<Plan>(`/api/facilities/plans/${p.id}`)));
    },
    refetchInterval: (q) =>
      q.state.data?.some((p) => p.status !== 'done' && p.status !== 'failed') ? 2000 : false,
  });
  const create = useMutation({
    mutationFn: () =>
      api('/api/facilities/plans', {
        method: 'POST',
        body: { name, firstYear: year, budgets: new Array(10).fill(Number(budget.replace(/\D/g, '')) || 0) },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['facilities', 'plans'] }),
  });
  return (
    <>
      <PageHeading title={t('modules.facilities.plan.title')} lead={t('modules.facilities.plan.lead')}>
        {t('modules.facilities.plan.title')}
      </PageHeading>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <TextField
          id="plan-name"
          label={t('modules.facilities.nameLabel')}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <TextField
          id="plan-budget"
          inputMode="numeric"
          label={t('modules.facilities.plan.budget')}
          value={budget}
          onChange={(e) => setBudget(e.target.value)}
        />
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {t('modules.facilities.plan.run')}
        </button>
      </form>
      {create.error ? (
        <Alert variant="error">
          <p>{message(create.error)}</p>
        </Alert>
      ) : null}
      <QueryState isPending={list.isPending} error={list.error} isEmpty={list.data?.length === 0}>
        {list.data?.map((p) => (
          <section key={p.id}>
            <h2>
              {p.name} ({t(`modules.facilities.plan.statuses.${p.status}`, { defaultValue: p.status })})
            </h2>
            {p.result ? (
              <>
                <p>
                  {t('modules.facilities.plan.summary', {
                    chosen: p.result.plan.chosen,
                    total: p.result.actions.length,
                    gap: formatNumber(Math.round((p.result.gap ?? 0) * 1000) / 10),
                    plan: grade(p.result.plan.meanCondition),
                    greedy: grade(p.result.greedy.meanCondition),
                    cut: grade(p.result.cut10?.meanCondition ?? null),
                  })}{' '}
                  <a href={`/api/facilities/plans/${p.id}/export.csv`}>{t('modules.facilities.plan.csv')}</a>
                </p>
                <ScrollTable label={p.name}>
                  <table className="table table--zebra">
                    <thead>
                      <tr>
                        <th scope="col">{t('modules.facilities.year')}</th>
                        <th scope="col">{t('modules.facilities.plan.budget')}</th>
                        <th scope="col">{t('modules.facilities.plan.spent')}</th>
                        <th scope="col">{t('modules.facilities.plan.condition')}</th>
                        <th scope="col">{t('modules.facilities.plan.greedy')}</th>
                        <th scope="col">{t('modules.facilities.plan.cut')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {p.budgets.map((b, i) => (
                        <tr key={i}>
                          <th scope="row">{p.firstYear + i}</th>
                          <td>{formatNumber(b)}</td>
                          <td>{formatNumber(Math.round(p.result!.plan.spent[i] ?? 0))}</td>
                          <td>{grade(p.result!.plan.condition[i] ?? null)}</td>
                          <td>{grade(p.result!.greedy.condition[i] ?? null)}</td>
                          <td>{grade(p.result!.cut10?.condition[i] ?? null)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollTable>
                <PlannedActions actions={p.result.actions} />
              </>
            ) : null}
          </section>
        ))}
      </QueryState>
    </>
  );
}
