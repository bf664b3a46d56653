// The unit's employees, read-only: they come from the organisation's master data.
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { formatNumber } from '../../../../web/format.js';
import type { ZMember } from '../../contract.js';
import { S } from './fields.js';

export function MembersTable({ members }: { members: z.infer<typeof ZMember>[] }) {
  const { t } = useTranslation();
  const k = (key: string, values?: Record<string, unknown>) => t(`${S}.members.${key}`, values);
  return (
    <section className="rt-setup-section" aria-labelledby="setup-members">
      <h2 id="setup-members">{k('heading', { count: members.length })}</h2>
      <p>{k('note')}</p>
      {members.length === 0 ? (
        <p className="rt-empty">{k('none')}</p>
      ) : (
        // Nothing in the table takes the focus, so the scrolling box does (keyboard users can scroll it).
        <div className="table--responsive-scroll" role="region" aria-labelledby="setup-members" tabIndex={0}>
          <table className="table table--zebra table--compact rt-setup-members">
            <thead>
              <tr>
                <th scope="col">{k('name')}</th>
                <th scope="col">{k('weeklyHours')}</th>
                <th scope="col">{k('skills')}</th>
                <th scope="col">{k('grade')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.employeeId}>
                  <th scope="row">{m.name}</th>
                  <td>{formatNumber(Math.round((m.weeklyMinutes / 60) * 100) / 100)}</td>
                  <td>{m.skills.join(', ')}</td>
                  <td>{m.grade}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
