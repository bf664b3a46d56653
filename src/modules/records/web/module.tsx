// The records (aktindsigt) pages in the signed-in app shell: the request list, one request and its review.
import type { WebModule } from '../../../web/modules.js';
import { RequestPage } from './RequestPage.js';
import { ReviewPage } from './ReviewPage.js';
import { RequestsPage } from './RequestsPage.js';
import { recordsTranslations } from './translations.js';

export const recordsWebModule: WebModule = {
  id: 'records',
  nav: { path: '/aktindsigt', labelKey: 'modules.records.nav', ability: ['records.read'], order: 10 },
  routes: [
    {
      path: 'aktindsigt',
      handle: { crumb: 'modules.records.nav', ability: ['records.read'] },
      children: [
        { index: true, element: <RequestsPage /> },
        { path: ':requestId', handle: { crumb: 'modules.records.caseNumber' }, element: <RequestPage /> },
        {
          path: ':requestId/gennemgang',
          handle: { crumb: 'modules.records.review.title' },
          element: <ReviewPage />,
        },
      ],
    },
  ],
  translations: recordsTranslations,
};
