// The digitalisation portfolio pages: the list with the maturity map, and one initiative (new or existing).
import type { WebModule } from '../../../web/modules.js';
import { InitiativePage } from './InitiativePage.js';
import { PortfolioPage } from './PortfolioPage.js';
import { portfolioTranslations } from './translations.js';
import './portfolio.css';

export const portfolioWebModule: WebModule = {
  id: 'portfolio',
  nav: { path: '/portefolje', labelKey: 'modules.portfolio.nav', ability: ['portfolio.read'], order: 70 },
  routes: [
    {
      path: 'portefolje',
      handle: { crumb: 'modules.portfolio.nav', ability: ['portfolio.read'] },
      children: [
        { index: true, element: <PortfolioPage /> },
        {
          path: 'ny',
          handle: { crumb: 'modules.portfolio.new', ability: ['portfolio.write'] },
          element: <InitiativePage />,
        },
        { path: ':id', handle: { crumb: 'modules.portfolio.initiative' }, element: <InitiativePage /> },
      ],
    },
  ],
  translations: { da: portfolioTranslations.da, en: portfolioTranslations.en },
};
