// Demand lines: on which weekdays, which shift, which skill (or any), at least `min` and preferably
// `preferred` people.
import { useTranslation } from 'react-i18next';
import { emptyDemand, fieldId, type DemandRow, type ShiftRow, type SkillRow } from './draft.js';
import {
  AddButton,
  CellInput,
  CellSelect,
  ProblemMessage,
  RemoveButton,
  replaceAt,
  S,
  type EditorProps,
} from './fields.js';

type Props = EditorProps<DemandRow[]> & { shifts: ShiftRow[]; skills: SkillRow[] };

export function DemandEditor({ value, onChange, problems, readOnly, shifts, skills }: Props) {
  const { t } = useTranslation();
  const k = (key: string, values?: Record<string, unknown>) => t(`${S}.demand.${key}`, values);
  const short = t(`${S}.weekdayShort`, { returnObjects: true }) as string[];
  const long = t(`${S}.weekdayLong`, { returnObjects: true }) as string[];
  const set = (i: number, patch: Partial<DemandRow>) =>
    onChange(replaceAt(value, i, { ...value[i]!, ...patch }));
  const shiftCodes = shifts.map((s) => s.id.trim()).filter(Boolean);
  const skillCodes = skills.map((s) => s.id.trim()).filter(Boolean);
  return (
    <section className="rt-setup-section" aria-labelledby="setup-demand">
      <h2 id="setup-demand">{k('heading')}</h2>
      <p className="form-hint">{k('hint')}</p>
      {value.length === 0 ? (
        <p className="rt-empty">{k('none')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact rt-setup-table">
            <thead>
              <tr>
                <th scope="col">{k('weekdays')}</th>
                <th scope="col">{k('shift')}</th>
                <th scope="col">{k('skill')}</th>
                <th scope="col">{k('min')}</th>
                <th scope="col">{k('preferred')}</th>
                {readOnly ? null : (
                  <th scope="col">
                    <span className="sr-only">{t(`${S}.remove`)}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {value.map((d, i) => {
                const p = `demand.${i}`;
                const cell = (field: string) => k('cell', { field: k(field), n: i + 1 });
                const bad = Boolean(problems[`${p}.weekdays`]);
                return (
                  <tr key={d.key}>
                    <td>
                      {readOnly ? (
                        <span className="rt-setup-daylist">
                          {d.weekdays.map((day) => (
                            <abbr key={day} title={long[day]}>
                              {short[day]}
                            </abbr>
                          ))}
                        </span>
                      ) : (
                        <fieldset
                          id={fieldId(`${p}.weekdays`)}
                          className={`rt-setup-days${bad ? ' form-error' : ''}`}
                          aria-describedby={bad ? `${fieldId(`${p}.weekdays`)}-error` : undefined}
                        >
                          <legend className="sr-only">{k('weekdaysOf', { n: i + 1 })}</legend>
                          {[1, 2, 3, 4, 5, 6, 7].map((day) => {
                            const id = `${fieldId(`${p}.weekdays`)}-${day}`;
                            return (
                              <span key={day} className="rt-setup-day">
                                <input
                                  id={id}
                                  type="checkbox"
                                  checked={d.weekdays.includes(day)}
                                  aria-label={long[day]}
                                  onChange={(e) =>
                                    set(i, {
                                      weekdays: e.target.checked
                                        ? [...d.weekdays, day].sort((a, b) => a - b)
                                        : d.weekdays.filter((x) => x !== day),
                                    })
                                  }
                                />
                                <label htmlFor={id} aria-hidden="true">
                                  {short[day]}
                                </label>
                              </span>
                            );
                          })}
                          <ProblemMessage path={`${p}.weekdays`} problems={problems} />
                        </fieldset>
                      )}
                    </td>
                    <td>
                      <CellSelect
                        problems={problems}
                        readOnly={readOnly}
                        path={`${p}.shift`}
                        aria-label={cell('shift')}
                        value={d.shift}
                        onChange={(shift) => set(i, { shift })}
                      >
                        {d.shift === '' ? <option value="">{k('chooseShift')}</option> : null}
                        {d.shift && !shiftCodes.includes(d.shift) ? (
                          <option value={d.shift}>{k('unknown', { code: d.shift })}</option>
                        ) : null}
                        {shifts
                          .filter((s) => s.id.trim())
                          .map((s) => (
                            <option key={s.key} value={s.id.trim()}>
                              {s.id.trim()} – {s.name}
                            </option>
                          ))}
                      </CellSelect>
                    </td>
                    <td>
                      <CellSelect
                        problems={problems}
                        readOnly={readOnly}
                        path={`${p}.skill`}
                        aria-label={cell('skill')}
                        value={d.skill}
                        onChange={(skill) => set(i, { skill })}
                      >
                        <option value="">{k('anySkill')}</option>
                        {d.skill && !skillCodes.includes(d.skill) ? (
                          <option value={d.skill}>{k('unknown', { code: d.skill })}</option>
                        ) : null}
                        {skills
                          .filter((s) => s.id.trim())
                          .map((s) => (
                            <option key={s.key} value={s.id.trim()}>
                              {s.id.trim()} – {s.name}
                            </option>
                          ))}
                      </CellSelect>
                    </td>
                    <td>
                      <CellInput
                        problems={problems}
                        readOnly={readOnly}
                        path={`${p}.min`}
                        aria-label={cell('min')}
                        inputMode="numeric"
                        width="xxs"
                        value={d.min}
                        onChange={(min) => set(i, { min })}
                      />
                    </td>
                    <td>
                      <CellInput
                        problems={problems}
                        readOnly={readOnly}
                        path={`${p}.preferred`}
                        aria-label={cell('preferred')}
                        inputMode="numeric"
                        width="xxs"
                        value={d.preferred}
                        onChange={(preferred) => set(i, { preferred })}
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
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {readOnly ? null : (
        <AddButton onClick={() => onChange([...value, emptyDemand(shiftCodes[0] ?? '')])}>
          {k('add')}
        </AddButton>
      )}
    </section>
  );
}
