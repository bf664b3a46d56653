import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api/client.js';
import { Alert } from '../../../web/components/Alert.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { useErrorMessage } from '../../../web/errors.js';

type Report = {
  dryRun: boolean;
  rows: number;
  buildingsCreated: number;
  buildingsUpdated: number;
  unchanged: number;
  errors: { line: number; code: string; field: string | null; detail: string | null }[];
};

/** CSV import of buildings: a dry run first, then apply (refused while the file has errors). */
export function ImportPage() {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const [csv, setCsv] = useState('');
  const run = useMutation({
    mutationFn: (dryRun: boolean) =>
      api<Report>('/api/facilities/import', { method: 'POST', body: { csv, dryRun } }),
  });
  const r = run.data;
  return (
    <>
      <PageHeading title={t('modules.facilities.import')} lead={t('modules.facilities.importLead')}>
        {t('modules.facilities.import')}
      </PageHeading>
      <div className="form-group">
        <label className="form-label" htmlFor="fm-csv">
          {t('modules.facilities.csv')}
        </label>
        <textarea
          id="fm-csv"
          className="form-input"
          rows={10}
          value={csv}
          onChange={(e) => setCsv(e.target.value)}
        />
      </div>
      <p>
        <button
          type="button"
          className="button button-secondary"
          disabled={!csv || run.isPending}
          onClick={() => run.mutate(true)}
        >
          {t('modules.facilities.dryRun')}
        </button>{' '}
        <button
          type="button"
          className="button button-primary"
          disabled={!r || r.errors.length > 0 || run.isPending}
          onClick={() => run.mutate(false)}
        >
          {t('modules.facilities.apply')}
        </button>
      </p>
      {run.error ? (
        <Alert variant="error">
          <p>{message(run.error)}</p>
        </Alert>
      ) : null}
      {r ? (
        <Alert variant={r.errors.length > 0 ? 'warning' : 'success'}>
          <p>
            {t('modules.facilities.report.rows')}: {r.rows} · {t('modules.facilities.report.created')}:{' '}
            {r.buildingsCreated} · {t('modules.facilities.report.updated')}: {r.buildingsUpdated} ·{' '}
            {t('modules.facilities.report.unchanged')}: {r.unchanged}
          </p>
          {r.errors.length > 0 ? (
            <ul>
              {r.errors.map((e, i) => (
                <li key={i}>
                  {t('modules.facilities.report.line')} {e.line}: {e.field ?? ''} {e.code} {e.detail ?? ''}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
    </>
  );
}
