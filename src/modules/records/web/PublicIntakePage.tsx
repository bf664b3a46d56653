// The public aktindsigt form (no login): who asks, what for, and the notice on rules and data; after sending,
// the acknowledgement with the receipt number, the date received, the deadline and the status link.
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../web/api/client.js';
import { listOf } from '../../../web/api/list.js';
import type { TenantSummary } from '../../../web/api/types.js';
import { Alert } from '../../../web/components/Alert.js';
import { Icon } from '../../../web/components/Icon.js';
import { TextField } from '../../../web/components/Field.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { Spinner } from '../../../web/components/Spinner.js';
import { useErrorMessage } from '../../../web/errors.js';
import { PublicShell } from '../../../web/pages/PublicShell.js';
import { REQUESTER_TYPES, type RequesterType } from '../domain/request.js';
import { IntakeAcknowledgement, type Ack } from './IntakeAcknowledgement.js';

export const INTAKE_PATH = '/anmod-om-aktindsigt';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
type FieldName = 'name' | 'email' | 'subject' | 'acknowledge' | 'requesterType';
const FIELD_ORDER: FieldName[] = ['requesterType', 'name', 'email', 'subject', 'acknowledge'];

export function usePublicTenants() {
  return useQuery({
    queryKey: ['tenants', 'public'],
    queryFn: async () => listOf<TenantSummary>(await api<unknown>('/api/tenants/public'), 'tenants'),
  });
}

/** `/anmod-om-aktindsigt` without a municipality: straight to the only one, or a choice. */
export function IntakeTenantChooser() {
  const { t } = useTranslation();
  const tenants = usePublicTenants();
  if (tenants.isPending) return <Spinner />;
  const list = tenants.data ?? [];
  if (list.length === 1) return <Navigate to={`${INTAKE_PATH}/${list[0]!.slug}`} replace />;
  return (
    <PublicShell>
      <PageHeading title={t('modules.records.intake.title')}>{t('modules.records.intake.title')}</PageHeading>
      <h2 className="h3">{t('modules.records.intake.chooseTenant')}</h2>
      <ul className="nobullet-list">
        {list.map((item) => (
          <li key={item.slug}>
            <Link to={`${INTAKE_PATH}/${item.slug}`}>{item.name}</Link>
          </li>
        ))}
      </ul>
    </PublicShell>
  );
}

/** Server field errors carry "dansk / English"; show the half in the UI language. */
function serverFieldErrors(error: unknown, en: boolean): Partial<Record<FieldName, string>> {
  if (!(error instanceof ApiError) || !Array.isArray(error.problem.errors)) return {};
  const map: Record<string, FieldName> = {
    name: 'name',
    requesterName: 'name',
    email: 'email',
    requesterEmail: 'email',
    subject: 'subject',
    laws: 'requesterType',
  };
  const out: Partial<Record<FieldName, string>> = {};
  for (const e of error.problem.errors as { path?: string; message?: string }[]) {
    const field = map[String(e.path ?? '').replace(/^body\./, '')];
    if (!field || !e.message) continue;
    const [da, english] = e.message.split(' / ');
    out[field] = (en ? english : da) ?? e.message;
  }
  return out;
}

export function PublicIntakePage() {
  const { t, i18n } = useTranslation();
  const message = useErrorMessage();
  const { tenant: slug = '' } = useParams();
  const tenants = usePublicTenants();
  const [requesterType, setRequesterType] = useState<RequesterType>('citizen');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  // A link from the open building archive pre-fills the subject and the case numbers (?emne=…&sager=…).
  const [prefill] = useSearchParams();
  const [subject, setSubject] = useState(() => prefill.get('emne') ?? '');
  const [cases, setCases] = useState(() => prefill.get('sager') ?? '');
  const [environmental, setEnvironmental] = useState(false);
  const [acknowledged, setAcknowledged] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [ack, setAck] = useState<Ack | null>(null);
  const k = (key: string) => `modules.records.intake.${key}`;

  const send = useMutation({
    mutationFn: () =>
      api<Ack>(`/api/public/records/${encodeURIComponent(slug)}/requests`, {
        method: 'POST',
        body: {
          requesterType,
          name: name.trim(),
          email: email.trim() || null,
          subject: subject.trim(),
          laws: [...(requesterType === 'party' ? ['fvl'] : []), ...(environmental ? ['mol'] : [])],
          caseReferences: cases
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean),
        },
      }),
    onSuccess: (data) => setAck(data),
    onError: (error) => setErrors(serverFieldErrors(error, i18n.language === 'en')),
  });

  useEffect(() => {
    if (ack) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [ack]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<FieldName, string>> = {};
    if (!name.trim()) found.name = t(k('errors.name'));
    if (email.trim() && !EMAIL.test(email.trim())) found.email = t(k('errors.email'));
    if (subject.trim().length < 3) found.subject = t(k('errors.subject'));
    if (!acknowledged) found.acknowledge = t(k('errors.acknowledge'));
    setErrors(found);
    if (Object.keys(found).length > 0) {
      // The summary takes the focus so screen-reader users hear what to correct.
      requestAnimationFrame(() => document.getElementById('intake-errors')?.focus());
      return;
    }
    send.mutate();
  }

  if (tenants.isPending) return <Spinner />;
  const tenant = (tenants.data ?? []).find((item) => item.slug === slug);
  if (!tenant)
    return (
      <PublicShell>
        <PageHeading title={t(k('title'))}>{t(k('title'))}</PageHeading>
        <Alert variant="error" heading={tenants.error ? message(tenants.error) : t('errors.notFound')} />
        <p>
          <Link to={INTAKE_PATH}>{t(k('chooseTenant'))}</Link>
        </p>
      </PublicShell>
    );
  if (ack)
    return (
      <PublicShell>
        <IntakeAcknowledgement ack={ack} slug={slug} tenantName={tenant.name} />
      </PublicShell>
    );

  const listed = FIELD_ORDER.filter((f) => errors[f]);
  return (
    <PublicShell>
      <PageHeading title={t(k('title'))} lead={t(k('lead'), { tenant: tenant.name })}>
        {t(k('title'))}
      </PageHeading>
      <section className="rt-intake-rules" aria-labelledby="rules-heading">
        <h2 id="rules-heading" className="h3">
          {t(k('rulesHeading'))}
        </h2>
        <ul>
          {['anyone', 'identify', 'party', 'deadline', 'exceptions'].map((rule) => (
            <li key={rule}>{t(k(`rules.${rule}`))}</li>
          ))}
        </ul>
      </section>
      {listed.length > 0 ? (
        <div className="alert alert-error" id="intake-errors" tabIndex={-1} role="alert">
          <Icon name="error" className="alert-icon" label={t('alert.error')} />
          <div className="alert-body">
            <h2 className="alert-heading h3">{t(k('errorSummary'))}</h2>
            <ul className="alert-text">
              {listed.map((f) => (
                <li key={f}>
                  <a href={`#intake-${f}`}>{errors[f]}</a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      {send.error && listed.length === 0 ? <Alert variant="error" heading={message(send.error)} /> : null}
      <form onSubmit={submit} noValidate className="rt-intake-form">
        <fieldset className={errors.requesterType ? 'form-group form-error' : 'form-group'}>
          <legend className="form-label">{t(k('requesterType'))}</legend>
          {errors.requesterType ? <span className="form-error-message">{errors.requesterType}</span> : null}
          <div id="intake-requesterType">
            {REQUESTER_TYPES.map((type) => (
              <div key={type} className="form-group-radio">
                <input
                  id={`intake-type-${type}`}
                  type="radio"
                  name="requesterType"
                  className="form-radio"
                  checked={requesterType === type}
                  onChange={() => setRequesterType(type)}
                />
                <label htmlFor={`intake-type-${type}`}>{t(k(`types.${type}`))}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <TextField
          id="intake-name"
          label={t(k('name'))}
          hint={t(k('nameHint'))}
          autoComplete="name"
          value={name}
          error={errors.name}
          onChange={(event) => setName(event.target.value)}
        />
        <TextField
          id="intake-email"
          label={t(k('email'))}
          hint={t(k('emailHint'))}
          type="email"
          autoComplete="email"
          optional
          value={email}
          error={errors.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <div className={`form-group${errors.subject ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor="intake-subject">
            {t(k('subject'))}
          </label>
          <span className="form-hint" id="intake-subject-hint">
            {t(k('subjectHint'))}
          </span>
          {errors.subject ? (
            <span className="form-error-message" id="intake-subject-error">
              <span className="sr-only">{t('common.error')}: </span>
              {errors.subject}
            </span>
          ) : null}
          <textarea
            id="intake-subject"
            className="form-input rt-textarea"
            rows={5}
            maxLength={5000}
            value={subject}
            aria-invalid={errors.subject ? true : undefined}
            aria-describedby={`intake-subject-hint${errors.subject ? ' intake-subject-error' : ''}`}
            onChange={(event) => setSubject(event.target.value)}
          />
        </div>
        <TextField
          id="intake-cases"
          label={t(k('cases'))}
          hint={t(k('casesHint'))}
          optional
          value={cases}
          onChange={(event) => setCases(event.target.value)}
        />
        <div className="form-group form-group-checkbox">
          <input
            id="intake-environmental"
            type="checkbox"
            className="form-checkbox"
            checked={environmental}
            onChange={(event) => setEnvironmental(event.target.checked)}
          />
          <label htmlFor="intake-environmental">{t(k('environmental'))}</label>
        </div>
        <section className="rt-intake-privacy" aria-labelledby="privacy-heading">
          <h2 id="privacy-heading" className="h3">
            {t(k('privacyHeading'))}
          </h2>
          <p>{t(k('privacy'), { tenant: tenant.name })}</p>
          <div className={`form-group${errors.acknowledge ? ' form-error' : ''}`}>
            {errors.acknowledge ? (
              <span className="form-error-message" id="intake-acknowledge-error">
                {errors.acknowledge}
              </span>
            ) : null}
            <div className="form-group-checkbox">
              <input
                id="intake-acknowledge"
                type="checkbox"
                className="form-checkbox"
                checked={acknowledged}
                aria-invalid={errors.acknowledge ? true : undefined}
                aria-describedby={errors.acknowledge ? 'intake-acknowledge-error' : undefined}
                onChange={(event) => setAcknowledged(event.target.checked)}
              />
              <label htmlFor="intake-acknowledge">{t(k('acknowledge'))}</label>
            </div>
          </div>
        </section>
        <button type="submit" className="button button-primary" disabled={send.isPending}>
          {send.isPending ? t(k('submitting')) : t(k('submit'))}
        </button>
      </form>
    </PublicShell>
  );
}
