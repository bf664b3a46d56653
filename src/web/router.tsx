import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth } from './auth/session.js';
import { Layout } from './components/Layout.js';
import { RouteError } from './components/RouteError.js';
import { webModules, type WebModule } from './modules.js';
import { ForgotPasswordPage, ResetPasswordPage } from './pages/ForgotPasswordPage.js';
import { HomePage } from './pages/HomePage.js';
import { LoginPage } from './pages/LoginPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { ProfilePage } from './pages/ProfilePage.js';

export function appRoutes(modules: readonly WebModule[] = webModules): RouteObject[] {
  return [
    { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
    { path: '/glemt-adgangskode', element: <ForgotPasswordPage />, errorElement: <RouteError /> },
    { path: '/glemt-adgangskode/ny', element: <ResetPasswordPage />, errorElement: <RouteError /> },
    ...modules.flatMap((module) =>
      (module.publicRoutes ?? []).map((route) => ({ ...route, errorElement: <RouteError /> })),
    ),
    {
      path: '/',
      element: (
        <RequireAuth>
          <Layout />
        </RequireAuth>
      ),
      handle: { crumb: 'nav.home' },
      errorElement: <RouteError />,
      children: [
        { index: true, element: <HomePage /> },
        { path: 'profile', element: <ProfilePage />, handle: { crumb: 'profile.title' } },
        ...modules.flatMap((module) => module.routes),
        { path: '*', element: <NotFoundPage />, handle: { crumb: 'notFound.title' } },
      ],
    },
  ];
}

export function createAppRouter() {
  return createBrowserRouter(appRoutes());
}
