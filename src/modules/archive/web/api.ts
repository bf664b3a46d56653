// Web client calls of the archive pages.
import { api } from '../../../web/api/client.js';
import type { TPortalInfo, TSearchResult } from '../contract.js';

export const PORTAL_PATH = '/byggesager';
export const STAFF_PATH = '/byggesagsarkiv';

export const portalApi = {
  info: (tenant: string) => api<TPortalInfo>(`/api/public/archive/${encodeURIComponent(tenant)}`),
  search: (tenant: string, query: Record<string, string | number | undefined>) =>
    api<TSearchResult>(`/api/public/archive/${encodeURIComponent(tenant)}/search`, { query }),
  suggest: (tenant: string, q: string) =>
    api<{ data: string[] }>(`/api/public/archive/${encodeURIComponent(tenant)}/suggest`, { query: { q } }),
  report: (tenant: string, id: string, body: { reason: string; message?: string; contact?: string }) =>
    api<{ received: true }>(`/api/public/archive/${encodeURIComponent(tenant)}/documents/${id}/report`, {
      method: 'POST',
      body,
    }),
  pdfUrl: (tenant: string, id: string, download = false) =>
    `/api/public/archive/${encodeURIComponent(tenant)}/documents/${id}/pdf${download ? '?download=1' : ''}`,
};
