import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { AdminUser, RoleAssignment, RoleName } from '../../api/types.js';
import { Alert } from '../../components/Alert.js';
import { useToast } from '../../components/Toasts.js';
import { useErrorMessage } from '../../errors.js';
import { KNOWN_ROLES } from '../../roles.js';
import { USERS_KEY } from './UsersPage.js';
import { buildTree, flattenTree, useUnitsQuery } from './useUnits.js';

/** Roles per organisation unit: a row per assignment, saved together with PUT /api/admin/users/:id/roles. */
export function RolesEditor({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const toast = useToast();
  const message = useErrorMessage();
  const units = useUnitsQuery();
  const [rows, setRows] = useState<RoleAssignment[]>(user.roles ?? []);
  const options = flattenTree(buildTree(units.data ?? []));
  const roleNames = [...new Set([...KNOWN_ROLES, ...rows.map((row) => row.role)])];
  const save = useMutation({
    mutationFn: () => api(`/api/admin/users/${user.id}/roles`, { method: 'PUT', body: rows }),
    onSuccess: async () => {
      toast({ variant: 'success', heading: t('admin.roles.saved', { name: user.name }) });
      await queryClient.invalidateQueries({ queryKey: USERS_KEY });
    },
  });
  const update = (index: number, change: Partial<RoleAssignment>) =>
    setRows((all) => all.map((row, i) => (i === index ? { ...row, ...change } : row)));

  return (
    <section aria-labelledby="roles-heading" className="rt-section">
      <h2 id="roles-heading">{t('admin.roles.title')}</h2>
      <p>{t('admin.roles.lead')}</p>
      {save.error ? <Alert variant="error" heading={message(save.error)} /> : null}
      {rows.length === 0 ? <p className="rt-empty">{t('admin.roles.none')}</p> : null}
      <ul className="rt-role-rows">
        {rows.map((row, index) => (
          <li key={index} className="rt-role-row">
            <div className="form-group">
              <label className="form-label" htmlFor={`role-${index}`}>
                {t('admin.roles.role')}
              </label>
              <select
                id={`role-${index}`}
                className="form-select"
                value={row.role}
                onChange={(event) => update(index, { role: event.target.value as RoleName })}
              >
                {roleNames.map((role) => (
                  <option key={role} value={role}>
                    {t(`roles.names.${role}`, { defaultValue: role })}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-group">
              <label className="form-label" htmlFor={`unit-${index}`}>
                {t('admin.roles.unit')}
              </label>
              <select
                id={`unit-${index}`}
                className="form-select"
                value={row.unitId ?? ''}
                onChange={(event) => update(index, { unitId: event.target.value || null })}
              >
                <option value="">{t('roles.everywhere')}</option>
                {options.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {`${'\u00a0\u00a0'.repeat(unit.depth)}${unit.name}`}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="button button-tertiary rt-remove"
              onClick={() => setRows((all) => all.filter((_, i) => i !== index))}
            >
              {t('admin.roles.remove')}
              <span className="sr-only"> {t(`roles.names.${row.role}`, { defaultValue: row.role })}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="button-row rt-button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setRows((all) => [...all, { role: 'employee', unitId: null }])}
        >
          {t('admin.roles.add')}
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => save.mutate()}
          disabled={save.isPending}
        >
          {t('admin.roles.save')}
        </button>
      </div>
    </section>
  );
}
