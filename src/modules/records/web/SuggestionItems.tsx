// The current page's suggestions (the text each box covers, its label and ground, accept or reject) and its
// manual boxes, in the review viewer's side list.
import { useTranslation } from 'react-i18next';
import type { TSuggestionItem } from '../contract.js';
import { LEGAL_BASES } from '../domain/legal-basis.js';
import type { Box } from './PageView.js';

export type ManualBox = { key: string; page: number; box: Box; label: string; basisKey: string };
type Verdict = 'accepted' | 'rejected';

/** The detection engine's label code (CPR, PERSON, …) in the reader's language; unknown labels as they are. */
export function labelText(label: string, t: (key: string) => string): string {
  const key = `modules.records.review.labels.${label}`;
  const translated = t(key);
  return translated === key ? label : translated;
}

function BasisSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (basisKey: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  return (
    <>
      <label className="form-label" htmlFor={id}>
        {t('modules.records.review.basis')}
      </label>
      <select id={id} className="form-select" value={value} onChange={(e) => onChange(e.target.value)}>
        {LEGAL_BASES.map((b) => (
          <option key={b.key} value={b.key}>
            {b.citation} – {en ? b.en : b.da}
          </option>
        ))}
      </select>
    </>
  );
}

export function SuggestionItems(props: {
  suggestions: TSuggestionItem[];
  manual: ManualBox[];
  isSelected: (idOrKey: string) => boolean;
  verdictOf: (id: string) => Verdict | 'open';
  basisOf: (s: TSuggestionItem) => string;
  onSelect: (id: string) => void;
  onSelectManual: (key: string) => void;
  onVerdict: (id: string, verdict: Verdict) => void;
  onBasis: (id: string, basisKey: string) => void;
  onManualBasis: (key: string, basisKey: string) => void;
  onRemoveManual: (key: string) => void;
}) {
  const { t } = useTranslation();
  const { suggestions, manual, isSelected, verdictOf, basisOf } = props;
  return (
    <ol>
      {suggestions.map((s) => (
        <li key={s.id} aria-current={isSelected(s.id) ? 'true' : undefined}>
          <button type="button" className="button button-tertiary" onClick={() => props.onSelect(s.id)}>
            <span className="rt-review-text">{s.text ?? '–'}</span> · {labelText(s.label, t)} ·{' '}
            {t(`modules.records.review.states.${verdictOf(s.id)}`)}
          </button>
          <BasisSelect id={`basis-${s.id}`} value={basisOf(s)} onChange={(key) => props.onBasis(s.id, key)} />
          {(['accepted', 'rejected'] as const).map((verdict) => (
            <button
              key={verdict}
              type="button"
              className="button button-secondary"
              aria-pressed={verdictOf(s.id) === verdict}
              onClick={() => props.onVerdict(s.id, verdict)}
            >
              {t(verdict === 'accepted' ? 'modules.records.review.accept' : 'modules.records.review.reject')}
            </button>
          ))}
        </li>
      ))}
      {manual.map((m) => (
        <li key={m.key} aria-current={isSelected(m.key) ? 'true' : undefined}>
          <button
            type="button"
            className="button button-tertiary"
            onClick={() => props.onSelectManual(m.key)}
          >
            {m.label} · {t('modules.records.review.states.manual')}
          </button>
          <BasisSelect
            id={`basis-${m.key}`}
            value={m.basisKey}
            onChange={(key) => props.onManualBasis(m.key, key)}
          />
          <button
            type="button"
            className="button button-secondary"
            onClick={() => props.onRemoveManual(m.key)}
          >
            {t('modules.records.review.remove')}
          </button>
        </li>
      ))}
    </ol>
  );
}
