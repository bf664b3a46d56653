// The public portal (no login): search by address (autocomplete), cadastre, case number or free text, with
// filters; results grouped property → case → documents; view or download the published PDF; "Indberet et
// problem"; a link to request access for what is not published. The search lives in the URL.
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../web/components/Alert.js';
import { SelectField, TextField } from '../../../web/components/Field.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { Pager } from '../../../web/components/Pager.js';
import { Spinner } from '../../../web/components/Spinner.js';
import { useErrorMessage } from '../../../web/errors.js';
import { formatDate } from '../../../web/format.js';
import { PublicShell } from '../../../web/pages/PublicShell.js';
import { usePublicTenants } from '../../records/web/PublicIntakePage.js';
import type { TPortalCase, TPortalProperty } from '../contract.js';
import { PORTAL_PATH, portalApi } from './api.js';

const PER_PAGE = 10;
const INTAKE_PATH = '/anmod-om-aktindsigt';

export function PortalTenantChooser() {
  const { t } = useTranslation();
  const tenants = usePublicTenants();
  if (tenants.isPending) return <Spinner />;
  const list = tenants.data ?? [];
  if (list.length === 1) return <Navigate to={`${PORTAL_PATH}/${list[0]!.slug}`} replace />;
  return (
    <PublicShell>
      <PageHeading title={t('modules.archive.portal.title')}>{t('modules.archive.portal.title')}</PageHeading>
      <h2 className="h3">{t('modules.archive.portal.chooseTenant')}</h2>
      <ul className="nobullet-list">
        {list.map((item) => (
          <li key={item.slug}>
            <Link to={`${PORTAL_PATH}/${item.slug}`}>{item.name}</Link>
          </li>
        ))}
      </ul>
    </PublicShell>
  );
}

/** Keeps `<meta name="robots" content="noindex">` while the portal is set to noindex. */
function useNoindex(noindex: boolean | undefined) {
  useEffect(() => {
    if (!noindex) return;
    const meta = document.createElement('meta');
    meta.name = 'robots';
    meta.content = 'noindex, nofollow';
    document.head.appendChild(meta);
    return () => meta.remove();
  }, [noindex]);
}

export function PortalPage() {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const { tenant = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const kind = params.get('kind') ?? 'all';
  const caseType = params.get('type') ?? '';
  const year = params.get('year') ?? '';
  const page = Number(params.get('page') ?? 1) || 1;
  const [text, setText] = useState(q);
  const info = useQuery({ queryKey: ['archive-portal', tenant], queryFn: () => portalApi.info(tenant) });
  useNoindex(info.data?.noindex);
  const searched = params.has('q');
  const results = useQuery({
    queryKey: ['archive-search', tenant, q, kind, caseType, year, page],
    queryFn: () =>
      portalApi.search(tenant, {
        q,
        kind,
        caseType: caseType || undefined,
        year: year || undefined,
        page,
        perPage: PER_PAGE,
      }),
    enabled: searched,
  });
  const suggestions = useQuery({
    queryKey: ['archive-suggest', tenant, text],
    queryFn: () => portalApi.suggest(tenant, text),
    enabled: text.trim().length >= 3 && (kind === 'all' || kind === 'address'),
    staleTime: 30_000,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams(params);
    next.set('q', text.trim());
    next.delete('page');
    setParams(next);
  };
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('page');
    if (!next.has('q')) next.set('q', text.trim());
    setParams(next);
  };

  if (info.isError)
    return (
      <PublicShell>
        <PageHeading title={t('modules.archive.portal.title')}>
          {t('modules.archive.portal.title')}
        </PageHeading>
        <Alert variant="error">{message(info.error)}</Alert>
      </PublicShell>
    );

  return (
    <PublicShell>
      <PageHeading
        title={t('modules.archive.portal.title')}
        lead={
          <>
            {t('modules.archive.portal.lead')}{' '}
            {info.data ? (
              <span className="weight-semibold">
                {info.data.name}: {t('modules.archive.portal.totalDocuments', { count: info.data.documents })}
              </span>
            ) : null}
          </>
        }
      >
        {t('modules.archive.portal.title')}
      </PageHeading>
      <form className="rt-archive-search" role="search" onSubmit={submit}>
        <div className="rt-archive-query">
          <TextField
            id="archive-q"
            label={t('modules.archive.portal.query')}
            hint={t('modules.archive.portal.queryHint')}
            value={text}
            list="archive-suggestions"
            autoComplete="off"
            onChange={(e) => setText(e.target.value)}
          />
          <datalist id="archive-suggestions">
            {(suggestions.data?.data ?? []).map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
          <button type="submit" className="button button-primary">
            {t('modules.archive.portal.search')}
          </button>
        </div>
        <div className="rt-archive-filters">
          <SelectField
            id="archive-kind"
            label={t('modules.archive.portal.kind')}
            value={kind}
            onChange={(e) => setFilter('kind', e.target.value === 'all' ? '' : e.target.value)}
          >
            {(['all', 'address', 'matrikel', 'case', 'text'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`modules.archive.portal.kinds.${k}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="archive-type"
            label={t('modules.archive.portal.caseType')}
            value={caseType}
            onChange={(e) => setFilter('type', e.target.value)}
          >
            <option value="">{t('modules.archive.portal.any')}</option>
            {(info.data?.caseTypes ?? []).map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="archive-year"
            label={t('modules.archive.portal.year')}
            value={year}
            onChange={(e) => setFilter('year', e.target.value)}
          >
            <option value="">{t('modules.archive.portal.any')}</option>
            {(info.data?.years ?? []).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </SelectField>
        </div>
      </form>
      {results.isFetching ? <Spinner /> : null}
      {results.isError ? <Alert variant="error">{message(results.error)}</Alert> : null}
      {results.data ? (
        <section aria-live="polite">
          <h2 className="h3">{t('modules.archive.portal.results', { count: results.data.count })}</h2>
          {results.data.count === 0 ? <p>{t('modules.archive.portal.noResults')}</p> : null}
          {results.data.data.map((p) => (
            <PropertyCard key={p.id} tenant={tenant} property={p} />
          ))}
          <Pager
            offset={(page - 1) * PER_PAGE}
            limit={PER_PAGE}
            total={results.data.count}
            onChange={(offset) => {
              const next = new URLSearchParams(params);
              next.set('page', String(offset / PER_PAGE + 1));
              setParams(next);
            }}
          />
        </section>
      ) : null}
    </PublicShell>
  );
}

function PropertyCard({ tenant, property }: { tenant: string; property: TPortalProperty }) {
  const { t } = useTranslation();
  return (
    <article className="rt-archive-property">
      <h3 className="h4 rt-archive-address">{property.address}</h3>
      {property.matrikel ? (
        <p className="rt-archive-meta">
          {t('modules.archive.portal.matrikel', {
            matrikel: property.matrikel,
            ejerlav: property.ejerlav ?? '',
          })}
        </p>
      ) : null}
      <ul className="nobullet-list no-max-width rt-archive-cases">
        {property.cases.map((c) => (
          <CaseItem key={c.id} tenant={tenant} address={property.address} item={c} />
        ))}
      </ul>
    </article>
  );
}

function CaseItem({ tenant, address, item }: { tenant: string; address: string; item: TPortalCase }) {
  const { t } = useTranslation();
  const notPublished = item.withheld + item.locked;
  const request = new URLSearchParams({
    emne: t('modules.archive.portal.requestSubject', { caseNumber: item.caseNumber, address }),
    sager: item.caseNumber,
  });
  return (
    <li className="rt-archive-case">
      <p className="rt-archive-case-head">
        <span className="weight-semibold">{item.caseNumber}</span> – {item.title}
        <br />
        <span className="rt-archive-meta">
          {t('modules.archive.portal.caseLine', { type: item.caseType, year: item.year ?? '' })}
          {!item.closed ? ` · ${t('modules.archive.portal.open')}` : ''}
        </span>
      </p>
      {item.documents.length ? (
        <ul className="nobullet-list no-max-width rt-archive-docs">
          {item.documents.map((d) => (
            <DocumentItem key={d.id} tenant={tenant} doc={d} />
          ))}
        </ul>
      ) : null}
      {item.inProgress ? (
        <p className="rt-archive-meta">
          {t('modules.archive.portal.inProgress', { count: item.inProgress })}
        </p>
      ) : null}
      {notPublished ? (
        <p>
          {t('modules.archive.portal.notPublished', { count: notPublished })}{' '}
          <Link to={`${INTAKE_PATH}/${tenant}?${request.toString()}`}>
            {t('modules.archive.portal.requestAccess')}
          </Link>
        </p>
      ) : null}
    </li>
  );
}

function DocumentItem({ tenant, doc }: { tenant: string; doc: TPortalCase['documents'][number] }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const [reporting, setReporting] = useState(false);
  const [reason, setReason] = useState('personal_data');
  const [text, setText] = useState('');
  const [contact, setContact] = useState('');
  const report = useMutation({
    mutationFn: () =>
      portalApi.report(tenant, doc.id, {
        reason,
        message: text.trim() || undefined,
        contact: contact.trim() || undefined,
      }),
  });
  if (report.isSuccess)
    return (
      <li>
        <Alert variant="success">{t('modules.archive.portal.reported')}</Alert>
      </li>
    );
  return (
    <li className="rt-archive-doc">
      <span className="rt-archive-doc-title">
        {doc.title}{' '}
        <span className="rt-archive-meta">
          {formatDate(doc.date)}{' '}
          {doc.pages ? `· ${t('modules.archive.portal.pages', { count: doc.pages })}` : ''}
        </span>
      </span>
      <span className="rt-archive-doc-actions">
        <a href={portalApi.pdfUrl(tenant, doc.id)} target="_blank" rel="noopener">
          {t('modules.archive.portal.view')}
          <span className="sr-only"> – {doc.title}</span>
        </a>
        <a href={portalApi.pdfUrl(tenant, doc.id, true)} download>
          {t('modules.archive.portal.download')}
          <span className="sr-only"> – {doc.title}</span>
        </a>
        <button
          type="button"
          className="button button-unstyled function-link"
          aria-expanded={reporting}
          onClick={() => setReporting((v) => !v)}
        >
          {t('modules.archive.portal.report')}
          <span className="sr-only"> – {doc.title}</span>
        </button>
      </span>
      {reporting ? (
        <form
          className="rt-archive-report"
          onSubmit={(e) => {
            e.preventDefault();
            report.mutate();
          }}
        >
          <h4 className="h5">{t('modules.archive.portal.reportTitle', { title: doc.title })}</h4>
          <SelectField
            id={`reason-${doc.id}`}
            label={t('modules.archive.portal.reportReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          >
            {(['personal_data', 'wrong_property', 'other'] as const).map((r) => (
              <option key={r} value={r}>
                {t(`modules.archive.portal.reasons.${r}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id={`message-${doc.id}`}
            label={t('modules.archive.portal.reportMessage')}
            optional
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <TextField
            id={`contact-${doc.id}`}
            label={t('modules.archive.portal.reportContact')}
            optional
            type="email"
            value={contact}
            onChange={(e) => setContact(e.target.value)}
          />
          {report.isError ? <Alert variant="error">{message(report.error)}</Alert> : null}
          <button type="submit" className="button button-primary" disabled={report.isPending}>
            {t('modules.archive.portal.reportSend')}
          </button>{' '}
          <button type="button" className="button button-secondary" onClick={() => setReporting(false)}>
            {t('modules.archive.portal.reportCancel')}
          </button>
        </form>
      ) : null}
    </li>
  );
}
