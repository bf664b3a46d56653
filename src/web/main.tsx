import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import i18next from 'i18next';
import 'dkfds-dist/css/dkfds.min.css';
// Rød Tråd's styles on top of DKFDS, in cascade order.
import './styles/base.css';
import './styles/shell.css';
import './styles/home-and-admin.css';
import './styles/admin-tools.css';
import './styles/utilities.css';
import sprite from 'dkfds-dist/img/all-svg-icons.svg?raw';
import { ApiError } from './api/client.js';
import { ToastProvider } from './components/Toasts.js';
import { initI18n } from './i18n/index.js';
import { webModules } from './modules.js';
import { createAppRouter } from './router.js';

function injectIcons(): void {
  const holder = document.createElement('div');
  holder.hidden = true;
  holder.setAttribute('aria-hidden', 'true');
  // Symbol ids get an "icon-" prefix so they cannot collide with ids in the pages (e.g. a field id "email").
  holder.innerHTML = sprite
    .replace(/<\?xml[^>]*\?>|<!DOCTYPE[^>]*>/g, '')
    .replace(/<symbol id="/g, '<symbol id="icon-');
  document.body.prepend(holder);
}

injectIcons();
initI18n();
for (const module of webModules) {
  for (const [language, resources] of Object.entries(module.translations ?? {})) {
    i18next.addResourceBundle(language, 'translation', { modules: { [module.id]: resources } }, true, false);
  }
  for (const [language, kinds] of Object.entries(module.jobKinds ?? {})) {
    i18next.addResourceBundle(language, 'translation', { jobs: { kinds } }, true, false);
  }
}

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
  },
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <RouterProvider router={createAppRouter()} />
        </ToastProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
