import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api/client.js';
import { Alert } from '../../../web/components/Alert.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { QueryState } from '../../../web/components/QueryState.js';
import { useErrorMessage } from '../../../web/errors.js';
import { formatDate, formatDateTime } from '../../../web/format.js';
import type { TRequestDetail } from '../contract.js';
import { legalBasis } from '../domain/legal-basis.js';
import { formatHours } from '../domain/time-tracking.js';
import { DEADLINE_BADGE } from './RequestsPage.js';
import { ScreeningPanel } from './ScreeningPanel.js';

/** One request: deadlines, documents with their decisions, what blocks the decision, and the actions. */
export function RequestPage() {
  const { t, i18n } = useTranslation();
  const { requestId = '' } = useParams();
  const queryClient = useQueryClient();
  const message = useErrorMessage();
  const key = ['records', 'request', requestId];
  const query = useQuery({
    queryKey: key,
    queryFn: () => api<TRequestDetail>(`/api/records/requests/${requestId}`),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['records'] });
  const decide = useMutation({
    mutationFn: () => api(`/api/records/requests/${requestId}/decide`, { method: 'POST', body: {} }),
    onSuccess: refresh,
  });
  const release = useMutation({
    mutationFn: () =>
      api<{ downloadUrl: string; expiresAt: string }>(`/api/records/requests/${requestId}/release`, {
        method: 'POST',
        body: {},
      }),
    onSuccess: refresh,
  });
  const r = query.data;
  const en = i18n.language === 'en';
  return (
    <QueryState isPending={query.isPending} error={query.error}>
      {r ? (
        <>
          <PageHeading title={r.caseNumber} lead={r.subject}>
            {r.caseNumber} · {t(`modules.records.statuses.${r.status}`)}
          </PageHeading>
          <h2 className="h3">{t('modules.records.detail.deadlines')}</h2>
          <dl className="rt-facts">
            <dt>{t('modules.records.received')}</dt>
            <dd>{formatDate(r.received)}</dd>
            <dt>{t('modules.records.detail.decisionDue')}</dt>
            <dd>
              {formatDate(r.expectedDecisionDate ?? r.deadline.decisionDue)}{' '}
              <span className={`badge ${DEADLINE_BADGE[r.deadline.status]}`}>
                {t(`modules.records.deadline.${r.deadline.status}`)}
              </span>
            </dd>
            <dt>{t('modules.records.detail.fristbrevDue')}</dt>
            <dd>{formatDate(r.deadline.fristbrevDue)}</dd>
            {r.deadline.delayComplaintPossibleAfter ? (
              <>
                <dt>{t('modules.records.detail.delayComplaint')}</dt>
                <dd>{formatDate(r.deadline.delayComplaintPossibleAfter)}</dd>
              </>
            ) : null}
            <dt>{t('modules.records.detail.time')}</dt>
            <dd>{formatHours(r.minutesSpent)}</dd>
          </dl>
          {r.timeStatus !== 'ok' ? (
            <Alert variant="warning" heading={t('modules.records.detail.timeWarning')} />
          ) : null}

          <ScreeningPanel requestId={r.id} />

          <h2 className="h3">{t('modules.records.documents')}</h2>
          <div className="table--responsive-scroll">
            <table className="table table--zebra">
              <thead>
                <tr>
                  <th scope="col">{t('modules.records.detail.number')}</th>
                  <th scope="col">{t('modules.records.detail.title')}</th>
                  <th scope="col">{t('modules.records.detail.suggestions')}</th>
                  <th scope="col">{t('modules.records.detail.decision')}</th>
                  <th scope="col">{t('modules.records.detail.basis')}</th>
                </tr>
              </thead>
              <tbody>
                {r.documentList.map((d) => {
                  const keys = d.decision === 'withhold' ? d.basisKeys : d.redactionBasisKeys;
                  return (
                    <tr key={d.id}>
                      <td>{d.number}</td>
                      <td>
                        <a href={`/api/records/documents/${d.id}/content`} target="_blank" rel="noreferrer">
                          {d.title}
                        </a>
                      </td>
                      <td>{d.suggestionCount}</td>
                      <td>{t(`modules.records.decisions.${d.decision ?? 'none'}`)}</td>
                      <td>{keys.map((k) => legalBasis(k)?.citation ?? k).join('; ')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>

          <h2 className="h3">{t('modules.records.detail.problems')}</h2>
          {r.problems.length === 0 ? (
            <p>{t('modules.records.detail.noProblems')}</p>
          ) : (
            <ul>
              {r.problems.map((p, i) => (
                <li key={`${p.code}-${p.number}-${i}`}>
                  {p.number ? `${t('modules.records.detail.number')} ${p.number}: ` : ''}
                  {en ? p.en : p.da}
                </li>
              ))}
            </ul>
          )}

          <div className="rt-actions">
            <Link className="button button-primary" to={`/aktindsigt/${r.id}/gennemgang`}>
              {t('modules.records.review.open')}
            </Link>
            <Link className="button button-secondary" to={`/aktindsigt/${r.id}/brev`}>
              {t('modules.records.letter.open')}
            </Link>
            {r.status === 'received' || r.status === 'in_progress' ? (
              <Link className="button button-secondary" to={`/aktindsigt/${r.id}/fristbrev`}>
                {t('modules.records.letter.openFristbrev')}
              </Link>
            ) : null}
            <a
              className="button button-secondary"
              href={`/api/records/requests/${r.id}/letter-preview`}
              target="_blank"
              rel="noreferrer"
            >
              {t('modules.records.detail.preview')}
            </a>
            <button
              type="button"
              className="button button-primary"
              onClick={() => decide.mutate()}
              disabled={decide.isPending}
            >
              {t('modules.records.detail.decide')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => release.mutate()}
              disabled={release.isPending}
            >
              {t('modules.records.detail.release')}
            </button>
          </div>
          {[decide.error, release.error].map((e, i) =>
            e ? <Alert key={i} variant="error" heading={message(e)} /> : null,
          )}
          {release.data ? (
            <Alert
              variant="success"
              heading={t('modules.records.detail.released', { at: formatDateTime(release.data.expiresAt) })}
            >
              <p>
                <a href={release.data.downloadUrl}>{release.data.downloadUrl}</a>
              </p>
            </Alert>
          ) : null}
        </>
      ) : null}
    </QueryState>
  );
}
