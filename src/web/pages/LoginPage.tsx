import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, setCsrfToken } from '../api/client.js';
import { listOf } from '../api/list.js';
import type { AuthProvider } from '../api/types.js';
import { ME_KEY, fetchMe, setExitReason, useMeQuery } from '../auth/session.js';
import { Alert } from '../components/Alert.js';
import { TextField } from '../components/Field.js';
import { PageHeading } from '../components/PageHeading.js';
import { Spinner } from '../components/Spinner.js';
import { useErrorMessage } from '../errors.js';
import { publicLinks } from '../modules.js';
import { PublicShell } from './PublicShell.js';
import {
  rememberedTenant,
  rememberTenant,
  TenantChooser,
  usePublicTenants,
} from '../components/TenantChooser.js';

function safeNext(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/login')
    ? value
    : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const reason = params.get('reason');
  const oidcError = params.get('oidc_error');
  const { data: me } = useMeQuery();
  if (me) return <Navigate to={next} replace />;
  return (
    <PublicShell>
      <div className="row">
        <div className="col-12 col-md-8 col-lg-6">
          <PageHeading title={t('login.title')}>{t('login.title')}</PageHeading>
          {reason === 'expired' ? <Alert variant="warning" heading={t('login.expired')} /> : null}
          {reason === 'logged_out' ? <Alert variant="success" heading={t('login.loggedOut')} /> : null}
          {oidcError ? (
            <Alert
              variant="error"
              heading={t(`login.oidcErrors.${oidcError}`, { defaultValue: t('login.oidcFailed') })}
            />
          ) : null}
          <LoginForm next={next} />
          <PublicLinks />
        </div>
      </div>
    </PublicShell>
  );
}

function LoginForm({ next }: { next: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const message = useErrorMessage();
  const tenants = usePublicTenants();
  const [tenant, setTenant] = useState(rememberedTenant);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    const list = tenants.data ?? [];
    if (list.length && !list.some((item) => item.slug === tenant)) setTenant(list[0]?.slug ?? '');
  }, [tenants.data, tenant]);

  const login = useMutation({
    mutationFn: () => api('/api/auth/login', { method: 'POST', body: { tenant, email, password } }),
    onSuccess: async () => {
      rememberTenant(tenant);
      setExitReason(undefined);
      const me = await fetchMe();
      setCsrfToken(me?.csrfToken);
      queryClient.setQueryData(ME_KEY, me);
      await navigate(next, { replace: true });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!tenant) found.tenant = t('login.errors.tenant');
    if (!email.trim()) found.email = t('login.errors.email');
    if (!password) found.password = t('login.errors.password');
    setErrors(found);
    if (Object.keys(found).length === 0) login.mutate();
  }

  if (tenants.isPending) return <Spinner />;
  const list = tenants.data ?? [];
  return (
    <>
      {tenants.error ? <Alert variant="error" heading={message(tenants.error)} /> : null}
      {login.error ? (
        <Alert variant="error" heading={t('login.failed')}>
          <p>{message(login.error)}</p>
        </Alert>
      ) : null}
      <form onSubmit={submit} noValidate className="rt-login-form">
        <TenantChooser list={list} value={tenant} error={errors.tenant} onChange={setTenant} />
        <TextField
          id="email"
          label={t('login.email')}
          type="email"
          autoComplete="username"
          value={email}
          error={errors.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          id="password"
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          error={errors.password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button type="submit" className="button button-primary" disabled={login.isPending}>
          {login.isPending ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
      <p className="rt-forgot-password">
        <Link to="/glemt-adgangskode">{t('forgotPassword.link')}</Link>
      </p>
      {tenant ? <OidcProviders tenant={tenant} next={next} /> : null}
    </>
  );
}

function OidcProviders({ tenant, next }: { tenant: string; next: string }) {
  const { t } = useTranslation();
  const providers = useQuery({
    queryKey: ['auth', 'providers', tenant],
    queryFn: async () =>
      listOf<AuthProvider>(await api<unknown>('/api/auth/providers', { query: { tenant } }), 'providers'),
    retry: false,
  });
  const list = providers.data ?? [];
  if (list.length === 0) return null;
  return (
    <section className="rt-oidc" aria-labelledby="oidc-heading">
      <h2 id="oidc-heading" className="h3">
        {t('login.or')}
      </h2>
      {list.map((provider) => (
        <p key={provider.id}>
          <a
            className="button button-secondary"
            href={`/api/auth/oidc/${encodeURIComponent(tenant)}/start?${new URLSearchParams({ provider: provider.id, returnTo: next })}`}
          >
            {t('login.oidc')}
            {list.length > 1 ? ` (${provider.label})` : null}
          </a>
        </p>
      ))}
    </section>
  );
}

/** Citizens who land on the login page find the pages they can use without an account. */
function PublicLinks() {
  const { t } = useTranslation();
  const links = publicLinks();
  if (links.length === 0) return null;
  return (
    <section className="rt-public-links" aria-labelledby="public-links-heading">
      <h2 id="public-links-heading" className="h3">
        {t('login.withoutAccount')}
      </h2>
      <ul className="nobullet-list">
        {links.map((link) => (
          <li key={link.path}>
            <Link to={link.path}>{t(link.labelKey)}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
