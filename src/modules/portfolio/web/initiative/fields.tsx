// The form's building blocks: one labelled field each, bound to a value and a change handler, so every
// input of the initiative form has its label, hint and DKFDS classes in one place.
import type { ReactNode } from 'react';

export function Field({
  id,
  label,
  hint,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint ? <span className="form-hint">{hint}</span> : null}
      {children}
    </div>
  );
}

export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  rows?: number;
  narrow?: boolean;
  onBlur?: () => void;
}) {
  const { id, label, value, onChange, hint, rows, narrow, onBlur } = props;
  const className = `form-input${narrow ? ' input-width-s' : ''}`;
  return (
    <Field id={id} label={label} hint={hint}>
      {rows ? (
        <textarea
          id={id}
          className={className}
          rows={rows}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input
          id={id}
          className={className}
          value={value}
          onBlur={onBlur}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** Accepts Danish decimal commas; an empty field is "not given" (null), not 0. */
export const toNumber = (v: string): number | null => (v.trim() === '' ? null : Number(v.replace(',', '.')));

export function NumberField(props: {
  id: string;
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
}) {
  return (
    <Field id={props.id} label={props.label}>
      <input
        id={props.id}
        className="form-input input-width-xs"
        inputMode="decimal"
        value={props.value ?? ''}
        onChange={(e) => props.onChange(toNumber(e.target.value))}
      />
    </Field>
  );
}

export function ChoiceField<T extends string | number>(props: {
  id: string;
  label: string;
  value: T | null;
  options: readonly T[];
  optionLabel: (option: T) => string;
  onChange: (value: T) => void;
  /** Offer "none" (an empty choice) with this label. */
  none?: string;
  onNone?: () => void;
}) {
  const { id, label, value, options, optionLabel, onChange, none, onNone } = props;
  return (
    <Field id={id} label={label}>
      <select
        id={id}
        className="form-select"
        value={value ?? ''}
        onChange={(e) => {
          const picked = options.find((o) => String(o) === e.target.value);
          if (picked === undefined) onNone?.();
          else onChange(picked);
        }}
      >
        {none !== undefined ? <option value="">{none}</option> : null}
        {options.map((o) => (
          <option key={String(o)} value={String(o)}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </Field>
  );
}
