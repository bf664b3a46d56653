// The business case: costs and gains per year as low / likely / high estimates, with the expected totals
// and the payback year computed as you type.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../web/format.js';
import { summariseBusinessCase, type BusinessCaseYear } from '../../domain/initiative.js';
import type { FormState } from './types.js';

const POINTS = ['Low', 'Likely', 'High'] as const;
const POINT_KEYS = { Low: 'bcLow', Likely: 'bcLikely', High: 'bcHigh' } as const;

export function BusinessCaseSection({ v, set }: FormState) {
  const { t } = useTranslation();
  const p = (key: string, values?: Record<string, unknown>) => t(`modules.portfolio.${key}`, values);
  const rows = v.businessCase;
  const setRow = (index: number, key: keyof BusinessCaseYear, value: number) =>
    set(
      'businessCase',
      rows.map((r, i) => (i === index ? { ...r, [key]: value } : r)),
    );
  const addYear = () => {
    const year = (rows.at(-1)?.year ?? new Date().getFullYear() - 1) + 1;
    set('businessCase', [
      ...rows,
      { year, costLow: 0, costLikely: 0, costHigh: 0, gainLow: 0, gainLikely: 0, gainHigh: 0 },
    ]);
  };
  const bc = summariseBusinessCase(rows);
  return (
    <>
      <h2 className="h3">{p('businessCase')}</h2>
      <div className="table--responsive-scroll">
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{p('bcYear')}</th>
              <th scope="col">{p('bcCost')}</th>
              <th scope="col">{p('bcGain')}</th>
              <th scope="col">
                <span className="sr-only">{p('bcRemove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <td>
                  <input
                    aria-label={p('bcYear')}
                    className="form-input input-width-xs"
                    inputMode="numeric"
                    value={r.year}
                    onChange={(e) => setRow(i, 'year', Number(e.target.value) || 0)}
                  />
                </td>
                {(['cost', 'gain'] as const).map((kind) => (
                  <td key={kind}>
                    {POINTS.map((point) => (
                      <input
                        key={point}
                        aria-label={`${p(kind === 'cost' ? 'bcCostOne' : 'bcGainOne')} ${r.year}, ${p(POINT_KEYS[point])}`}
                        className="form-input input-width-xs rt-portfolio-money"
                        inputMode="numeric"
                        value={r[`${kind}${point}`]}
                        onChange={(e) => setRow(i, `${kind}${point}`, Number(e.target.value) || 0)}
                      />
                    ))}
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    className="button button-tertiary"
                    onClick={() =>
                      set(
                        'businessCase',
                        rows.filter((_, j) => j !== i),
                      )
                    }
                  >
                    {p('bcRemove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="button button-secondary" onClick={addYear}>
        {p('bcAdd')}
      </button>
      {rows.length > 0 ? (
        <p aria-live="polite">
          {p('bcSummary', {
            cost: formatNumber(bc.totalCost),
            gain: formatNumber(bc.totalGain),
            net: formatNumber(bc.net),
          })}{' '}
          {bc.paybackYear ? p('payback', { year: bc.paybackYear }) : p('noPayback')}
        </p>
      ) : null}
    </>
  );
}
