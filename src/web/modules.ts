// The extension point of the web application. A module adds its pages by exporting a WebModule and listing
// it in `webModules` below: its routes are mounted inside the signed-in app shell, its navigation entry is
// shown only to users who have (any of) the ability it names, and its translations are merged under
// `modules.<id>` in both languages. See docs/modules/web.md.
import type { RouteObject } from 'react-router';
import type { Language } from './api/types.js';
import { insightWebModule } from '../modules/insight/web/module.js';
import { portfolioWebModule } from '../modules/portfolio/web/module.js';
import { archiveWebModule } from '../modules/archive/web/module.js';
import { recordsWebModule } from '../modules/records/web/module.js';
import { facilitiesWebModule } from '../modules/facilities/web/module.js';
import { adminModule } from './pages/admin/module.js';
import { myRosterWebModule, rosterWebModule } from '../modules/roster/web/module.js';

export type Ability = string | readonly string[];

export type NavEntry = {
  /** Path of the module's front page, e.g. "/aktindsigt". */
  path: string;
  /** i18n key of the menu label. */
  labelKey: string;
  /** Shown only to users with (any of) these abilities from GET /api/auth/me. */
  ability?: Ability;
  /** Lower numbers come first in the main menu. */
  order?: number;
};

/** Data on a route object: `crumb` is the i18n key of its breadcrumb. */
export type RouteHandle = { crumb?: string; ability?: Ability };

export type WebModule = {
  id: string;
  nav?: NavEntry;
  /** Routes relative to the app root; protect pages with `handle.ability` (checked by the shell). */
  routes: RouteObject[];
  /** Pages shown without login on the public shell (e.g. a citizens' form), mounted at the app root. */
  publicRoutes?: RouteObject[];
  /** Links to public pages offered on the login page to people without an account (e.g. citizens). */
  publicLinks?: { path: string; labelKey: string }[];
  translations?: Partial<Record<Language, Record<string, unknown>>>;
  /** Names of the module's background jobs (by job name) for the job list and the "finished" notice. */
  jobKinds?: Partial<Record<Language, Record<string, string>>>;
};

export const webModules: WebModule[] = [
  recordsWebModule,
  archiveWebModule,
  rosterWebModule,
  myRosterWebModule,
  facilitiesWebModule,
  insightWebModule,
  portfolioWebModule,
  adminModule,
];

export function publicLinks(
  modules: readonly WebModule[] = webModules,
): { path: string; labelKey: string }[] {
  return modules.flatMap((module) => module.publicLinks ?? []);
}

export function navEntries(modules: readonly WebModule[] = webModules): NavEntry[] {
  return modules
    .flatMap((module) => (module.nav ? [module.nav] : []))
    .sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
}
