// A work order's history, for staff and for the contractor: each step in words (not its code), who took it
// (a contractor by name, the municipality's staff as "the municipality" on the contractor's page) and its note.
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../web/format.js';

type Event = { at: string; actor: string; kind: string; note: string | null; data?: Record<string, unknown> };

/** The label the public contractor view gives every staff step (see service/public.ts). */
const MUNICIPALITY = 'kommunen';
const CONTRACTOR = 'contractor:';

export function History({ events }: { events: Event[] }) {
  const { t } = useTranslation();
  const actor = (label: string) =>
    label === MUNICIPALITY
      ? t('modules.facilities.actorMunicipality')
      : label.startsWith(CONTRACTOR)
        ? label.slice(CONTRACTOR.length)
        : label;
  return (
    <>
      <h2>{t('modules.facilities.history')}</h2>
      <ol className="rt-fm-history">
        {events.map((e, i) => {
          const assignee = e.kind === 'assign' && typeof e.data?.name === 'string' ? e.data.name : null;
          return (
            <li key={i}>
              <span className="rt-fm-history-when">
                {formatDateTime(e.at)} · {actor(e.actor)}
              </span>
              <br />
              <strong>{t(`modules.facilities.events.${e.kind}`, { defaultValue: e.kind })}</strong>
              {assignee ? ` (${assignee})` : ''}
              {e.note ? `: ${e.note}` : ''}
            </li>
          );
        })}
      </ol>
    </>
  );
}
