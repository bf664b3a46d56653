import { Fragment, useState } from 'react';
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
import { CaseContextForm } from './CaseContextForm.js';
import { CaseworkPanel } from './CaseworkPanel.js';
import { DocumentActions } from './DocumentActions.js';
import { DocumentCheck } from './DocumentCheck.js';

/** Statuses after which nothing can change (the release is final). */
const LOCKED: readonly string[] = ['released', 'closed', 'complaint_forwarded'];

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
  const [open, setOpen] = useState<string | null>(null);
  const [confirmRelease, setConfirmRelease] = useState(false);
  const decide = useMutation({
    mutationFn: () => api(`/api/records/requests/${requestId}/decide`, { method: 'POST', body: {} }),
    onSuccess: () => {
      release.reset();
      void refresh();
    },
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
  const openDoc = r?.documentList.find((d) => d.id === open);
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

          <CaseContextForm request={r} />

          <CaseworkPanel request={r} locked={LOCKED.includes(r.status)} />

          <h2 className="h3">{t('modules.records.documents')}</h2>
          {r.documentList.length === 0 ? (
            <p>{t('modules.records.doc.noneYet')}</p>
          ) : (
            <div className="table--responsive-scroll">
              <table className="table table--zebra">
                <thead>
                  <tr>
                    <th scope="col">{t('modules.records.detail.number')}</th>
                    <th scope="col">{t('modules.records.detail.title')}</th>
                    <th scope="col">{t('modules.records.doc.check')}</th>
                    <th scope="col">{t('modules.records.detail.decision')}</th>
                    <th scope="col">{t('modules.records.detail.basis')}</th>
                    <th scope="col">{t('modules.records.doc.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.documentList.map((d) => {
                    const keys = d.decision === 'withhold' ? d.basisKeys : d.redactionBasisKeys;
                    return (
                      <Fragment key={d.id}>
                        <tr>
                          <td>{d.number}</td>
                          <td>
                            <a
                              href={`/api/records/documents/${d.id}/content`}
                              target="_blank"
                              rel="noreferrer"
                            >
                              {d.title}
                            </a>
                          </td>
                          <td>
                            <DocumentCheck doc={d} />
                          </td>
                          <td>
                            {t(`modules.records.decisions.${d.decision ?? 'none'}`)}
                            {d.unredactedReason ? (
                              <>
                                <br />
                                <span className="badge badge-small">
                                  {t('modules.records.doc.unredacted')}
                                </span>
                              </>
                            ) : null}
                          </td>
                          <td>{keys.map((k) => legalBasis(k)?.citation ?? k).join('; ')}</td>
                          <td>
                            <button
                              type="button"
                              className="button button-tertiary"
                              aria-expanded={open === d.id}
                              aria-controls={`actions-${d.id}`}
                              onClick={() => setOpen(open === d.id ? null : d.id)}
                            >
                              {t('modules.records.doc.handle', { n: d.number })}
                            </button>
                          </td>
                        </tr>
                      </Fragment>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          {openDoc ? (
            <section
              id={`actions-${openDoc.id}`}
              className="rt-doc-panel"
              aria-labelledby="doc-panel-heading"
            >
              <h3 className="h4" id="doc-panel-heading">
                {t('modules.records.doc.panelHeading', { n: openDoc.number, title: openDoc.title })}
              </h3>
              <DocumentActions
                key={openDoc.id}
                doc={openDoc}
                laws={r.laws}
                locked={Boolean(openDoc.releasedAt) || LOCKED.includes(r.status)}
                onDone={() => setOpen(null)}
              />
            </section>
          ) : null}

          <h2 className="h3">{t('modules.records.detail.problems')}</h2>
          {r.documentList.length === 0 ? (
            <p>{t('modules.records.doc.nextUpload')}</p>
          ) : r.problems.length === 0 ? (
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
            {LOCKED.includes(r.status) ? null : (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  release.reset();
                  setConfirmRelease(true);
                }}
                disabled={release.isPending || confirmRelease}
              >
                {t('modules.records.detail.release')}
              </button>
            )}
          </div>
          {confirmRelease ? (
            <Alert variant="warning" heading={t('modules.records.doc.releaseConfirmHeading')}>
              <p>{t('modules.records.doc.releaseConfirmText')}</p>
              <div className="rt-actions">
                <button
                  type="button"
                  className="button button-primary"
                  disabled={release.isPending}
                  onClick={() => {
                    decide.reset();
                    release.mutate(undefined, { onSettled: () => setConfirmRelease(false) });
                  }}
                >
                  {t('modules.records.doc.releaseConfirm')}
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setConfirmRelease(false)}
                >
                  {t('modules.records.doc.cancel')}
                </button>
              </div>
            </Alert>
          ) : null}
          {decide.isSuccess && !release.data ? (
            <Alert variant="success" heading={t('modules.records.doc.decidedNext')} />
          ) : null}
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
