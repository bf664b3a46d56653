import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/session.js';
import { ABILITIES } from '../../abilities.js';
import { SelectField, TextField } from '../../components/Field.js';
import { useUsersQuery } from './UsersPage.js';

export const FILTER_KEYS = ['actor', 'objectType', 'objectId', 'action', 'from', 'to'] as const;
export type Filters = Record<(typeof FILTER_KEYS)[number], string>;

type Props = {
  draft: Filters;
  onChange: (filters: Filters) => void;
  onSubmit: (event: FormEvent) => void;
  onReset: () => void;
};

/** Filter form of the audit log: person, object, action and period. */
export function AuditFilters({ draft, onChange, onSubmit, onReset }: Props) {
  const { t } = useTranslation();
  const can = useCan();
  const users = useUsersQuery();
  const set = (key: keyof Filters) => (event: { target: { value: string } }) =>
    onChange({ ...draft, [key]: event.target.value });
  const people = can(ABILITIES.users) ? (users.data ?? []) : [];
  return (
    <form className="rt-filters" onSubmit={onSubmit} aria-label={t('admin.audit.filters')}>
      <div className="rt-filter-grid">
        {people.length ? (
          <SelectField
            id="audit-actor"
            label={t('admin.audit.actor')}
            value={draft.actor}
            onChange={set('actor')}
          >
            <option value="">{t('admin.audit.anyone')}</option>
            {people.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </SelectField>
        ) : (
          <TextField
            id="audit-actor"
            label={t('admin.audit.actor')}
            value={draft.actor}
            onChange={set('actor')}
          />
        )}
        <TextField
          id="audit-action"
          label={t('admin.audit.action')}
          value={draft.action}
          onChange={set('action')}
        />
        <TextField
          id="audit-object-type"
          label={t('admin.audit.objectType')}
          value={draft.objectType}
          onChange={set('objectType')}
        />
        <TextField
          id="audit-object-id"
          label={t('admin.audit.objectId')}
          value={draft.objectId}
          onChange={set('objectId')}
        />
        <TextField
          id="audit-from"
          type="date"
          label={t('admin.audit.from')}
          value={draft.from}
          onChange={set('from')}
        />
        <TextField
          id="audit-to"
          type="date"
          label={t('admin.audit.to')}
          value={draft.to}
          onChange={set('to')}
        />
      </div>
      <div className="button-row rt-button-row">
        <button type="submit" className="button button-primary">
          {t('admin.audit.apply')}
        </button>
        <button type="button" className="button button-secondary" onClick={onReset}>
          {t('admin.audit.reset')}
        </button>
      </div>
    </form>
  );
}
