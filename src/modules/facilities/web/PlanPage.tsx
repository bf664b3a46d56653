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

type Plan = {
  id: string;
  name: string;
  firstYear: number;
  budgets: number[];
  status: string;
  result?: TPlanResult | null;
};

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
    refetchInterval: (q) => (q.state.data?.some((p) => p.status !== 'done') ? 2000 : false),
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
          label={t('modules.facilities.name')}
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
              {p.name} ({p.status})
            </h2>
            {p.result ? (
              <>
                <p>
                  {t('modules.facilities.plan.summary', {
                    chosen: p.result.plan.chosen,
                    total: p.result.actions.length,
                    gap: formatNumber(Math.round((p.result.gap ?? 0) * 1000) / 10),
                    plan: formatNumber(Math.round(p.result.plan.meanCondition * 100) / 100),
                    greedy: formatNumber(Math.round(p.result.greedy.meanCondition * 100) / 100),
                    cut: formatNumber(Math.round((p.result.cut10?.meanCondition ?? 0) * 100) / 100),
                  })}{' '}
                  <a href={`/api/facilities/plans/${p.id}/export.csv`}>CSV</a>
                </p>
                <div className="table--responsive-scroll">
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
                          <td>{formatNumber(p.result!.plan.condition[i] ?? null)}</td>
                          <td>{formatNumber(p.result!.greedy.condition[i] ?? null)}</td>
                          <td>{formatNumber(p.result!.cut10?.condition[i] ?? null)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            ) : null}
          </section>
        ))}
      </QueryState>
    </>
  );
}
