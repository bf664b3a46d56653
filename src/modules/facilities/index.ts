// The facilities module's public surface (other modules and the app import only from here).
export { facilitiesRoutes, REPORT_PATH } from './routes.js';
export { HORIZON } from './domain/plan.js';
