// The generated sections of a letter as editable text fields, with the caseworker's edits marked and a choice
// when the system's text changed after an edit (keep mine / use the system's).
import { useTranslation } from 'react-i18next';
import type { TLetterEditor } from '../letter-contract.js';

type Section = TLetterEditor['sections'][number];

export function LetterSections({
  sections,
  texts,
  onChange,
}: {
  sections: Section[];
  texts: Record<string, string>;
  onChange: (key: string, text: string) => void;
}) {
  const { t } = useTranslation();
  const k = (key: string) => `modules.records.letter.${key}`;
  return (
    <>
      {sections.map((s) => {
        const id = `letter-section-${s.key}`;
        const label = s.heading ?? t(k(s.key === 'signature' ? 'signature' : 'unnamed'));
        const text = texts[s.key] ?? s.text;
        const rows = Math.min(18, Math.max(3, Math.ceil(text.length / 90) + text.split('\n').length));
        return (
          <div key={s.key} className={`form-group rt-letter-section${s.stale ? ' form-error' : ''}`}>
            <label className="form-label" htmlFor={id}>
              {label}
              {s.required ? <span className="weight-normal"> ({t(k('required'))})</span> : null}
            </label>
            {s.edited ? (
              <span className="badge badge-info rt-letter-badge" id={`${id}-edited`}>
                {t(k('edited'))}
              </span>
            ) : null}
            {s.stale ? (
              <div className="form-error-message" id={`${id}-stale`}>
                <p>{t(k('stale'))}</p>
                <div className="rt-actions">
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => onChange(s.key, text)}
                  >
                    {t(k('keep'))}
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => onChange(s.key, s.generated)}
                  >
                    {t(k('reset'))}
                  </button>
                </div>
              </div>
            ) : null}
            <textarea
              id={id}
              className="form-input rt-textarea"
              rows={rows}
              value={text}
              aria-describedby={
                [s.edited ? `${id}-edited` : '', s.stale ? `${id}-stale` : ''].filter(Boolean).join(' ') ||
                undefined
              }
              onChange={(event) => onChange(s.key, event.target.value)}
            />
            {s.edited && !s.stale ? (
              <button
                type="button"
                className="button button-tertiary rt-letter-reset"
                onClick={() => onChange(s.key, s.generated)}
              >
                {t(k('reset'))}
              </button>
            ) : null}
          </div>
        );
      })}
    </>
  );
}
