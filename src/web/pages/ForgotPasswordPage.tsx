import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import { Alert } from '../components/Alert.js';
import { TextField } from '../components/Field.js';
import { PageHeading } from '../components/PageHeading.js';
import { useErrorMessage } from '../errors.js';
import { PublicShell } from './PublicShell.js';
import { rememberedTenant, TenantChooser, usePublicTenants } from '../components/TenantChooser.js';

/** "Glemt adgangskode": asks for an e-mailed link. The answer is the same whether the account exists. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const tenants = usePublicTenants();
  const list = tenants.data ?? [];
  const [tenant, setTenant] = useState(rememberedTenant);
  const chosen = list.some((item) => item.slug === tenant) ? tenant : (list[0]?.slug ?? '');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>();
  const ask = useMutation({
    mutationFn: () =>
      api('/api/auth/forgot-password', { method: 'POST', body: { tenant: chosen, email: email.trim() } }),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(email.trim() ? undefined : t('login.errors.email'));
    if (email.trim()) ask.mutate();
  }

  return (
    <PublicShell>
      <div className="row">
        <div className="col-12 col-md-8 col-lg-6">
          <PageHeading title={t('forgotPassword.title')}>{t('forgotPassword.title')}</PageHeading>
          {ask.isSuccess ? (
            <Alert variant="success" heading={t('forgotPassword.sentHeading')}>
              <p>{t('forgotPassword.sent', { email: email.trim() })}</p>
            </Alert>
          ) : (
            <>
              <p>{t('forgotPassword.intro')}</p>
              {ask.error ? <Alert variant="error" heading={message(ask.error)} /> : null}
              <form onSubmit={submit} noValidate className="rt-login-form">
                <TenantChooser list={list} value={chosen} onChange={setTenant} />
                <TextField
                  id="email"
                  label={t('login.email')}
                  type="email"
                  autoComplete="username"
                  value={email}
                  error={error}
                  onChange={(event) => setEmail(event.target.value)}
                />
                <button type="submit" className="button button-primary" disabled={ask.isPending}>
                  {t('forgotPassword.submit')}
                </button>
              </form>
            </>
          )}
          <p>
            <Link to="/login">{t('forgotPassword.backToLogin')}</Link>
          </p>
        </div>
      </div>
    </PublicShell>
  );
}

/** The page the e-mailed link opens: choose a new password once. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const reset = useMutation({
    mutationFn: () =>
      api('/api/auth/reset-password', { method: 'POST', body: { token, newPassword: password } }),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (password.length < 10) found.password = t('forgotPassword.errors.short');
    else if (password !== repeat) found.repeat = t('forgotPassword.errors.different');
    setErrors(found);
    if (Object.keys(found).length === 0) reset.mutate();
  }

  return (
    <PublicShell>
      <div className="row">
        <div className="col-12 col-md-8 col-lg-6">
          <PageHeading title={t('forgotPassword.newTitle')}>{t('forgotPassword.newTitle')}</PageHeading>
          {reset.isSuccess ? (
            <Alert variant="success" heading={t('forgotPassword.doneHeading')}>
              <p>{t('forgotPassword.done')}</p>
            </Alert>
          ) : !token ? (
            <Alert variant="error" heading={t('forgotPassword.noToken')} />
          ) : (
            <>
              {reset.error ? <Alert variant="error" heading={message(reset.error)} /> : null}
              <form onSubmit={submit} noValidate className="rt-login-form">
                <TextField
                  id="new-password"
                  label={t('forgotPassword.newPassword')}
                  hint={t('forgotPassword.hint')}
                  type="password"
                  autoComplete="new-password"
                  value={password}
                  error={errors.password}
                  onChange={(event) => setPassword(event.target.value)}
                />
                <TextField
                  id="repeat-password"
                  label={t('forgotPassword.repeat')}
                  type="password"
                  autoComplete="new-password"
                  value={repeat}
                  error={errors.repeat}
                  onChange={(event) => setRepeat(event.target.value)}
                />
                <button type="submit" className="button button-primary" disabled={reset.isPending}>
                  {t('forgotPassword.save')}
                </button>
              </form>
            </>
          )}
          <p>
            <Link to="/login">{t('forgotPassword.backToLogin')}</Link>
          </p>
        </div>
      </div>
    </PublicShell>
  );
}
