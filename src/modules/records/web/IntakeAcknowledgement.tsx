// The receipt after a public request: receipt (case) number, the date received, the deadline with its rule,
// and the status link — the requester's only key to the status page and the package, so it is shown plainly.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../web/components/Alert.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { formatDate } from '../../../web/format.js';

export type Ack = {
  caseNumber: string;
  received: string;
  decisionDue: string;
  laws: ('ofl' | 'fvl' | 'mol')[];
  statusToken: string;
  message_da: string;
  message_en: string;
};

export function statusPath(slug: string, token: string): string {
  return `/anmod-om-aktindsigt/${encodeURIComponent(slug)}/status/${encodeURIComponent(token)}`;
}

export function IntakeAcknowledgement({
  ack,
  slug,
  tenantName,
}: {
  ack: Ack;
  slug: string;
  tenantName: string;
}) {
  const { t, i18n } = useTranslation();
  const k = (key: string) => `modules.records.intake.ack.${key}`;
  const path = statusPath(slug, ack.statusToken);
  const url = `${window.location.origin}${path}`;
  return (
    <>
      <PageHeading title={t(k('title'))} lead={tenantName}>
        {t(k('title'))}
      </PageHeading>
      <Alert variant="success" heading={i18n.language === 'en' ? ack.message_en : ack.message_da} />
      <dl className="rt-facts rt-receipt">
        <dt>{t(k('caseNumber'))}</dt>
        <dd className="weight-semibold" data-testid="receipt-number">
          {ack.caseNumber}
        </dd>
        <dt>{t(k('received'))}</dt>
        <dd>{formatDate(ack.received)}</dd>
        <dt>{t(k('due'))}</dt>
        <dd>{formatDate(ack.decisionDue)}</dd>
      </dl>
      <p>{t(k(ack.laws.includes('ofl') ? 'dueNote' : 'dueNoteMol'))}</p>
      <h2 className="h3">{t(k('statusHeading'))}</h2>
      <p>{t(k('statusText'))}</p>
      <p className="rt-status-url">
        <code>{url}</code>
      </p>
      <div className="rt-actions">
        <Link className="button button-primary" to={path}>
          {t(k('statusLink'))}
        </Link>
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t(k('print'))}
        </button>
      </div>
    </>
  );
}
