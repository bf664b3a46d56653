// The benefit as measured: the linked key figure month by month and how far it has come towards the goal.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../web/format.js';
import type { TInitiative } from '../../contract.js';

export function Realised({ i }: { i: TInitiative }) {
  const { t, i18n } = useTranslation();
  if (!i.realised) return null;
  const monthFormat = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', {
    month: 'short',
    year: 'numeric',
  });
  return (
    <section aria-labelledby="realised" className="rt-portfolio-realised">
      <h2 id="realised" className="h3">
        {t('modules.portfolio.measured')}
      </h2>
      <p data-testid="realised">
        {i.realised.current === null
          ? t('modules.portfolio.realisedNone')
          : t('modules.portfolio.realised', {
              value: formatNumber(i.realised.current),
              pct: i.realised.pct === null ? '–' : formatNumber(i.realised.pct),
            })}
      </p>
      <div className="table--responsive-scroll">
        <table className="table table--compact">
          <thead>
            <tr>
              {i.realised.months.map((m) => (
                <th scope="col" key={m.month}>
                  {monthFormat.format(new Date(`${m.month}-15T12:00:00Z`))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {i.realised.months.map((m) => (
                <td key={m.month}>{m.value === null ? '–' : formatNumber(m.value)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
