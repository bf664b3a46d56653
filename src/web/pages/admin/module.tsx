import { ABILITIES } from '../../abilities.js';
import type { WebModule } from '../../modules.js';
import { AdminIndexPage } from './AdminIndexPage.js';
import { AuditPage } from './AuditPage.js';
import { ImportPage } from './ImportPage.js';
import { JobsPage } from './JobsPage.js';
import { UnitsPage } from './UnitsPage.js';
import { UserPage } from './UserPage.js';
import { UsersPage } from './UsersPage.js';

/** Administration: users, organisation, CSV import, audit log and background jobs. */
export const adminModule: WebModule = {
  id: 'admin',
  nav: { path: '/admin', labelKey: 'nav.admin', ability: ABILITIES.admin, order: 90 },
  routes: [
    {
      path: 'admin',
      handle: { crumb: 'nav.admin', ability: ABILITIES.admin },
      children: [
        { index: true, element: <AdminIndexPage /> },
        {
          path: 'users',
          handle: { crumb: 'admin.users.title', ability: ABILITIES.users },
          children: [
            { index: true, element: <UsersPage /> },
            {
              path: ':userId',
              handle: { crumb: 'admin.user.crumb' },
              element: <UserPage />,
            },
          ],
        },
        {
          path: 'units',
          handle: { crumb: 'admin.units.title', ability: ABILITIES.units },
          element: <UnitsPage />,
        },
        {
          path: 'import',
          handle: { crumb: 'admin.import.title', ability: ABILITIES.import },
          element: <ImportPage />,
        },
        {
          path: 'audit',
          handle: { crumb: 'admin.audit.title', ability: ABILITIES.audit },
          element: <AuditPage />,
        },
        {
          path: 'jobs',
          handle: { crumb: 'admin.jobs.title', ability: ABILITIES.jobs },
          element: <JobsPage />,
        },
      ],
    },
  ],
};
