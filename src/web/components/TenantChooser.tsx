// Choosing the municipality before login (login page, "glemt adgangskode"): the public list of
// municipalities, the one chosen last time in this browser, and a selector that is only shown when there is
// more than one to choose from.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import { listOf } from '../api/list.js';
import type { TenantSummary } from '../api/types.js';
import { SelectField } from './Field.js';

const TENANT_KEY = 'rodtrad.tenant';

export function rememberedTenant(): string {
  try {
    return localStorage.getItem(TENANT_KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberTenant(slug: string): void {
  try {
    localStorage.setItem(TENANT_KEY, slug);
  } catch {
    // Remembering the municipality is a convenience only.
  }
}

export function usePublicTenants() {
  return useQuery({
    queryKey: ['tenants', 'public'],
    queryFn: async () => listOf<TenantSummary>(await api<unknown>('/api/tenants/public'), 'tenants'),
  });
}

export function TenantChooser(props: {
  list: TenantSummary[];
  value: string;
  error?: string;
  onChange: (slug: string) => void;
}) {
  const { t } = useTranslation();
  const { list, value, error, onChange } = props;
  if (list.length > 1)
    return (
      <SelectField
        id="tenant"
        label={t('login.tenant')}
        value={value}
        error={error}
        onChange={(e) => onChange(e.target.value)}
      >
        {list.map((item) => (
          <option key={item.slug} value={item.slug}>
            {item.name}
          </option>
        ))}
      </SelectField>
    );
  return list[0] ? (
    <p className="rt-tenant-single">
      <span className="weight-semibold">{t('login.tenant')}:</span> {list[0].name}
    </p>
  ) : null;
}
