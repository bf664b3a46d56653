import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { PublicShell } from '../pages/PublicShell.js';
import { useErrorMessage } from '../errors.js';
import { Alert } from './Alert.js';

/** Shown when a page crashes or the server cannot be reached while loading the session. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const message = useErrorMessage();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <PublicShell>
        <NotFoundPage />
      </PublicShell>
    );
  }
  return (
    <PublicShell>
      <h1>{t('errors.pageFailed')}</h1>
      <Alert variant="error" heading={message(error)}>
        <p>{t('errors.tryAgain')}</p>
      </Alert>
      <p>
        <a className="button button-primary" href="/">
          {t('notFound.home')}
        </a>
      </p>
    </PublicShell>
  );
}
