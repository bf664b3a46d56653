// Shift types: code, name, start, end (a shift may run past midnight), paid and break minutes.
import { useTranslation } from 'react-i18next';
import { emptyShift, endsNextDay, normaliseClock, type ShiftRow } from './draft.js';
import {
  AddButton,
  CellInput,
  ProblemMessage,
  RemoveButton,
  replaceAt,
  S,
  type EditorProps,
} from './fields.js';

export function ShiftTypesEditor({ value, onChange, problems, readOnly }: EditorProps<ShiftRow[]>) {
  const { t } = useTranslation();
  const k = (key: string, values?: Record<string, unknown>) => t(`${S}.shifts.${key}`, values);
  const set = (i: number, patch: Partial<ShiftRow>) =>
    onChange(replaceAt(value, i, { ...value[i]!, ...patch }));
  /** "7" or "1500" becomes 07:00 or 15:00 when the planner leaves the field. */
  const tidy = (i: number, field: 'start' | 'end') => {
    const clock = normaliseClock(value[i]![field]);
    if (clock && clock !== value[i]![field]) set(i, { [field]: clock });
  };
  return (
    <section className="rt-setup-section" aria-labelledby="setup-shifts">
      <h2 id="setup-shifts">{k('heading')}</h2>
      <p className="form-hint">{k('hint')}</p>
      <ProblemMessage path="shiftTypes" problems={problems} />
      <div className="table--responsive-scroll">
        <table className="table table--compact rt-setup-table">
          <thead>
            <tr>
              <th scope="col">{k('code')}</th>
              <th scope="col">{k('name')}</th>
              <th scope="col">{k('start')}</th>
              <th scope="col">{k('end')}</th>
              <th scope="col">{k('paid')}</th>
              <th scope="col">{k('break')}</th>
              {readOnly ? null : (
                <th scope="col">
                  <span className="sr-only">{t(`${S}.remove`)}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {value.map((s, i) => {
              const p = `shiftTypes.${i}`;
              const cell = (field: string) => k('cell', { field: k(field), n: i + 1 });
              const common = { problems, readOnly };
              return (
                <tr key={s.key}>
                  <td>
                    <CellInput
                      {...common}
                      path={`${p}.id`}
                      aria-label={cell('code')}
                      width="xxs"
                      autoCapitalize="characters"
                      value={s.id}
                      onChange={(id) => set(i, { id })}
                    />
                  </td>
                  <td>
                    <CellInput
                      {...common}
                      path={`${p}.name`}
                      aria-label={cell('name')}
                      className="rt-setup-name"
                      value={s.name}
                      onChange={(name) => set(i, { name })}
                    />
                  </td>
                  <td>
                    <CellInput
                      {...common}
                      path={`${p}.start`}
                      aria-label={cell('start')}
                      inputMode="numeric"
                      className="rt-setup-time"
                      value={s.start}
                      onChange={(start) => set(i, { start })}
                      onBlur={() => tidy(i, 'start')}
                    />
                  </td>
                  <td>
                    <CellInput
                      {...common}
                      path={`${p}.end`}
                      aria-label={cell('end')}
                      inputMode="numeric"
                      className="rt-setup-time"
                      value={s.end}
                      onChange={(end) => set(i, { end })}
                      onBlur={() => tidy(i, 'end')}
                      after={
                        endsNextDay(s.start, s.end) ? (
                          <span className="rt-setup-nextday">{k('nextDay')}</span>
                        ) : null
                      }
                    />
                  </td>
                  <td>
                    <CellInput
                      {...common}
                      path={`${p}.paidMinutes`}
                      aria-label={cell('paid')}
                      inputMode="numeric"
                      width="xxs"
                      value={s.paidMinutes}
                      onChange={(paidMinutes) => set(i, { paidMinutes })}
                    />
                  </td>
                  <td>
                    <CellInput
                      {...common}
                      path={`${p}.breakMinutes`}
                      aria-label={cell('break')}
                      inputMode="numeric"
                      width="xxs"
                      value={s.breakMinutes}
                      onChange={(breakMinutes) => set(i, { breakMinutes })}
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
      {readOnly ? null : <AddButton onClick={() => onChange([...value, emptyShift()])}>{k('add')}</AddButton>}
    </section>
  );
}
