// The requester's status page (no login): the status, the dates, and the released package behind its
// expiring link. The status token in the address is the only key; an unknown token shows a plain message.
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../web/api/client.js';
import { Alert } from '../../../web/components/Alert.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { Spinner } from '../../../web/components/Spinner.js';
import { useErrorMessage } from '../../../web/errors.js';
import { formatDate, formatDateTime } from '../../../web/format.js';
import { PublicShell } from '../../../web/pages/PublicShell.js';

type PublicStatus = {
  caseNumber: string;
  status: string;
  status_da: string;
  status_en: string;
  received: string;
  decisionDue: string;
  expectedDecisionDate: string | null;
  decidedOn: string | null;
  download: { url: string; expiresAt: string } | null;
};

export function PublicStatusPage() {
  const { t, i18n } = useTranslation();
  const message = useErrorMessage();
  const { tenant = '', token = '' } = useParams();
  const k = (key: string) => `modules.records.intake.status.${key}`;
  const query = useQuery({
    queryKey: ['records', 'public-status', tenant, token],
    queryFn: () =>
      api<PublicStatus>(
        `/api/public/records/${encodeURIComponent(tenant)}/requests/${encodeURIComponent(token)}`,
      ),
    retry: false,
  });
  const s = query.data;
  const en = i18n.language === 'en';
  return (
    <PublicShell>
      <PageHeading title={t(k('title'))} lead={s?.caseNumber}>
        {t(k('title'))}
      </PageHeading>
      {query.isPending ? <Spinner /> : null}
      {query.error ? (
        <Alert
          variant="error"
          heading={
            query.error instanceof ApiError && query.error.status === 404
              ? t(k('notFound'))
              : message(query.error)
          }
        />
      ) : null}
      {s ? (
        <>
          <dl className="rt-facts">
            <dt>{t(k('status'))}</dt>
            <dd>
              <span className="badge badge-info" data-testid="public-status">
                {en ? s.status_en : s.status_da}
              </span>
            </dd>
            <dt>{t(k('received'))}</dt>
            <dd>{formatDate(s.received)}</dd>
            {s.decidedOn ? (
              <>
                <dt>{t(k('decided'))}</dt>
                <dd>{formatDate(s.decidedOn)}</dd>
              </>
            ) : (
              <>
                <dt>{t(k(s.expectedDecisionDate ? 'expected' : 'due'))}</dt>
                <dd>{formatDate(s.expectedDecisionDate ?? s.decisionDue)}</dd>
              </>
            )}
          </dl>
          <h2 className="h3">{t(k('downloadHeading'))}</h2>
          {s.download ? (
            <>
              <p>
                <a className="button button-primary" href={s.download.url} download>
                  {t(k('download'))}
                </a>
              </p>
              <p>
                {t(k('contents'))} {t(k('expires'), { at: formatDateTime(s.download.expiresAt) })}
              </p>
            </>
          ) : (
            <p>{t(k(s.status === 'released' || s.status === 'closed' ? 'expired' : 'notReady'))}</p>
          )}
        </>
      ) : null}
      <p>
        <Link to={`/anmod-om-aktindsigt/${encodeURIComponent(tenant)}`}>{t(k('newRequest'))}</Link>
      </p>
    </PublicShell>
  );
}
