import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../api/types.js';
import { formatNumber } from '../../format.js';

const PREVIEW_ROWS = 50;
const ACTION_BADGE = {
  create: 'badge-success',
  update: 'badge-info',
  unchanged: '',
  error: 'badge-error',
} as const;

/** Counts, line errors and the rows of an import (dry run or applied). */
export function ImportSummary({ result }: { result: ImportResult }) {
  const { t, i18n } = useTranslation();
  const rows = result.rows ?? [];
  const shown = rows.filter((row) => row.action !== 'unchanged').slice(0, PREVIEW_ROWS);
  return (
    <>
      <ul className="rt-stats">
        <li>
          <span className="rt-stat-value">{formatNumber(result.created)}</span> {t('admin.import.created')}
        </li>
        <li>
          <span className="rt-stat-value">{formatNumber(result.updated)}</span> {t('admin.import.updated')}
        </li>
        <li>
          <span className="rt-stat-value">{formatNumber(result.unchanged)}</span>{' '}
          {t('admin.import.unchanged')}
        </li>
        <li className={result.errors.length ? 'rt-stat--error' : undefined}>
          <span className="rt-stat-value">{formatNumber(result.errors.length)}</span>{' '}
          {t('admin.import.errorCount')}
        </li>
      </ul>
      {result.errors.length ? (
        <div
          className="table--responsive-scroll"
          tabIndex={0}
          role="region"
          aria-label={t('admin.import.errorsTitle')}
        >
          <table className="table rt-error-table">
            <caption>{t('admin.import.errorsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.import.line')}</th>
                <th scope="col">{t('admin.import.message')}</th>
              </tr>
            </thead>
            <tbody>
              {result.errors.map((error, index) => (
                <tr key={`${error.line}-${index}`}>
                  <td>{formatNumber(error.line)}</td>
                  <td>{i18n.language === 'en' ? error.message_en : error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {shown.length ? (
        <div
          className="table--responsive-scroll"
          tabIndex={0}
          role="region"
          aria-label={t('admin.import.rowsTitle')}
        >
          <table className="table table--compact table--zebra">
            <caption>{t('admin.import.rowsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.import.line')}</th>
                <th scope="col">{t('admin.import.key')}</th>
                <th scope="col">{t('admin.import.rowName')}</th>
                <th scope="col">{t('admin.import.action')}</th>
                <th scope="col">{t('admin.import.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={`${row.line}-${row.key}`}>
                  <td>{formatNumber(row.line)}</td>
                  <td>{row.key}</td>
                  <td>{row.name ?? ''}</td>
                  <td>
                    <span className={`badge ${ACTION_BADGE[row.action]}`}>
                      {t(`admin.import.actions.${row.action}`)}
                    </span>
                  </td>
                  <td>{row.changes.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
