// The local agreement's settings: rest between shifts, working days in a row, weekends, notice.
import { useTranslation } from 'react-i18next';
import { AGREEMENT_FIELDS, type Draft } from './draft.js';
import { Field, S, type EditorProps } from './fields.js';

export function AgreementEditor({ value, onChange, problems, readOnly }: EditorProps<Draft['agreement']>) {
  const { t } = useTranslation();
  return (
    <section className="rt-setup-section" aria-labelledby="setup-agreement">
      <h2 id="setup-agreement">{t(`${S}.agreement.heading`)}</h2>
      <div className="rt-setup-fields">
        {AGREEMENT_FIELDS.map((f) => (
          <Field
            key={f}
            path={`agreement.${f}`}
            label={t(`${S}.agreement.${f}`)}
            problems={problems}
            readOnly={readOnly}
            inputMode={f === 'restHours' ? 'decimal' : 'numeric'}
            width="xxs"
            value={value[f]}
            onChange={(v) => onChange({ ...value, [f]: v })}
          />
        ))}
      </div>
    </section>
  );
}
