// Special days: a date that follows another weekday's demand (public holidays follow Sunday by themselves).
import { useTranslation } from 'react-i18next';
import { emptySpecialDay, type SpecialRow } from './draft.js';
import { AddButton, CellInput, CellSelect, RemoveButton, replaceAt, S, type EditorProps } from './fields.js';

export function SpecialDaysEditor({ value, onChange, problems, readOnly }: EditorProps<SpecialRow[]>) {
  const { t } = useTranslation();
  const k = (key: string, values?: Record<string, unknown>) => t(`${S}.special.${key}`, values);
  const days = t(`${S}.weekdayLong`, { returnObjects: true }) as string[];
  const set = (i: number, patch: Partial<SpecialRow>) =>
    onChange(replaceAt(value, i, { ...value[i]!, ...patch }));
  return (
    <section className="rt-setup-section" aria-labelledby="setup-special">
      <h2 id="setup-special">{k('heading')}</h2>
      <p className="form-hint">{k('hint')}</p>
      {value.length === 0 ? (
        <p className="rt-empty">{k('none')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact rt-setup-table">
            <thead>
              <tr>
                <th scope="col">{k('date')}</th>
                <th scope="col">{k('name')}</th>
                <th scope="col">{k('follows')}</th>
                {readOnly ? null : (
                  <th scope="col">
                    <span className="sr-only">{t(`${S}.remove`)}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {value.map((s, i) => {
                const cell = (field: string) => k('cell', { field: k(field), n: i + 1 });
                return (
                  <tr key={s.key}>
                    <td>
                      <CellInput
                        problems={problems}
                        readOnly={readOnly}
                        path={`specialDays.${i}.date`}
                        aria-label={cell('date')}
                        type="date"
                        value={s.date}
                        onChange={(date) => set(i, { date })}
                      />
                    </td>
                    <td>
                      <CellInput
                        problems={problems}
                        readOnly={readOnly}
                        path={`specialDays.${i}.name`}
                        aria-label={cell('name')}
                        className="rt-setup-name"
                        value={s.name}
                        onChange={(name) => set(i, { name })}
                      />
                    </td>
                    <td>
                      <CellSelect
                        problems={problems}
                        readOnly={readOnly}
                        path={`specialDays.${i}.followsWeekday`}
                        aria-label={cell('follows')}
                        value={s.followsWeekday}
                        onChange={(followsWeekday) => set(i, { followsWeekday })}
                      >
                        {[1, 2, 3, 4, 5, 6, 7].map((d) => (
                          <option key={d} value={String(d)}>
                            {days[d]}
                          </option>
                        ))}
                      </CellSelect>
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
        <AddButton onClick={() => onChange([...value, emptySpecialDay()])}>{k('add')}</AddButton>
      )}
    </section>
  );
}
