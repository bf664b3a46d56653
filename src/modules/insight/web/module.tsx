// The management-information pages: the dashboard and one page per key figure with drill-down.
import type { WebModule } from '../../../web/modules.js';
import { DashboardPage } from './DashboardPage.js';
import { FigurePage } from './FigurePage.js';
import { insightTranslations } from './translations.js';
import './insight.css';

export const insightWebModule: WebModule = {
  id: 'insight',
  nav: {
    path: '/ledelsesinformation',
    labelKey: 'modules.insight.nav',
    ability: ['insight.read'],
    order: 60,
  },
  routes: [
    {
      path: 'ledelsesinformation',
      handle: { crumb: 'modules.insight.nav', ability: ['insight.read'] },
      children: [
        { index: true, element: <DashboardPage /> },
        { path: ':figure', handle: { crumb: 'modules.insight.figure' }, element: <FigurePage /> },
      ],
    },
  ],
  translations: { da: insightTranslations.da, en: insightTranslations.en },
};
