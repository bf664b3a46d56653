import { useState, type ChangeEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { ImportResult } from '../../api/types.js';
import { decodeCsvBytes } from '../../../modules/org/csv-decode.js';
import { Alert } from '../../components/Alert.js';
import { PageHeading } from '../../components/PageHeading.js';
import { useToast } from '../../components/Toasts.js';
import { useErrorMessage } from '../../errors.js';
import { ImportSummary } from './ImportSummary.js';

type Kind = 'units' | 'employees';

/** CSV import of units or employees: a dry run shows what would change, then the same file is applied. */
export function ImportPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const toast = useToast();
  const message = useErrorMessage();
  const [kind, setKind] = useState<Kind>('units');
  const [csv, setCsv] = useState('');
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [applied, setApplied] = useState<ImportResult | null>(null);
  const [missing, setMissing] = useState(false);

  const run = useMutation({
    mutationFn: (dryRun: boolean) =>
      api<ImportResult>('/api/org/import', { method: 'POST', body: { kind, csv, dryRun } }),
    onSuccess: async (result, dryRun) => {
      if (dryRun) {
        setPreview(result);
        return;
      }
      setApplied(result);
      setPreview(null);
      toast({ variant: 'success', heading: t('admin.import.appliedToast') });
      await queryClient.invalidateQueries({ queryKey: ['org'] });
    },
  });

  function changed() {
    setPreview(null);
    setApplied(null);
  }

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    // Danish Excel saves "CSV (semikolonsepareret)" in Windows-1252: decode by content, not as UTF-8.
    setCsv(decodeCsvBytes(new Uint8Array(await file.arrayBuffer())).text);
    changed();
  }

  function previewImport() {
    setMissing(!csv.trim());
    if (csv.trim()) run.mutate(true);
  }

  return (
    <>
      <PageHeading title={t('admin.import.title')} lead={t('admin.import.lead')}>
        {t('admin.import.title')}
      </PageHeading>
      <fieldset className="rt-fieldset">
        <legend className="form-label">{t('admin.import.kind')}</legend>
        {(['units', 'employees'] as const).map((value) => (
          <div className="form-group-radio" key={value}>
            <input
              type="radio"
              className="form-radio"
              id={`kind-${value}`}
              name="kind"
              checked={kind === value}
              onChange={() => {
                setKind(value);
                changed();
              }}
            />
            <label htmlFor={`kind-${value}`}>{t(`admin.import.kinds.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="form-group">
        <label className="form-label" htmlFor="csv-file">
          {t('admin.import.file')}
        </label>
        <input
          id="csv-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          className="rt-file"
          onChange={readFile}
        />
      </div>
      <div className={`form-group${missing ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor="csv-text">
          {t('admin.import.text')}
        </label>
        <span className="form-hint" id="csv-text-hint">
          {t(`admin.import.hint.${kind}`)}
        </span>
        {missing ? (
          <span className="form-error-message" id="csv-text-error">
            <span className="sr-only">{t('common.error')}: </span>
            {t('admin.import.errors.empty')}
          </span>
        ) : null}
        <textarea
          id="csv-text"
          className="form-input rt-csv"
          rows={8}
          spellCheck={false}
          value={csv}
          aria-describedby={missing ? 'csv-text-hint csv-text-error' : 'csv-text-hint'}
          onChange={(event) => {
            setCsv(event.target.value);
            changed();
          }}
        />
      </div>
      {run.error ? <Alert variant="error" heading={message(run.error)} /> : null}
      <div className="button-row rt-button-row">
        <button
          type="button"
          className="button button-primary"
          onClick={previewImport}
          disabled={run.isPending}
        >
          {t('admin.import.preview')}
        </button>
      </div>
      {preview ? (
        <section className="rt-section" aria-labelledby="preview-heading">
          <h2 id="preview-heading">{t('admin.import.previewTitle')}</h2>
          <ImportSummary result={preview} />
          {preview.errors.length === 0 ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => run.mutate(false)}
              disabled={run.isPending}
            >
              {t('admin.import.apply')}
            </button>
          ) : (
            <Alert variant="warning" heading={t('admin.import.fixFirst')} />
          )}
        </section>
      ) : null}
      {applied ? (
        <section className="rt-section" aria-labelledby="applied-heading">
          <h2 id="applied-heading">{t('admin.import.appliedTitle')}</h2>
          <ImportSummary result={applied} />
        </section>
      ) : null}
    </>
  );
}
