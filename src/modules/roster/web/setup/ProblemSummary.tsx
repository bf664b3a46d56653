// The list of problems above the form ("Ret følgende, før du gemmer"): each names its section, line and
// column and links to the field, which gets the focus.
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, type Problems } from './draft.js';
import { S, useProblemText } from './fields.js';

const COLUMNS: Record<string, Record<string, string>> = {
  shiftTypes: {
    id: 'code',
    name: 'name',
    start: 'start',
    end: 'end',
    paidMinutes: 'paid',
    breakMinutes: 'break',
  },
  skills: { id: 'code', name: 'name' },
  demand: { weekdays: 'weekdays', shift: 'shift', skill: 'skill', min: 'min', preferred: 'preferred' },
  specialDays: { date: 'date', name: 'name', followsWeekday: 'follows' },
};
const SECTIONS: Record<string, string> = {
  shiftTypes: 'shifts',
  skills: 'skills',
  demand: 'demand',
  specialDays: 'special',
};

/** "Vagttyper, linje 2: Starter" — where a problem is, in words. */
function usePlace(): (path: string) => string {
  const { t } = useTranslation();
  const k = (key: string, values?: Record<string, unknown>) => t(`${S}.${key}`, values);
  return (path) => {
    const [head = '', second, third] = path.split('.');
    if (head === 'name') return k('unit.name');
    const section = SECTIONS[head];
    if (section) {
      const heading = k(`${section}.heading`);
      const column = third ? COLUMNS[head]?.[third] : undefined;
      if (second === undefined) return heading;
      const line = k('line', { n: Number(second) + 1 });
      return column ? `${heading}, ${line}: ${k(`${section}.${column}`)}` : `${heading}, ${line}`;
    }
    if (head === 'agreement') return second ? k(`agreement.${second}`) : k('agreement.heading');
    if (head === 'cost') {
      if (second === 'gradePay') {
        if (third === undefined) return k('cost.gradePay');
        const field = path.endsWith('.grade') ? k('cost.grade') : k('cost.pay');
        return `${k('cost.gradePay')}, ${k('line', { n: Number(third) + 1 })}: ${field}`;
      }
      if (second === 'payCodes' && third) return k('cost.payCodeOf', { kind: k(`cost.kinds.${third}`) });
      return second ? k(`cost.${second}`) : k('cost.heading');
    }
    return '';
  };
}

/** Focuses the field of a path, or the nearest thing on the page that has one. */
export function focusField(path: string): void {
  for (let p = path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    const el = document.getElementById(fieldId(p)) ?? document.getElementById(`${fieldId(p)}-error`);
    if (!el) continue;
    const target = el.tagName === 'FIELDSET' ? el.querySelector<HTMLElement>('input') : el;
    target?.scrollIntoView({ block: 'center' });
    if (target && el.id.endsWith('-error')) target.setAttribute('tabindex', '-1');
    target?.focus();
    return;
  }
}

export function ProblemSummary({ problems, ref }: { problems: Problems; ref: Ref<HTMLDivElement> }) {
  const { t } = useTranslation();
  const place = usePlace();
  const text = useProblemText();
  const list = Object.entries(problems);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={list.length ? 'alert alert-error rt-setup-summary' : 'rt-setup-summary-empty'}
      role={list.length ? 'alert' : undefined}
    >
      {list.length ? (
        <div className="alert-body">
          <h2 className="alert-heading h3">{t(`${S}.summary`)}</h2>
          <ul className="alert-text nobullet-list">
            {list.map(([path, problem]) => {
              const where = place(path);
              return (
                <li key={path}>
                  <a
                    href={`#${fieldId(path)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      focusField(path);
                    }}
                  >
                    {where ? `${where} – ` : ''}
                    {text(problem)}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
