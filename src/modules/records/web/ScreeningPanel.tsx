// Upload documents and follow their automatic screening (the records.screen job) with a progress bar.
// The job just started is in the URL (?screening=<id>); otherwise the request's latest screening job (kept on the
// request by the server) is shown, so a reloaded or reopened page still shows the running or last screening.
import { useEffect, useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../../web/api/client.js';
import type { Job } from '../../../web/api/types.js';
import { useSession } from '../../../web/auth/session.js';
import { Alert } from '../../../web/components/Alert.js';
import { FINISHED } from '../../../web/components/JobWatcher.js';
import { ProgressBar } from '../../../web/components/ProgressBar.js';
import { useErrorMessage } from '../../../web/errors.js';
import type { TRequestDetail } from '../contract.js';

async function upload(requestId: string, files: FileList, csrfToken: string) {
  const form = new FormData();
  for (const file of Array.from(files)) form.append('file', file, file.name);
  const response = await fetch(`/api/records/requests/${requestId}/documents`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'x-csrf-token': csrfToken },
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) throw new ApiError(response.status, body);
  return body as { screeningJobId: string | null };
}

export function ScreeningPanel({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const message = useErrorMessage();
  const queryClient = useQueryClient();
  const inputId = useId();
  const [params, setParams] = useSearchParams();
  const [files, setFiles] = useState<FileList | null>(null);
  const request = useQuery({
    queryKey: ['records', 'request', requestId],
    queryFn: () => api<TRequestDetail>(`/api/records/requests/${requestId}`),
  });
  const jobId = params.get('screening') ?? request.data?.screening?.jobId ?? null;
  const follow = (id: string | null) =>
    setParams(
      (p) => {
        if (id) p.set('screening', id);
        else p.delete('screening');
        return p;
      },
      { replace: true },
    );

  const job = useQuery({
    queryKey: ['jobs', jobId],
    queryFn: () => api<Job>(`/api/jobs/${jobId}`),
    enabled: Boolean(jobId),
    refetchInterval: (q) => (q.state.data && FINISHED.includes(q.state.data.state) ? false : 1_000),
  });
  const state = job.data?.state;
  useEffect(() => {
    // Suggestions appear on the page as soon as the screening has finished.
    if (state && FINISHED.includes(state))
      void queryClient.invalidateQueries({ queryKey: ['records', 'request', requestId] });
  }, [state, queryClient, requestId]);

  const send = useMutation({
    mutationFn: () => upload(requestId, files as FileList, me.csrfToken),
    onSuccess: (res) => {
      setFiles(null);
      follow(res.screeningJobId);
      void queryClient.invalidateQueries({ queryKey: ['records'] });
    },
  });
  const screen = useMutation({
    mutationFn: () =>
      api<{ jobId: string | null }>(`/api/records/requests/${requestId}/screen`, {
        method: 'POST',
        body: {},
      }),
    onSuccess: (res) => follow(res.jobId),
  });

  const running = Boolean(jobId) && !(state && FINISHED.includes(state));
  return (
    <section aria-labelledby={`${inputId}-h`}>
      <h2 className="h3" id={`${inputId}-h`}>
        {t('modules.records.screening.heading')}
      </h2>
      <form
        className="rt-actions"
        onSubmit={(e) => {
          e.preventDefault();
          if (files?.length) send.mutate();
        }}
      >
        <div className="form-group">
          <label className="form-label" htmlFor={inputId}>
            {t('modules.records.screening.files')}
          </label>
          <input
            id={inputId}
            className="rt-file"
            type="file"
            multiple
            onChange={(e) => setFiles(e.target.files)}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={!files?.length || send.isPending}>
          {t('modules.records.screening.upload')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => screen.mutate()}
          disabled={screen.isPending || running}
        >
          {t('modules.records.detail.screen')}
        </button>
      </form>
      {jobId && job.data ? (
        <div role="status" aria-live="polite">
          <p>
            {t(`modules.records.screening.state.${job.data.state}`)}
            {job.data.progress.message ? ` · ${job.data.progress.message}` : ''}
          </p>
          <ProgressBar value={job.data.progress.percent} label={t('modules.records.screening.progress')} />
        </div>
      ) : null}
      {screen.data && !screen.data.jobId ? (
        <Alert variant="info" heading={t('modules.records.screening.nothing')} />
      ) : null}
      {job.data?.state === 'failed' ? (
        <Alert variant="error" heading={t('modules.records.screening.failed')} />
      ) : null}
      {[send.error, screen.error, job.error].map((e, i) =>
        e ? <Alert key={i} variant="error" heading={message(e)} /> : null,
      )}
    </section>
  );
}
