import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, ApiError } from '../../../web/api/client.js';
import { Alert } from '../../../web/components/Alert.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { QueryState } from '../../../web/components/QueryState.js';
import { useErrorMessage } from '../../../web/errors.js';
import { formatDate, formatNumber } from '../../../web/format.js';
import type { TGrid, TPeriod } from '../contract.js';
import { CostPanel } from './CostPanel.js';
import { SwapsPanel } from './SwapsPanel.js';

type Job = { state: string; progress: { percent: number; message: string | null }; error: string | null };
const NEXT: Record<string, string[]> = {
  draft: ['wishes_open', 'editing'],
  wishes_open: ['editing'],
  optimising: [],
  editing: ['approved'],
  approved: ['editing', 'published'],
  published: ['actuals'],
  actuals: ['closed'],
  closed: [],
};

/** The planner's grid: employees × days, coverage per shift and skill, rules and cost, all live. */
export function PeriodPage() {
  const { periodId = '' } = useParams();
  const { t } = useTranslation();
  const client = useQueryClient();
  const key = ['roster', 'grid', periodId];
  const grid = useQuery({ queryKey: key, queryFn: () => api<TGrid>(`/api/roster/periods/${periodId}`) });
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useQuery({
    queryKey: ['jobs', jobId],
    queryFn: () => api<Job>(`/api/jobs/${jobId}`),
    enabled: Boolean(jobId),
    refetchInterval: (q) =>
      q.state.data && ['completed', 'failed', 'cancelled'].includes(q.state.data.state) ? false : 1000,
  });
  // A finished job is remembered: until the grid is fetched again it still says "optimising" with that job,
  // and following the job once more would invalidate the grid again and again (a refetch loop).
  const finished = useRef<string | null>(null);
  const [lastJob, setLastJob] = useState<Job | null>(null);
  useEffect(() => {
    if (jobId && job.data && ['completed', 'failed', 'cancelled'].includes(job.data.state)) {
      finished.current = jobId;
      setLastJob(job.data);
      setJobId(null);
      void client.invalidateQueries({ queryKey: key });
    }
  }, [jobId, job.data?.state]);
  const g = grid.data;
  useEffect(() => {
    const id = g?.period.optimiseJobId;
    if (g?.period.state === 'optimising' && id && !jobId && finished.current !== id) setJobId(id);
  }, [g?.period.state, g?.period.optimiseJobId, jobId]);
  const title = g
    ? `${g.unitName}: ${formatDate(g.period.startDate)} – ${formatDate(g.period.endDate)}`
    : t('modules.roster.period');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <QueryState isPending={grid.isPending} error={grid.error}>
        {g ? (
          <>
            <p>
              <span className="badge badge-info">{t(`modules.roster.state.${g.period.state}`)}</span>
            </p>
            <Actions
              grid={g}
              onJob={setJobId}
              job={jobId ? job.data : undefined}
              failedJob={!jobId && lastJob && lastJob.state !== 'completed' ? lastJob : undefined}
            />
            <Grid grid={g} />
            <CostPanel cost={g.cost} />
            <SwapsPanel periodId={g.period.id} version={g.period.version} />
          </>
        ) : null}
      </QueryState>
    </>
  );
}

function Actions({
  grid,
  onJob,
  job,
  failedJob,
}: {
  grid: TGrid;
  onJob: (id: string) => void;
  job: Job | undefined;
  /** The period's optimisation that ended without a roster (failed or cancelled). */
  failedJob: Job | undefined;
}) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const client = useQueryClient();
  const p = grid.period;
  const [reason, setReason] = useState('');
  const [seconds, setSeconds] = useState('20');
  const refresh = () => client.invalidateQueries({ queryKey: ['roster', 'grid', p.id] });
  const move = useMutation({
    mutationFn: (to: string) =>
      api<TPeriod>(`/api/roster/periods/${p.id}/transition`, {
        method: 'POST',
        body: { to, version: p.version, reason: reason || undefined },
      }),
    onSuccess: refresh,
    onError: (e) => (e instanceof ApiError && e.status === 409 ? refresh() : undefined),
  });
  const optimise = useMutation({
    mutationFn: () =>
      api<{ jobId: string }>(`/api/roster/periods/${p.id}/optimise`, {
        method: 'POST',
        body: { version: p.version, seconds: Number(seconds) },
      }),
    onSuccess: (r) => {
      onJob(r.jobId);
      void refresh();
    },
  });
  const canOptimise = ['draft', 'wishes_open', 'editing'].includes(p.state);
  const publishing = NEXT[p.state]?.includes('published');
  return (
    <div className="rt-roster-actions">
      {job ? (
        <Alert variant="info" heading={t('modules.roster.optimising', { percent: job.progress.percent })}>
          <progress max={100} value={job.progress.percent} aria-label={t('modules.roster.optimise')} />
          <p aria-live="polite">{job.progress.message}</p>
        </Alert>
      ) : null}
      {failedJob && p.state === 'optimising' ? (
        <Alert variant="warning" heading={t('modules.roster.optimiseFailed')}>
          <p>{t('modules.roster.optimiseFailedText')}</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => move.mutate('editing')}
            disabled={move.isPending}
          >
            {t('modules.roster.action.editing')}
          </button>
        </Alert>
      ) : null}
      {canOptimise ? (
        <div className="rt-roster-inline">
          <div className="form-group">
            <label className="form-label" htmlFor="opt-seconds">
              {t('modules.roster.optimiseSeconds')}
            </label>
            <input
              id="opt-seconds"
              className="form-input input-width-xs"
              type="number"
              min={2}
              max={600}
              value={seconds}
              onChange={(e) => setSeconds(e.target.value)}
            />
          </div>
          <button
            type="button"
            className="button button-primary"
            onClick={() => optimise.mutate()}
            disabled={optimise.isPending}
          >
            {t('modules.roster.optimise')}
          </button>
        </div>
      ) : null}
      {publishing && grid.noticeShortfallDays > 0 ? (
        <Alert variant="warning" heading={t('modules.roster.publishTitle')}>
          <p>{t('modules.roster.noticeWarning', { days: grid.noticeShortfallDays })}</p>
        </Alert>
      ) : null}
      {publishing ? (
        <div className="form-group">
          <label className="form-label" htmlFor="publish-reason">
            {t('modules.roster.reason')}
          </label>
          <textarea
            id="publish-reason"
            className="form-input"
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
      ) : null}
      <div className="rt-roster-inline">
        {(NEXT[p.state] ?? []).map((to) => (
          <button
            key={to}
            type="button"
            className={`button ${to === 'published' ? 'button-primary' : 'button-secondary'}`}
            onClick={() => move.mutate(to)}
            disabled={move.isPending}
          >
            {t(`modules.roster.action.${to}`)}
          </button>
        ))}
        {p.state === 'closed' ? (
          <a className="button button-secondary" href={`/api/roster/periods/${p.id}/payroll.csv`} download>
            {t('modules.roster.payroll')}
          </a>
        ) : null}
      </div>
      {move.error ? (
        <Alert variant="error">
          <p>{message(move.error)}</p>
        </Alert>
      ) : null}
      {optimise.error ? (
        <Alert variant="error">
          <p>{message(optimise.error)}</p>
        </Alert>
      ) : null}
    </div>
  );
}

function Grid({ grid }: { grid: TGrid }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const client = useQueryClient();
  const key = ['roster', 'grid', grid.period.id];
  const [focus, setFocus] = useState<[number, number]>([0, 0]);
  const [editing, setEditing] = useState<[number, number] | null>(null);
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const after = ['published', 'actuals'].includes(grid.period.state);
  const editable = ['draft', 'wishes_open', 'editing', 'published', 'actuals'].includes(grid.period.state);
  const shiftIds = grid.shiftTypes.map((s) => s.id);
  const byCell = useMemo(() => {
    const m = new Map<string, TGrid['violations']>();
    for (const v of grid.violations) {
      if (!v.employeeId) continue;
      const k = `${v.employeeId}/${v.date ?? ''}`;
      m.set(k, [...(m.get(k) ?? []), v]);
    }
    return m;
  }, [grid.violations]);
  const setCell = useMutation({
    mutationFn: (v: { employeeId: string; date: string; shift: string | null }) =>
      api<{
        version: number;
        violations: TGrid['violations'];
        coverage: TGrid['coverage'];
        cost: TGrid['cost'];
        employee: TGrid['employees'][number];
      }>(`/api/roster/periods/${grid.period.id}/cells`, {
        method: 'PUT',
        body: { ...v, version: grid.period.version, ...(after ? { reason, consent: true } : {}) },
      }),
    onSuccess: (r) => {
      setNotice(null);
      client.setQueryData<TGrid>(key, (old) =>
        old
          ? {
              ...old,
              period: { ...old.period, version: r.version },
              violations: r.violations,
              coverage: r.coverage,
              cost: r.cost,
              employees: old.employees.map((e) => (e.id === r.employee.id ? r.employee : e)),
            }
          : old,
      );
    },
    onError: (e) => {
      if (e instanceof ApiError && e.status === 409) {
        setNotice(t('modules.roster.conflict'));
        void client.invalidateQueries({ queryKey: key });
      } else setNotice(message(e));
    },
  });
  const put = (e: number, d: number, shift: string | null) => {
    const emp = grid.employees[e];
    const day = grid.days[d];
    if (!emp || !day || !editable) return;
    setCell.mutate({ employeeId: emp.id, date: day.date, shift });
    setEditing(null);
  };
  const go = (e: number, d: number) => {
    const ne = Math.max(0, Math.min(grid.employees.length - 1, e));
    const nd = Math.max(0, Math.min(grid.days.length - 1, d));
    setFocus([ne, nd]);
    refs.current.get(`${ne}/${nd}`)?.focus();
  };
  const onKey = (ev: KeyboardEvent, e: number, d: number) => {
    const k = ev.key;
    if (k === 'ArrowRight') go(e, d + 1);
    else if (k === 'ArrowLeft') go(e, d - 1);
    else if (k === 'ArrowDown') go(e + 1, d);
    else if (k === 'ArrowUp') go(e - 1, d);
    else if (k === 'Delete' || k === 'Backspace' || k === '0') put(e, d, null);
    else {
      const s = shiftIds.find((id) => id.toLowerCase() === k.toLowerCase());
      if (!s) return;
      put(e, d, s);
    }
    ev.preventDefault();
  };
  const hard = grid.violations.filter((v) => v.hard);
  const coverageRows = useMemo(() => {
    const rows = new Map<
      string,
      { shift: string; skill: string | null; cells: Map<string, TGrid['coverage'][number]> }
    >();
    for (const c of grid.coverage) {
      const k = `${c.shift}/${c.skill ?? ''}`;
      if (!rows.has(k)) rows.set(k, { shift: c.shift, skill: c.skill, cells: new Map() });
      rows.get(k)!.cells.set(c.date, c);
    }
    return [...rows.values()].sort((a, b) => shiftIds.indexOf(a.shift) - shiftIds.indexOf(b.shift));
  }, [grid.coverage, shiftIds]);
  const wd = t('modules.roster.weekdayShort', { returnObjects: true }) as string[];
  return (
    <section className="mt-6">
      <p className="form-hint">{t('modules.roster.keyboardHelp')}</p>
      {after && editable ? (
        <div className="form-group">
          <label className="form-label" htmlFor="change-reason">
            {t('modules.roster.reasonChange')}
          </label>
          <input
            id="change-reason"
            className="form-input"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
      ) : null}
      {notice ? (
        <Alert variant="warning">
          <p>{notice}</p>
        </Alert>
      ) : null}
      <div className="rt-roster-scroll" role="region" aria-label={t('modules.roster.nav')} tabIndex={0}>
        <table className="rt-roster-grid" role="grid">
          <thead>
            <tr>
              <th scope="col" className="rt-roster-name">
                {t('modules.roster.employee')}
              </th>
              <th scope="col">{t('modules.roster.hours')}</th>
              {grid.days.map((d) => (
                <th
                  key={d.date}
                  scope="col"
                  className={d.weekday >= 6 || d.holiday ? 'rt-roster-weekend' : ''}
                  title={d.holiday ?? undefined}
                >
                  {wd[d.weekday]}
                  <br />
                  {Number(d.date.slice(8))}.{Number(d.date.slice(5, 7))}.
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.employees.map((emp, e) => (
              <tr key={emp.id}>
                <th scope="row" className="rt-roster-name">
                  {emp.name} <span className="rt-roster-grade">{emp.grade}</span>
                </th>
                <td className={Math.abs(emp.plannedMinutes - emp.normMinutes) > 480 ? 'rt-roster-warn' : ''}>
                  {formatNumber(Math.round(emp.plannedMinutes / 60))}/
                  {formatNumber(Math.round(emp.normMinutes / 60))}
                </td>
                {emp.cells.map((cell, d) => {
                  const date = grid.days[d]!.date;
                  const vs = byCell.get(`${emp.id}/${date}`) ?? [];
                  const isHard = vs.some((v) => v.hard);
                  const wish = emp.wishes.find((w) => w.date === date);
                  const label = `${emp.name} ${formatDate(date)}: ${cell ?? t('modules.roster.offCell')}${vs.length ? ` – ${vs.map((v) => v.message).join(' ')}` : ''}`;
                  return (
                    <td
                      key={date}
                      className={`${isHard ? 'rt-roster-hard' : vs.length ? 'rt-roster-soft' : ''} ${wish ? 'rt-roster-wish' : ''}`}
                    >
                      {editing && editing[0] === e && editing[1] === d ? (
                        <select
                          autoFocus
                          aria-label={t('modules.roster.chooseShift', {
                            name: emp.name,
                            date: formatDate(date),
                          })}
                          defaultValue={cell ?? ''}
                          onChange={(ev) => put(e, d, ev.target.value || null)}
                          onBlur={() => setEditing(null)}
                        >
                          <option value="">{t('modules.roster.offCell')}</option>
                          {grid.shiftTypes.map((s) => (
                            <option key={s.id} value={s.id}>
                              {s.id} – {s.name}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <button
                          type="button"
                          ref={(el) => {
                            if (el) refs.current.set(`${e}/${d}`, el);
                          }}
                          tabIndex={focus[0] === e && focus[1] === d ? 0 : -1}
                          className={`rt-roster-cell rt-shift-${cell ?? 'off'}`}
                          aria-label={label}
                          title={vs.map((v) => v.message).join('\n') || undefined}
                          onClick={() => {
                            setFocus([e, d]);
                            if (editable) setEditing([e, d]);
                          }}
                          onKeyDown={(ev) => onKey(ev, e, d)}
                        >
                          {cell ?? '·'}
                          {isHard ? (
                            <span className="rt-roster-flag" aria-hidden="true">
                              !
                            </span>
                          ) : null}
                        </button>
                      )}
                      {vs.length && focus[0] === e && focus[1] === d ? (
                        <span className="rt-roster-msg" role="status">
                          {vs.map((v) => v.message).join(' ')}
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            {coverageRows.map((row) => (
              <tr key={`${row.shift}/${row.skill}`}>
                <th scope="row" className="rt-roster-name">
                  {t('modules.roster.coverage')} {row.shift} {row.skill ?? t('modules.roster.anySkill')}
                </th>
                <td />
                {grid.days.map((d) => {
                  const c = row.cells.get(d.date);
                  if (!c) return <td key={d.date} />;
                  const cls =
                    c.count < c.min
                      ? 'rt-roster-gap'
                      : c.count > c.preferred
                        ? 'rt-roster-over'
                        : c.count < c.preferred
                          ? 'rt-roster-soft'
                          : 'rt-roster-ok';
                  return (
                    <td key={d.date} className={cls} title={t('modules.roster.coverageCell', c)}>
                      {c.count}/{c.min}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tfoot>
        </table>
      </div>
      <h2 className="mt-6">{t('modules.roster.rulesBroken')}</h2>
      {hard.length === 0 ? (
        <p>{t('modules.roster.noHard')}</p>
      ) : (
        <ul className="rt-roster-violations">
          {hard.map((v, i) => (
            <li key={i}>{v.message}</li>
          ))}
        </ul>
      )}
      {grid.uncovered.length ? (
        <>
          <h2 className="mt-6">{t('modules.roster.uncovered')}</h2>
          <ul className="rt-roster-violations">
            {grid.uncovered.map((u, i) => (
              <li key={i}>
                {formatDate(u.date)} {u.shift} {u.skill ?? ''}: −{u.missing}. {u.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
