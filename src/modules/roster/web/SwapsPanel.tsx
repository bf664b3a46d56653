// The planner's side of shift swaps: every swap of the period, and approve or reject those the colleague has
// accepted (the rules are checked again on approval; a broken rule is shown, nothing is applied).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api/client.js';
import { Alert } from '../../../web/components/Alert.js';
import { QueryState } from '../../../web/components/QueryState.js';
import { useErrorMessage } from '../../../web/errors.js';
import { formatDate } from '../../../web/format.js';
import type { TSwap } from '../contract.js';

export function SwapsPanel({ periodId, version }: { periodId: string; version: number }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const client = useQueryClient();
  const swaps = useQuery({
    queryKey: ['roster', 'swaps', periodId],
    queryFn: () => api<TSwap[]>(`/api/roster/periods/${periodId}/swaps`),
  });
  const decide = useMutation({
    mutationFn: ({ id, approve }: { id: string; approve: boolean }) =>
      api(`/api/roster/swaps/${id}/decide`, { method: 'POST', body: { approve, version } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['roster'] }),
  });
  const list = swaps.data ?? [];
  return (
    <section aria-labelledby="roster-swaps" className="rt-roster-swaps">
      <h2 className="h3" id="roster-swaps">
        {t('modules.roster.swaps')}
      </h2>
      {decide.error ? <Alert variant="error" heading={message(decide.error)} /> : null}
      <QueryState
        isPending={swaps.isPending}
        error={swaps.error}
        isEmpty={list.length === 0}
        empty={<p className="rt-empty">{t('modules.roster.swapsEmpty')}</p>}
      >
        <ul className="nobullet-list" data-testid="roster-swaps">
          {list.map((s) => (
            <li key={s.id}>
              {t('modules.roster.swapLine', { date: formatDate(s.date), from: s.from, to: s.to })}{' '}
              <span className="badge badge-small">
                {t(`modules.roster.swapState.${s.state}`, { defaultValue: s.state })}
              </span>
              {s.state === 'accepted' ? (
                <span className="rt-roster-swap-actions">
                  <button
                    type="button"
                    className="button button-primary"
                    disabled={decide.isPending}
                    onClick={() => decide.mutate({ id: s.id, approve: true })}
                  >
                    {t('modules.roster.swapApprove')}
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={decide.isPending}
                    onClick={() => decide.mutate({ id: s.id, approve: false })}
                  >
                    {t('modules.roster.swapReject')}
                  </button>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      </QueryState>
    </section>
  );
}
