import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { listOf } from '../../api/list.js';
import type { AdminUser } from '../../api/types.js';
import { Alert } from '../../components/Alert.js';
import { TextField } from '../../components/Field.js';
import { PageHeading } from '../../components/PageHeading.js';
import { QueryState } from '../../components/QueryState.js';
import { useToast } from '../../components/Toasts.js';
import { useErrorMessage } from '../../errors.js';

export const USERS_KEY = ['admin', 'users'] as const;

export function useUsersQuery() {
  return useQuery({
    queryKey: USERS_KEY,
    queryFn: async () => listOf<AdminUser>(await api<unknown>('/api/admin/users'), 'users'),
  });
}

export function UsersPage() {
  const { t } = useTranslation();
  const users = useUsersQuery();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const list = (users.data ?? []).filter(
    (user) =>
      !needle || user.name.toLowerCase().includes(needle) || user.email.toLowerCase().includes(needle),
  );
  return (
    <>
      <PageHeading title={t('admin.users.title')} lead={t('admin.users.lead')}>
        {t('admin.users.title')}
      </PageHeading>
      <CreateUser />
      <h2>{t('admin.users.list')}</h2>
      <TextField
        id="user-filter"
        label={t('admin.users.filter')}
        type="search"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      <QueryState isPending={users.isPending} error={users.error} isEmpty={list.length === 0}>
        <div
          className="table--responsive-scroll"
          tabIndex={0}
          role="region"
          aria-label={t('admin.users.list')}
        >
          <table className="table table--zebra table-md-responsive-headers">
            <thead>
              <tr>
                <th scope="col">{t('admin.users.name')}</th>
                <th scope="col">{t('admin.users.email')}</th>
                <th scope="col">{t('admin.users.roles')}</th>
                <th scope="col">{t('admin.users.status')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((user) => (
                <tr key={user.id}>
                  <td data-title={t('admin.users.name')}>
                    <Link to={user.id}>{user.name}</Link>
                  </td>
                  <td data-title={t('admin.users.email')}>{user.email}</td>
                  <td data-title={t('admin.users.roles')}>
                    {[...new Set((user.roles ?? []).map((role) => role.role))]
                      .map((role) => t(`roles.names.${role}`, { defaultValue: role }))
                      .join(', ')}
                  </td>
                  <td data-title={t('admin.users.status')}>
                    <span className={`badge ${user.active ? 'badge-success' : ''}`}>
                      {user.active ? t('admin.users.active') : t('admin.users.inactive')}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </QueryState>
    </>
  );
}

function CreateUser() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const toast = useToast();
  const message = useErrorMessage();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [password, setPassword] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () =>
      api<{ user: AdminUser; temporaryPassword?: string }>('/api/admin/users', {
        method: 'POST',
        body: { name: name.trim(), email: email.trim(), roles: [] },
      }),
    onSuccess: async (result) => {
      toast({ variant: 'success', heading: t('admin.users.created', { name: name.trim() }) });
      setPassword(result?.temporaryPassword ?? null);
      setName('');
      setEmail('');
      await queryClient.invalidateQueries({ queryKey: USERS_KEY });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!name.trim()) found.name = t('admin.users.errors.name');
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) found.email = t('admin.users.errors.email');
    setErrors(found);
    if (!Object.keys(found).length) create.mutate();
  }

  return (
    <details
      className="details rt-create"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="details-summary">{t('admin.users.create')}</summary>
      <div className="details-text">
        {password ? (
          <Alert variant="success" heading={t('admin.users.temporaryPassword')}>
            <p>
              <code className="rt-secret">{password}</code>
            </p>
            <p>{t('admin.users.temporaryPasswordHint')}</p>
          </Alert>
        ) : null}
        {create.error ? <Alert variant="error" heading={message(create.error)} /> : null}
        <form onSubmit={submit} noValidate>
          <TextField
            id="new-user-name"
            label={t('admin.users.name')}
            value={name}
            error={errors.name}
            autoComplete="off"
            onChange={(event) => setName(event.target.value)}
          />
          <TextField
            id="new-user-email"
            label={t('admin.users.email')}
            type="email"
            value={email}
            error={errors.email}
            autoComplete="off"
            onChange={(event) => setEmail(event.target.value)}
          />
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {t('admin.users.createSubmit')}
          </button>
        </form>
      </div>
    </details>
  );
}
