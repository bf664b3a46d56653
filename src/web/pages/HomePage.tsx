import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import { listOf } from '../api/list.js';
import type { Severity, Task } from '../api/types.js';
import { useSession } from '../auth/session.js';
import { PageHeading } from '../components/PageHeading.js';
import { QueryState } from '../components/QueryState.js';
import { formatDate } from '../format.js';

const TAG: Record<Severity, string> = { info: 'badge-info', warning: 'badge-warning', danger: 'badge-error' };

function isExternal(url: string): boolean {
  return /^https?:\/\//.test(url);
}

/** "Min forside": the user's open tasks from every module in one list. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useSession();
  const tasks = useQuery({
    queryKey: ['tasks'],
    queryFn: async () => listOf<Task>(await api<unknown>('/api/tasks'), 'tasks'),
  });
  const list = [...(tasks.data ?? [])].sort((a, b) =>
    (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'),
  );
  return (
    <>
      <PageHeading title={t('home.title')} lead={t('home.greeting', { name: me.user.name })}>
        {t('home.title')}
      </PageHeading>
      <h2>{t('home.tasks')}</h2>
      <QueryState
        isPending={tasks.isPending}
        error={tasks.error}
        isEmpty={list.length === 0}
        empty={
          <div className="rt-empty-state">
            <p className="weight-semibold">{t('home.emptyTitle')}</p>
            <p>{t('home.emptyText')}</p>
          </div>
        }
      >
        <p className="rt-count">{t('home.count', { count: list.length })}</p>
        <ul className="rt-task-list">
          {list.map((task) => (
            <li key={task.id} className={`rt-task rt-task--${task.severity}`}>
              <div className="rt-task-main">
                {isExternal(task.url) ? (
                  <a href={task.url} className="rt-task-title">
                    {task.title}
                  </a>
                ) : (
                  <Link to={task.url} className="rt-task-title">
                    {task.title}
                  </Link>
                )}
                {task.detail ? <p className="rt-task-detail">{task.detail}</p> : null}
              </div>
              <div className="rt-task-meta">
                <span className="rt-task-module">
                  {t(`modules.${task.module}.name`, { defaultValue: task.module })}
                </span>
                {task.dueDate ? (
                  <span className={`badge ${TAG[task.severity]}`}>
                    {t('home.due', { date: formatDate(task.dueDate) })}
                  </span>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      </QueryState>
    </>
  );
}
