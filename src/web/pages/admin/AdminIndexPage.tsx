import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ABILITIES } from '../../abilities.js';
import { useCan } from '../../auth/session.js';
import { Icon } from '../../components/Icon.js';
import { PageHeading } from '../../components/PageHeading.js';

const SECTIONS = [
  { path: 'users', key: 'users', icon: 'persons', ability: ABILITIES.users },
  { path: 'units', key: 'units', icon: 'business', ability: ABILITIES.units },
  { path: 'import', key: 'import', icon: 'upload', ability: ABILITIES.import },
  { path: 'audit', key: 'audit', icon: 'list-check', ability: ABILITIES.audit },
  { path: 'jobs', key: 'jobs', icon: 'sync', ability: ABILITIES.jobs },
] as const;

export function AdminIndexPage() {
  const { t } = useTranslation();
  const can = useCan();
  return (
    <>
      <PageHeading title={t('nav.admin')} lead={t('admin.lead')}>
        {t('nav.admin')}
      </PageHeading>
      <ul className="rt-card-grid">
        {SECTIONS.filter((section) => can(section.ability)).map((section) => (
          <li key={section.path} className="rt-card">
            <Link to={section.path} className="rt-card-link">
              <Icon name={section.icon} />
              <span className="rt-card-title">{t(`admin.${section.key}.title`)}</span>
            </Link>
            <p className="rt-card-text">{t(`admin.${section.key}.lead`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
