import { Outlet } from 'react-router';
import { ABILITIES } from '../../abilities.js';
import { RequireAbility } from '../../components/RequireAbility.js';
import type { WebModule } from '../../modules.js';
import { AdminIndexPage } from './AdminIndexPage.js';
import { AuditPage } from './AuditPage.js';
import { ImportPage } from './ImportPage.js';
import { JobsPage } from './JobsPage.js';
import { UnitsPage } from './UnitsPage.js';
import { UserPage } from './UserPage.js';
import { UsersPage } from './UsersPage.js';

const guarded = (ability: readonly string[], element: React.ReactNode) => (
  <RequireAbility ability={ability}>{element}</RequireAbility>
);

/** Administration: users, organisation, CSV import, audit log and background jobs. */
export const adminModule: WebModule = {
  id: 'admin',
  nav: { path: '/admin', labelKey: 'nav.admin', ability: ABILITIES.admin, order: 90 },
  routes: [
    {
      path: 'admin',
      handle: { crumb: 'nav.admin' },
      element: guarded(ABILITIES.admin, <Outlet />),
      children: [
        { index: true, element: <AdminIndexPage /> },
        {
          path: 'users',
          handle: { crumb: 'admin.users.title' },
          children: [
            { index: true, element: guarded(ABILITIES.users, <UsersPage />) },
            {
              path: ':userId',
              handle: { crumb: 'admin.user.crumb' },
              element: guarded(ABILITIES.users, <UserPage />),
            },
          ],
        },
        {
          path: 'units',
          handle: { crumb: 'admin.units.title' },
          element: guarded(ABILITIES.units, <UnitsPage />),
        },
        {
          path: 'import',
          handle: { crumb: 'admin.import.title' },
          element: guarded(ABILITIES.import, <ImportPage />),
        },
        {
          path: 'audit',
          handle: { crumb: 'admin.audit.title' },
          element: guarded(ABILITIES.audit, <AuditPage />),
        },
        {
          path: 'jobs',
          handle: { crumb: 'admin.jobs.title' },
          element: guarded(ABILITIES.jobs, <JobsPage />),
        },
      ],
    },
  ],
};
