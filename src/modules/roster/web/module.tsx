// The shift-planning pages: the planner's units, their set-up, periods and grid; the employee's "Min vagtplan".
import type { WebModule } from '../../../web/modules.js';
import { MyRosterPage } from './MyRosterPage.js';
import { PeriodPage } from './PeriodPage.js';
import { SetupPage } from './SetupPage.js';
import { unitSetupTranslations } from './setup/translations.js';
import { rosterTranslations } from './translations.js';
import { UnitsPage } from './UnitsPage.js';
import './roster.css';

export const rosterWebModule: WebModule = {
  id: 'roster',
  nav: { path: '/vagtplan', labelKey: 'modules.roster.nav', ability: ['roster.read'], order: 30 },
  routes: [
    {
      path: 'vagtplan',
      handle: { crumb: 'modules.roster.nav', ability: ['roster.read'] },
      children: [
        { index: true, element: <UnitsPage /> },
        { path: 'perioder/:periodId', handle: { crumb: 'modules.roster.period' }, element: <PeriodPage /> },
        {
          path: 'enheder/:unitId',
          handle: { crumb: 'modules.roster.unitSetup.open' },
          element: <SetupPage />,
        },
      ],
    },
    {
      path: 'min-vagtplan',
      handle: { crumb: 'modules.roster.navMine', ability: ['roster.read_own'] },
      element: <MyRosterPage />,
    },
  ],
  jobKinds: {
    da: { 'roster.optimise': 'Optimeringen af vagtplanen' },
    en: { 'roster.optimise': 'The roster optimisation' },
  },
  translations: {
    da: { ...rosterTranslations.da, unitSetup: unitSetupTranslations.da },
    en: { ...rosterTranslations.en, unitSetup: unitSetupTranslations.en },
  },
};

/** The employee's entry in the menu (a second module entry, so both show for those who have both). */
export const myRosterWebModule: WebModule = {
  id: 'roster-mine',
  nav: { path: '/min-vagtplan', labelKey: 'modules.roster.navMine', ability: ['roster.read_own'], order: 31 },
  routes: [],
};
