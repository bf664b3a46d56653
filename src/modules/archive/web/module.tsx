// The archive pages: in the signed-in shell the caseworkers' overview, queue, import and review; on the
// public shell the portal (no login).
import type { WebModule } from '../../../web/modules.js';
import { PORTAL_PATH } from './api.js';
import { ArchivePage } from './ArchivePage.js';
import { PortalPage, PortalTenantChooser } from './PortalPage.js';
import { ReviewPage } from './ReviewPage.js';
import { archiveTranslations } from './translations.js';
import './archive.css';

export const archiveWebModule: WebModule = {
  id: 'archive',
  nav: { path: '/byggesagsarkiv', labelKey: 'modules.archive.nav', ability: ['archive.review'], order: 20 },
  routes: [
    {
      path: 'byggesagsarkiv',
      handle: { crumb: 'modules.archive.nav', ability: ['archive.review'] },
      children: [
        { index: true, element: <ArchivePage /> },
        { path: ':id', handle: { crumb: 'modules.archive.staff.openReview' }, element: <ReviewPage /> },
      ],
    },
  ],
  publicLinks: [{ path: PORTAL_PATH, labelKey: 'modules.archive.portal.link' }],
  publicRoutes: [
    { path: PORTAL_PATH, element: <PortalTenantChooser /> },
    { path: `${PORTAL_PATH}/:tenant`, element: <PortalPage /> },
  ],
  translations: archiveTranslations,
  jobKinds: {
    da: { 'archive.import': 'Importen til arkivet', 'archive.screen': 'Screeningen af arkivdokumentet' },
    en: { 'archive.import': 'The archive import', 'archive.screen': 'The screening of the archive document' },
  },
};
