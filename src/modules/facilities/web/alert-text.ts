// Alerts in words: the detail the API gives (a date, a month, a week or the asbestos reasons) formatted and
// translated, so neither ISO dates nor the API's English codes reach the page.
import type { TFunction } from 'i18next';
import { formatDate, formatNumber } from '../../../web/format.js';
import type { TAlert, TEnergyAlert } from '../contract.js';

const monthFormat = new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 2026-11-25 → 25. nov. 2026; 2026-09 → september 2026; anything else as it is. */
export function formatPeriod(value: string): string {
  if (/^\d{4}-\d{2}$/.test(value)) return monthFormat.format(new Date(`${value}-15T12:00:00Z`));
  return formatDate(value);
}

/** The text after the alert's name, e.g. "udløb 15. apr. 2026", "ydervægge, tag", "siden 25. nov. 2026". */
export function alertDetail(t: TFunction, alert: Pick<TAlert, 'kind' | 'detail'>): string | null {
  if (!alert.detail) return null;
  const k = 'modules.facilities.alertDetails';
  if (alert.kind === 'asbestos')
    return alert.detail
      .split(',')
      .map((r) => t(`${k}.reasons.${r}`, { defaultValue: r }))
      .join(', ');
  if (alert.kind === 'label_expired') return t(`${k}.expired`, { date: formatDate(alert.detail) });
  if (alert.kind === 'label_expiring') return t(`${k}.expires`, { date: formatDate(alert.detail) });
  return t(`${k}.since`, { date: formatPeriod(alert.detail) });
}

const round = (n: number, digits: number) => formatNumber(Math.round(n * 10 ** digits) / 10 ** digits);

/** One sentence on an energy alert: since when, how much, against what. */
export function energyAlertText(t: TFunction, a: TEnergyAlert): string {
  return t(`modules.facilities.alertTexts.${a.kind}`, {
    since: formatPeriod(a.since),
    ratio: Number.isFinite(a.ratio) && a.ratio < 100 ? round(a.ratio, 1) : '>100',
    recent: round(a.recent, a.kind === 'continuous_flow' ? 2 : 0),
    baseline: round(a.baseline, a.kind === 'continuous_flow' ? 2 : 0),
  });
}
