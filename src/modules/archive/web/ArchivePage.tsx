// Caseworkers' front page of the archive: figures of what waits, the queue per state, and the web import
// (zip with manifest: dry run per line, then the import as a background job whose progress shows here).
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api/client.js';
import type { Job } from '../../../web/api/types.js';
import { Alert } from '../../../web/components/Alert.js';
import { FINISHED } from '../../../web/components/JobWatcher.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { Pager } from '../../../web/components/Pager.js';
import { ProgressBar } from '../../../web/components/ProgressBar.js';
import { Spinner } from '../../../web/components/Spinner.js';
import { useErrorMessage } from '../../../web/errors.js';
import { useSession } from '../../../web/auth/session.js';
import type { TImportResult, TOverview, TQueue } from '../contract.js';
import { PORTAL_PATH, STAFF_PATH } from './api.js';
import { useReasonText } from './reasons.js';

const QUEUES = ['review', 'reported', 'failed', 'withheld', 'locked', 'published', 'pending'] as const;
const PER_PAGE = 25;

export function ArchivePage() {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const session = useSession();
  const reasonText = useReasonText();
  const [params, setParams] = useSearchParams();
  const state = (params.get('state') ?? 'review') as (typeof QUEUES)[number];
  const page = Number(params.get('page') ?? 1) || 1;
  const figures = useQuery({
    queryKey: ['archive-overview'],
    queryFn: () => api<TOverview>('/api/archive/overview'),
    refetchInterval: 5000,
  });
  const list = useQuery({
    queryKey: ['archive-queue', state, page],
    queryFn: () => api<TQueue>('/api/archive/documents', { query: { state, page, perPage: PER_PAGE } }),
    refetchInterval: 5000,
  });
  const count = (s: string) =>
    s === 'reported' ? (figures.data?.reported ?? 0) : (figures.data?.states[s] ?? 0);
  const slug = session.tenant.slug;
  return (
    <>
      <PageHeading title={t('modules.archive.staff.title')} lead={t('modules.archive.staff.lead')}>
        {t('modules.archive.staff.title')}
      </PageHeading>
      {slug ? (
        <p>
          <Link to={`${PORTAL_PATH}/${slug}`}>{t('modules.archive.staff.portalLink')}</Link>
        </p>
      ) : null}
      <h2 className="h3">{t('modules.archive.staff.figures')}</h2>
      <ul className="rt-archive-figures" aria-label={t('modules.archive.staff.figures')}>
        {QUEUES.map((s) => (
          <li key={s} className="rt-archive-figure">
            <strong>{count(s)}</strong>
            <button
              type="button"
              className="button button-unstyled function-link"
              aria-pressed={state === s}
              onClick={() => setParams({ state: s })}
            >
              {t(`modules.archive.staff.states.${s}`)}
            </button>
          </li>
        ))}
      </ul>
      <h2 className="h3">
        {t('modules.archive.staff.queue')}: {t(`modules.archive.staff.states.${state}`)}
      </h2>
      {list.isPending ? <Spinner /> : null}
      {list.isError ? <Alert variant="error">{message(list.error)}</Alert> : null}
      {list.data && list.data.data.length === 0 ? <p>{t('modules.archive.staff.empty')}</p> : null}
      {list.data && list.data.data.length > 0 ? (
        <div className="table--responsive-scroll">
          <table className="table table--compact table-md-responsive-headers">
            <thead>
              <tr>
                <th scope="col">{t('modules.archive.staff.document')}</th>
                <th scope="col">{t('modules.archive.staff.case')}</th>
                <th scope="col">{t('modules.archive.staff.address')}</th>
                <th scope="col">{t('modules.archive.staff.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.data.map((d) => (
                <tr key={d.id}>
                  <td data-title={t('modules.archive.staff.document')}>
                    <Link to={`${STAFF_PATH}/${d.id}`}>{d.title}</Link>
                  </td>
                  <td data-title={t('modules.archive.staff.case')}>{d.caseNumber}</td>
                  <td data-title={t('modules.archive.staff.address')}>{d.address}</td>
                  <td data-title={t('modules.archive.staff.reason')}>{reasonText(d)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.data ? (
        <Pager
          offset={(page - 1) * PER_PAGE}
          limit={PER_PAGE}
          total={list.data.count}
          onChange={(offset) => setParams({ state, page: String(offset / PER_PAGE + 1) })}
        />
      ) : null}
      <ImportForm />
    </>
  );
}

async function upload(file: File, dryRun: boolean, csrf: string): Promise<TImportResult> {
  const form = new FormData();
  form.append('file', file);
  const res = await fetch(`/api/archive/import?dryRun=${dryRun}`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { 'x-csrf-token': csrf },
  });
  const body = (await res.json()) as TImportResult & { message_da?: string; detail?: string };
  if (!res.ok) throw new Error(body.detail ?? body.message_da ?? `HTTP ${res.status}`);
  return body;
}

function ImportForm() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [file, setFile] = useState<File | null>(null);
  const run = useMutation({
    mutationFn: (dryRun: boolean) => upload(file!, dryRun, session.csrfToken),
  });
  const submit = (dryRun: boolean) => (e?: FormEvent) => {
    e?.preventDefault();
    if (file) run.mutate(dryRun);
  };
  const en = i18n.language.startsWith('en');
  return (
    <section>
      <h2 className="h3">{t('modules.archive.staff.import.title')}</h2>
      <form onSubmit={submit(false)}>
        <div className="form-group">
          <label className="form-label" htmlFor="archive-zip">
            {t('modules.archive.staff.import.file')}
          </label>
          <span className="form-hint" id="archive-zip-hint">
            {t('modules.archive.staff.import.hint')}
          </span>
          <input
            id="archive-zip"
            type="file"
            accept=".zip,application/zip"
            aria-describedby="archive-zip-hint"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <button
          type="button"
          className="button button-secondary"
          disabled={!file || run.isPending}
          onClick={() => submit(true)()}
        >
          {t('modules.archive.staff.import.dryRun')}
        </button>{' '}
        <button type="submit" className="button button-primary" disabled={!file || run.isPending}>
          {t('modules.archive.staff.import.start')}
        </button>
      </form>
      {run.isPending ? <Spinner /> : null}
      {run.isError ? <Alert variant="error">{(run.error as Error).message}</Alert> : null}
      {run.data ? (
        <div aria-live="polite">
          <Alert
            variant={run.data.problems.length ? 'warning' : 'success'}
            heading={t('modules.archive.staff.import.report', { ok: run.data.ok, rows: run.data.rows })}
          >
            {run.data.dryRun ? <p>{t('modules.archive.staff.import.dryRunDone')}</p> : null}
          </Alert>
          {run.data.jobId ? <ImportProgress jobId={run.data.jobId} /> : null}
          {run.data.problems.length ? (
            <>
              <h3 className="h4">{t('modules.archive.staff.import.problems')}</h3>
              <ul className="rt-archive-problems">
                {run.data.problems.map((p) => (
                  <li key={`${p.line}-${p.message}`}>{en ? p.message : p.messageDa}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

type TImportJobResult = { imported: number; skipped: number; failed: number };

/**
 * The import job (archive.import) followed to its end: a progress bar, then how many documents came in. The
 * jobs page is for administrators; the caseworker who started the import sees it here.
 */
function ImportProgress({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const client = useQueryClient();
  const job = useQuery({
    queryKey: ['jobs', jobId],
    queryFn: () => api<Job>(`/api/jobs/${jobId}`),
    refetchInterval: (q) => (q.state.data && FINISHED.includes(q.state.data.state) ? false : 1_000),
  });
  const state = job.data?.state;
  useEffect(() => {
    // The new documents show in the figures and queues at once.
    if (state === 'completed') {
      void client.invalidateQueries({ queryKey: ['archive-overview'] });
      void client.invalidateQueries({ queryKey: ['archive-queue'] });
    }
  }, [state, client]);
  if (job.isError) return <Alert variant="error">{message(job.error)}</Alert>;
  if (!job.data) return <Spinner />;
  const result = (job.data.result ?? null) as TImportJobResult | null;
  const percent = state === 'completed' ? 100 : job.data.progress.percent;
  return (
    <div className="rt-archive-import-job">
      <div role="status" aria-live="polite">
        <p className="weight-semibold">{t(`modules.archive.staff.import.job.${job.data.state}`)}</p>
        {state === 'completed' && result ? (
          <p>
            {t('modules.archive.staff.import.job.result', {
              imported: result.imported,
              skipped: result.skipped,
            })}
          </p>
        ) : null}
      </div>
      <ProgressBar value={percent} label={t('modules.archive.staff.import.job.progress')} />
      {state === 'failed' && job.data.error ? <Alert variant="error">{job.data.error}</Alert> : null}
    </div>
  );
}
