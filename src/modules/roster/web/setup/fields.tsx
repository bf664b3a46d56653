// The set-up editor's inputs: a labelled field (unit name, agreement, allowances) and a table cell input or
// select, each showing its problem under it (aria-invalid, aria-describedby). Read-only users get the same
// layout with read-only inputs and disabled selects, styled as plain text (setup.css).
import type { InputHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, type Problem, type Problems } from './draft.js';

export type EditorProps<T> = {
  value: T;
  onChange: (value: T) => void;
  problems: Problems;
  readOnly: boolean;
};

export const S = 'modules.roster.unitSetup';

/** The text of a problem in the UI language. */
export function useProblemText(): (p: Problem) => string {
  const { t } = useTranslation();
  return (p) => ('text' in p ? p.text : t(`${S}.errors.${p.key}`, p.values));
}

export function ProblemMessage({ path, problems }: { path: string; problems: Problems }) {
  const { t } = useTranslation();
  const text = useProblemText();
  const p = problems[path];
  if (!p) return null;
  return (
    <span className="form-error-message" id={`${fieldId(path)}-error`}>
      <span className="sr-only">{t('common.error')}: </span>
      {text(p)}
    </span>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
  path: string;
  problems: Problems;
  value: string;
  onChange: (value: string) => void;
  readOnly: boolean;
  width?: 'xxs' | 'xs' | 's' | 'm';
};

function inputAttributes({
  path,
  problems,
  value,
  onChange,
  readOnly,
  width,
  className,
  ...rest
}: InputProps) {
  const bad = Boolean(problems[path]);
  return {
    id: fieldId(path),
    className: `form-input${width ? ` input-width-${width}` : ''}${className ? ` ${className}` : ''}`,
    value,
    readOnly,
    'aria-invalid': bad ? true : undefined,
    'aria-describedby': bad ? `${fieldId(path)}-error` : undefined,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    ...rest,
  };
}

/** An input in a table: labelled by aria-label (the column and the line), its problem below it. */
export function CellInput(props: InputProps & { 'aria-label': string; after?: ReactNode }) {
  const { after, ...input } = props;
  return (
    <div className={props.problems[props.path] ? 'rt-setup-cell form-error' : 'rt-setup-cell'}>
      <input {...inputAttributes(input)} />
      {after}
      <ProblemMessage path={props.path} problems={props.problems} />
    </div>
  );
}

/** A labelled input outside tables (DKFDS form-group). */
export function Field(props: InputProps & { label: string; hint?: string }) {
  const { label, hint, ...input } = props;
  const id = fieldId(props.path);
  const attributes = inputAttributes(input);
  const describedBy = [hint ? `${id}-hint` : '', attributes['aria-describedby'] ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`form-group${props.problems[props.path] ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <ProblemMessage path={props.path} problems={props.problems} />
      <input {...attributes} aria-describedby={describedBy || undefined} />
    </div>
  );
}

/** A select in a table. Read-only: disabled (a select has no read-only state). */
export function CellSelect(props: {
  path: string;
  problems: Problems;
  value: string;
  onChange: (value: string) => void;
  readOnly: boolean;
  'aria-label': string;
  children: ReactNode;
}) {
  const bad = Boolean(props.problems[props.path]);
  return (
    <div className={bad ? 'rt-setup-cell form-error' : 'rt-setup-cell'}>
      <select
        id={fieldId(props.path)}
        className="form-select"
        aria-label={props['aria-label']}
        value={props.value}
        disabled={props.readOnly}
        aria-invalid={bad ? true : undefined}
        aria-describedby={bad ? `${fieldId(props.path)}-error` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.children}
      </select>
      <ProblemMessage path={props.path} problems={props.problems} />
    </div>
  );
}

/** The remove button at the end of a table line (hidden for read-only users). */
export function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button-tertiary rt-setup-remove"
      aria-label={label}
      onClick={onClick}
    >
      {t(`${S}.remove`)}
    </button>
  );
}

export function AddButton({ children, onClick }: { children: ReactNode; onClick: () => void }) {
  return (
    <button type="button" className="button button-secondary rt-setup-add" onClick={onClick}>
      {children}
    </button>
  );
}

/** Replaces item `i` of a list. */
export const replaceAt = <T,>(list: T[], i: number, item: T): T[] => list.map((x, j) => (j === i ? item : x));
