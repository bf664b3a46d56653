import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from './Alert.js';
import { Skeleton } from './Spinner.js';
import { useErrorMessage } from '../errors.js';

type Props = {
  isPending: boolean;
  error: unknown;
  isEmpty?: boolean;
  empty?: ReactNode;
  lines?: number;
  children: ReactNode;
};

/** Loading skeleton, error alert or empty state around a query's content. */
export function QueryState({ isPending, error, isEmpty, empty, lines, children }: Props) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  if (isPending) return <Skeleton lines={lines} />;
  if (error) {
    return (
      <Alert variant="error" heading={t('errors.loadFailed')}>
        <p>{message(error)}</p>
      </Alert>
    );
  }
  if (isEmpty) return <>{empty ?? <p className="rt-empty">{t('common.empty')}</p>}</>;
  return <>{children}</>;
}
