import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { AdminUser } from '../../api/types.js';
import { Alert } from '../../components/Alert.js';
import { PageHeading } from '../../components/PageHeading.js';
import { QueryState } from '../../components/QueryState.js';
import { useToast } from '../../components/Toasts.js';
import { useErrorMessage } from '../../errors.js';
import { NotFoundPage } from '../NotFoundPage.js';
import { RolesEditor } from './RolesEditor.js';
import { USERS_KEY, useUsersQuery } from './UsersPage.js';

export function UserPage() {
  const { t } = useTranslation();
  const { userId } = useParams();
  const users = useUsersQuery();
  const user = users.data?.find((candidate) => candidate.id === userId);
  if (users.data && !user) return <NotFoundPage />;
  return (
    <QueryState isPending={users.isPending} error={users.error}>
      {user ? (
        <>
          <PageHeading title={user.name} lead={user.email}>
            {user.name}
          </PageHeading>
          <p>
            <span className={`badge ${user.active ? 'badge-success' : ''}`}>
              {user.active ? t('admin.users.active') : t('admin.users.inactive')}
            </span>
          </p>
          <UserActions user={user} />
          <RolesEditor user={user} />
        </>
      ) : null}
    </QueryState>
  );
}

function UserActions({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const toast = useToast();
  const message = useErrorMessage();
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState<string | null>(null);
  const deactivate = useMutation({
    mutationFn: () => api(`/api/admin/users/${user.id}`, { method: 'PATCH', body: { active: !user.active } }),
    onSuccess: async () => {
      setConfirming(false);
      toast({
        variant: 'success',
        heading: t(user.active ? 'admin.user.deactivated' : 'admin.user.reactivated', { name: user.name }),
      });
      await queryClient.invalidateQueries({ queryKey: USERS_KEY });
    },
  });
  const reset = useMutation({
    mutationFn: () =>
      api<{ temporaryPassword: string }>(`/api/admin/users/${user.id}/reset-password`, {
        method: 'POST',
      }),
    onSuccess: (result) => setPassword(result.temporaryPassword),
  });
  const error = deactivate.error ?? reset.error;
  return (
    <section aria-labelledby="user-actions" className="rt-section">
      <h2 id="user-actions">{t('admin.user.actions')}</h2>
      {error ? <Alert variant="error" heading={message(error)} /> : null}
      {password ? (
        <Alert variant="success" heading={t('admin.users.temporaryPassword')}>
          <p>
            <code className="rt-secret">{password}</code>
          </p>
          <p>{t('admin.users.temporaryPasswordHint')}</p>
        </Alert>
      ) : null}
      {confirming ? (
        <Alert variant="warning" heading={t('admin.user.confirmDeactivate', { name: user.name })}>
          <div className="button-row">
            <button type="button" className="button button-warning" onClick={() => deactivate.mutate()}>
              {t('admin.user.deactivate')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </Alert>
      ) : null}
      <div className="button-row rt-button-row">
        <button type="button" className="button button-secondary" onClick={() => reset.mutate()}>
          {t('admin.user.resetPassword')}
        </button>
        {user.active ? (
          <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
            {t('admin.user.deactivate')}
          </button>
        ) : (
          <button type="button" className="button button-secondary" onClick={() => deactivate.mutate()}>
            {t('admin.user.reactivate')}
          </button>
        )}
      </div>
    </section>
  );
}
