import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.js';
import { listOf } from '../api/list.js';
import type { Language, OrgUnit } from '../api/types.js';
import { useLanguageSwitch } from '../auth/language.js';
import { useSession } from '../auth/session.js';
import { PageHeading } from '../components/PageHeading.js';
import { LANGUAGES } from '../i18n/index.js';

/** The signed-in user's profile: name, e-mail, municipality, roles and the language choice. */
export function ProfilePage() {
  const { t } = useTranslation();
  const me = useSession();
  const { language, setLanguage } = useLanguageSwitch();
  const units = useQuery({
    queryKey: ['org', 'units'],
    queryFn: async () => listOf<OrgUnit>(await api<unknown>('/api/org/units'), 'units'),
    retry: false,
  });
  const unitName = (id: string | null) =>
    id ? (units.data?.find((unit) => unit.id === id)?.name ?? id) : t('roles.everywhere');
  return (
    <>
      <PageHeading title={t('profile.title')}>{t('profile.title')}</PageHeading>
      <dl className="rt-facts">
        <dt>{t('profile.name')}</dt>
        <dd>{me.user.name}</dd>
        <dt>{t('profile.email')}</dt>
        <dd>{me.user.email}</dd>
        <dt>{t('profile.tenant')}</dt>
        <dd>{me.tenant.name}</dd>
        <dt>{t('profile.roles')}</dt>
        <dd>
          <ul className="nobullet-list">
            {me.roles.map((role) => (
              <li key={`${role.role}-${role.unitId ?? ''}`}>
                {t(`roles.names.${role.role}`, { defaultValue: role.role })} – {unitName(role.unitId)}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <fieldset className="rt-fieldset">
        <legend className="h3">{t('profile.language')}</legend>
        {LANGUAGES.map((code: Language) => (
          <div className="form-group-radio" key={code}>
            <input
              type="radio"
              className="form-radio"
              id={`language-${code}`}
              name="language"
              value={code}
              checked={language === code}
              onChange={() => void setLanguage(code)}
            />
            <label htmlFor={`language-${code}`} lang={code}>
              {t(`language.names.${code}`)}
            </label>
          </div>
        ))}
      </fieldset>
    </>
  );
}
