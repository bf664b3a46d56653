import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format.js';
import { Icon } from './Icon.js';

/** Previous/next paging with "showing x–y of z" (DKFDS pagination look). */
export function Pager(props: {
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
}) {
  const { t } = useTranslation();
  const { offset, limit, total, onChange } = props;
  if (total <= limit && offset === 0) return null;
  const last = Math.min(offset + limit, total);
  return (
    <nav className="pagination rt-pager" aria-label={t('pager.label')}>
      <button
        type="button"
        className="button button-secondary button-previous"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - limit))}
      >
        <Icon name="chevron-left" />
        {t('pager.previous')}
      </button>
      <p className="rt-pager-status" aria-live="polite">
        {t('pager.status', {
          from: formatNumber(offset + 1),
          to: formatNumber(last),
          total: formatNumber(total),
        })}
      </p>
      <button
        type="button"
        className="button button-secondary button-next"
        disabled={last >= total}
        onClick={() => onChange(offset + limit)}
      >
        {t('pager.next')}
        <Icon name="chevron-right" />
      </button>
    </nav>
  );
}
