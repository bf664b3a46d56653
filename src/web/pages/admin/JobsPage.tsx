import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { Job, JobState } from '../../api/types.js';
import { Alert } from '../../components/Alert.js';
import { FINISHED, useJobsQuery } from '../../components/JobWatcher.js';
import { PageHeading } from '../../components/PageHeading.js';
import { ProgressBar } from '../../components/ProgressBar.js';
import { QueryState } from '../../components/QueryState.js';
import { useErrorMessage } from '../../errors.js';
import { ABILITIES } from '../../abilities.js';
import { useCan } from '../../auth/session.js';
import { formatDateTime } from '../../format.js';

const BADGE: Record<JobState, string> = {
  queued: '',
  active: 'badge-info',
  retry: 'badge-warning',
  completed: 'badge-success',
  failed: 'badge-error',
  cancelled: 'badge-warning',
};

/** Background jobs with live progress (polled every 2 seconds while any job runs). */
export function JobsPage() {
  const { t } = useTranslation();
  const jobs = useJobsQuery();
  const list = jobs.data ?? [];
  return (
    <>
      <PageHeading title={t('admin.jobs.title')} lead={t('admin.jobs.lead')}>
        {t('admin.jobs.title')}
      </PageHeading>
      <QueryState
        isPending={jobs.isPending}
        error={jobs.error}
        isEmpty={list.length === 0}
        empty={<p className="rt-empty">{t('admin.jobs.empty')}</p>}
      >
        <ul className="rt-job-list">
          {list.map((job) => (
            <JobItem key={job.id} job={job} />
          ))}
        </ul>
      </QueryState>
    </>
  );
}

function JobItem({ job }: { job: Job }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const message = useErrorMessage();
  const cancel = useMutation({
    mutationFn: () => api(`/api/jobs/${job.id}/cancel`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['jobs'] }),
  });
  const can = useCan();
  const kind = t(`jobs.kinds.${job.name}`, { defaultValue: job.name });
  const active = !FINISHED.includes(job.state);
  const progress = job.state === 'completed' ? 100 : (job.progress?.percent ?? 0);
  return (
    <li className="rt-job">
      <div className="rt-job-head">
        <h2 className="h4 rt-job-title">{kind}</h2>
        <span className={`badge ${BADGE[job.state]}`}>{t(`jobs.states.${job.state}`)}</span>
      </div>
      <ProgressBar
        value={progress}
        label={t('admin.jobs.progress', { kind: kind.charAt(0).toLowerCase() + kind.slice(1) })}
      />
      {job.progress?.message ? <p className="rt-job-message">{job.progress.message}</p> : null}
      {job.error ? <p className="rt-job-message rt-job-error">{job.error}</p> : null}
      <p className="rt-job-meta">
        {job.createdAt ? t('admin.jobs.started', { at: formatDateTime(job.createdAt) }) : null}
        {job.finishedAt ? ` · ${t('admin.jobs.finished', { at: formatDateTime(job.finishedAt) })}` : null}
      </p>
      {cancel.error ? <Alert variant="error" heading={message(cancel.error)} /> : null}
      {active && can(ABILITIES.jobsManage) ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => cancel.mutate()}
          disabled={cancel.isPending}
        >
          {t('admin.jobs.cancel')}
          <span className="sr-only"> {kind}</span>
        </button>
      ) : null}
    </li>
  );
}
