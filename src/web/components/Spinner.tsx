import { useTranslation } from 'react-i18next';

/** DKFDS spinner with a status text for screen readers. */
export function Spinner({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="spinner-box">
      <div className="spinner" aria-hidden="true" />
      <div className="spinner-status" role="status">
        {label ?? t('common.loading')}
      </div>
    </div>
  );
}

/** Grey placeholder lines shown while a list or table loads. */
export function Skeleton({ lines = 4 }: { lines?: number }) {
  const { t } = useTranslation();
  return (
    <div className="rt-skeleton" role="status" aria-busy="true">
      <span className="sr-only">{t('common.loading')}</span>
      {Array.from({ length: lines }, (_, index) => (
        <div key={index} className="rt-skeleton-line" aria-hidden="true" />
      ))}
    </div>
  );
}
