// Skills the demand can require: code and name.
import { useTranslation } from 'react-i18next';
import { emptySkill, type SkillRow } from './draft.js';
import { AddButton, CellInput, RemoveButton, replaceAt, S, type EditorProps } from './fields.js';

export function SkillsEditor({ value, onChange, problems, readOnly }: EditorProps<SkillRow[]>) {
  const { t } = useTranslation();
  const k = (key: string, values?: Record<string, unknown>) => t(`${S}.skills.${key}`, values);
  const set = (i: number, patch: Partial<SkillRow>) =>
    onChange(replaceAt(value, i, { ...value[i]!, ...patch }));
  return (
    <section className="rt-setup-section" aria-labelledby="setup-skills">
      <h2 id="setup-skills">{k('heading')}</h2>
      <p className="form-hint">{k('hint')}</p>
      {value.length === 0 ? (
        <p className="rt-empty">{k('none')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact rt-setup-table">
            <thead>
              <tr>
                <th scope="col">{k('code')}</th>
                <th scope="col">{k('name')}</th>
                {readOnly ? null : (
                  <th scope="col">
                    <span className="sr-only">{t(`${S}.remove`)}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {value.map((s, i) => (
                <tr key={s.key}>
                  <td>
                    <CellInput
                      problems={problems}
                      readOnly={readOnly}
                      path={`skills.${i}.id`}
                      aria-label={k('cell', { field: k('code'), n: i + 1 })}
                      width="xxs"
                      autoCapitalize="characters"
                      value={s.id}
                      onChange={(id) => set(i, { id })}
                    />
                  </td>
                  <td>
                    <CellInput
                      problems={problems}
                      readOnly={readOnly}
                      path={`skills.${i}.name`}
                      aria-label={k('cell', { field: k('name'), n: i + 1 })}
                      className="rt-setup-longname"
                      value={s.name}
                      onChange={(name) => set(i, { name })}
                    />
                  </td>
                  {readOnly ? null : (
                    <td>
                      <RemoveButton
                        label={k('removeOne', { n: i + 1 })}
                        onClick={() => onChange(value.filter((_, j) => j !== i))}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {readOnly ? null : <AddButton onClick={() => onChange([...value, emptySkill()])}>{k('add')}</AddButton>}
    </section>
  );
}
