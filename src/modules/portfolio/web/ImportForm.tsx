// Initiatives from a CSV file: a dry run that lists every bad line, then the import.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api/client.js';

export function ImportForm() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [csv, setCsv] = useState('');
  const run = useMutation({
    mutationFn: (dryRun: boolean) =>
      api<{
        dryRun: boolean;
        created: number;
        titles: string[];
        errors: { line: number; message: string }[];
      }>('/api/portfolio/import', { method: 'POST', body: { csv, dryRun } }),
    onSuccess: (r) => {
      if (!r.dryRun) void client.invalidateQueries({ queryKey: ['portfolio'] });
    },
  });
  const r = run.data;
  return (
    <details className="rt-portfolio-import">
      <summary>{t('modules.portfolio.import')}</summary>
      <p>{t('modules.portfolio.importLead')}</p>
      <div className="form-group">
        <label className="form-label" htmlFor="portfolio-csv">
          {t('modules.portfolio.importFile')}
        </label>
        <input
          id="portfolio-csv"
          type="file"
          accept=".csv,text/csv"
          onChange={async (e) => setCsv((await e.target.files?.[0]?.text()) ?? '')}
        />
      </div>
      <button
        type="button"
        className="button button-secondary"
        disabled={!csv}
        onClick={() => run.mutate(true)}
      >
        {t('modules.portfolio.dryRun')}
      </button>{' '}
      <button
        type="button"
        className="button button-primary"
        disabled={!r || !r.dryRun || r.errors.length > 0 || r.titles.length === 0}
        onClick={() => run.mutate(false)}
      >
        {t('modules.portfolio.doImport')}
      </button>
      {r ? (
        <div role="status">
          <p>
            {r.dryRun
              ? t('modules.portfolio.importReport', { count: r.titles.length })
              : t('modules.portfolio.imported', { count: r.created })}
          </p>
          {r.dryRun && r.titles.length > 0 ? <p>{r.titles.join(', ')}</p> : null}
          <ul>
            {r.errors.map((e) => (
              <li key={e.line}>{t('modules.portfolio.importLine', e)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </details>
  );
}
