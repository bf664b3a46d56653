// The records (aktindsigt) pages: in the signed-in app shell the request list, one request, its review and
// the letter editor; on the public shell the citizens' request form and status page.
import type { WebModule } from '../../../web/modules.js';
import { LetterPage } from './LetterPage.js';
import { caseworkTranslations } from './casework-translations.js';
import { letterTranslations } from './letter-translations.js';
import { manageTranslations } from './manage-translations.js';
import { intakeTranslations } from './public-translations.js';
import { INTAKE_PATH, IntakeTenantChooser, PublicIntakePage } from './PublicIntakePage.js';
import { PublicStatusPage } from './PublicStatusPage.js';
import { RequestPage } from './RequestPage.js';
import { ReviewPage } from './ReviewPage.js';
import { RequestsPage } from './RequestsPage.js';
import { RegisterRequestPage } from './RegisterRequestPage.js';
import { recordsTranslations } from './translations.js';
import './records.css';

export const recordsWebModule: WebModule = {
  id: 'records',
  nav: { path: '/aktindsigt', labelKey: 'modules.records.nav', ability: ['records.read'], order: 10 },
  routes: [
    {
      path: 'aktindsigt',
      handle: { crumb: 'modules.records.nav', ability: ['records.read'] },
      children: [
        { index: true, element: <RequestsPage /> },
        {
          path: 'ny',
          handle: { crumb: 'modules.records.register.open' },
          element: <RegisterRequestPage />,
        },
        { path: ':requestId', handle: { crumb: 'modules.records.caseNumber' }, element: <RequestPage /> },
        {
          path: ':requestId/gennemgang',
          handle: { crumb: 'modules.records.review.title' },
          element: <ReviewPage />,
        },
        {
          path: ':requestId/brev',
          handle: { crumb: 'modules.records.letter.titleDecision' },
          element: <LetterPage kind="decision" />,
        },
        {
          path: ':requestId/fristbrev',
          handle: { crumb: 'modules.records.letter.titleFristbrev' },
          element: <LetterPage kind="fristbrev" />,
        },
      ],
    },
  ],
  publicLinks: [{ path: INTAKE_PATH, labelKey: 'modules.records.intake.title' }],
  publicRoutes: [
    { path: INTAKE_PATH, element: <IntakeTenantChooser /> },
    { path: `${INTAKE_PATH}/:tenant`, element: <PublicIntakePage /> },
    { path: `${INTAKE_PATH}/:tenant/status/:token`, element: <PublicStatusPage /> },
  ],
  jobKinds: {
    da: { 'records.screen': 'Screeningen af dokumenterne' },
    en: { 'records.screen': 'The screening of the documents' },
  },
  translations: {
    da: {
      ...recordsTranslations.da,
      ...manageTranslations.da,
      intake: intakeTranslations.da,
      letter: letterTranslations.da,
      casework: caseworkTranslations.da,
    },
    en: {
      ...recordsTranslations.en,
      ...manageTranslations.en,
      intake: intakeTranslations.en,
      letter: letterTranslations.en,
      casework: caseworkTranslations.en,
    },
  },
};
