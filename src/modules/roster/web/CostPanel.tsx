import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../web/format.js';
import type { TGrid } from '../contract.js';

/** Live cost of the roster (base + allowances + overtime) against the period's budget. */
export function CostPanel({ cost }: { cost: TGrid['cost'] }) {
  const { t } = useTranslation();
  const over = cost.budget !== null && cost.total > cost.budget;
  return (
    <section className="mt-6" aria-live="polite">
      <h2>{t('modules.roster.cost')}</h2>
      <dl className="rt-roster-cost">
        <dt>{t('modules.roster.costTotal')}</dt>
        <dd className={over ? 'rt-roster-hard' : ''}>{formatNumber(cost.total)} kr.</dd>
        {cost.budget !== null ? (
          <>
            <dt>{t('modules.roster.costBudget')}</dt>
            <dd>{formatNumber(cost.budget)} kr.</dd>
          </>
        ) : null}
        {Object.entries(cost.byCode).map(([code, amount]) => (
          <div key={code} className="rt-roster-costline">
            <dt>{t(`modules.roster.costCodes.${code}`)}</dt>
            <dd>{formatNumber(amount)} kr.</dd>
          </div>
        ))}
      </dl>
      {over ? (
        <p className="rt-roster-hard">
          {t('modules.roster.costOver', { amount: formatNumber(cost.total - cost.budget!) })}
        </p>
      ) : null}
      <h3>{t('modules.roster.costByWeek')}</h3>
      <ul className="rt-roster-weeks">
        {cost.byWeek.map((w) => (
          <li key={w.week}>
            {w.week}: {formatNumber(w.total)} kr.
          </li>
        ))}
      </ul>
    </section>
  );
}
