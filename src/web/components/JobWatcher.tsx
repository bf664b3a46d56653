import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import { listOf } from '../api/list.js';
import type { Job, JobState } from '../api/types.js';
import { useCan } from '../auth/session.js';
import { ABILITIES } from '../abilities.js';
import { useToast } from './Toasts.js';

export const FINISHED: readonly JobState[] = ['completed', 'failed', 'cancelled'];

export function useJobsQuery(enabled = true) {
  return useQuery({
    queryKey: ['jobs'],
    queryFn: async () => listOf<Job>(await api<unknown>('/api/jobs'), 'jobs'),
    enabled,
    refetchInterval: (query) =>
      (query.state.data ?? []).some((job) => !FINISHED.includes(job.state)) ? 2_000 : 15_000,
  });
}

/** Shows a toast when a background job the user can see finishes. */
export function JobWatcher() {
  const { t } = useTranslation();
  const can = useCan();
  const toast = useToast();
  const { data } = useJobsQuery(can(ABILITIES.jobs));
  const seen = useRef<Map<string, JobState> | null>(null);

  useEffect(() => {
    if (!data) return;
    const previous = seen.current;
    seen.current = new Map(data.map((job) => [job.id, job.state]));
    if (!previous) return;
    for (const job of data) {
      const before = previous.get(job.id);
      if (before && !FINISHED.includes(before) && FINISHED.includes(job.state)) {
        toast({
          variant: job.state === 'completed' ? 'success' : job.state === 'failed' ? 'error' : 'info',
          heading: t(`jobs.toast.${job.state}`, {
            kind: t(`jobs.kinds.${job.name}`, { defaultValue: job.name }),
          }),
          content: job.error ?? job.progress.message ?? undefined,
        });
      }
    }
  }, [data, t, toast]);
  return null;
}
