// The facilities pages: buildings, a building (BBR, energy with charts, parts, rooms with QR codes), work
// orders and fault reports, CSV import; on the public shell the QR fault-report form, its status page and the
// contractor's work page.
import type { WebModule } from '../../../web/modules.js';
import { BuildingPage } from './BuildingPage.js';
import { BuildingsPage } from './BuildingsPage.js';
import { ImportPage } from './ImportPage.js';
import { PlanPage } from './PlanPage.js';
import {
  CONTRACTOR_PATH,
  ContractorPage,
  FaultReportPage,
  FaultStatusPage,
  REPORT_PATH,
} from './PublicPages.js';
import { facilitiesTranslations, publicTranslations } from './translations.js';
import { WorkOrderPage } from './WorkOrderPage.js';
import { WorkOrdersPage } from './WorkOrdersPage.js';
import './facilities.css';

const read = ['facilities.read'];

export const facilitiesWebModule: WebModule = {
  id: 'facilities',
  nav: { path: '/ejendomme', labelKey: 'modules.facilities.nav', ability: read, order: 30 },
  routes: [
    {
      path: 'ejendomme',
      handle: { crumb: 'modules.facilities.nav', ability: read },
      children: [
        { index: true, element: <BuildingsPage /> },
        {
          path: 'bygninger/:buildingId',
          handle: { crumb: 'modules.facilities.buildings' },
          element: <BuildingPage />,
        },
        {
          path: 'arbejdsordrer',
          handle: { crumb: 'modules.facilities.workOrders' },
          element: <WorkOrdersPage />,
        },
        {
          path: 'arbejdsordrer/:orderId',
          handle: { crumb: 'modules.facilities.workOrders' },
          element: <WorkOrderPage />,
        },
        {
          path: 'plan',
          handle: { crumb: 'modules.facilities.plan.title', ability: ['facilities.plan'] },
          element: <PlanPage />,
        },
        {
          path: 'import',
          handle: { crumb: 'modules.facilities.import', ability: ['facilities.manage'] },
          element: <ImportPage />,
        },
      ],
    },
  ],
  publicRoutes: [
    { path: `${REPORT_PATH}/status/:token`, element: <FaultStatusPage /> },
    { path: `${REPORT_PATH}/:token`, element: <FaultReportPage /> },
    { path: `${CONTRACTOR_PATH}/:token`, element: <ContractorPage /> },
  ],
  jobKinds: {
    da: { 'facilities.plan': 'Beregningen af vedligeholdelsesplanen' },
    en: { 'facilities.plan': 'The maintenance plan calculation' },
  },
  translations: {
    da: { ...facilitiesTranslations.da, public: publicTranslations.da },
    en: { ...facilitiesTranslations.en, public: publicTranslations.en },
  },
};
