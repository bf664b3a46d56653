// Pay settings: the allowance percentages, hourly pay per grade and the payroll file's pay codes.
import { useTranslation } from 'react-i18next';
import { emptyGrade, PAY_KINDS, PERCENT_FIELDS, type Draft, type GradeRow } from './draft.js';
import {
  AddButton,
  CellInput,
  Field,
  ProblemMessage,
  RemoveButton,
  replaceAt,
  S,
  type EditorProps,
} from './fields.js';

type Props = EditorProps<Draft['cost']> & { memberGrades: string[] };

export function CostEditor({ value, onChange, problems, readOnly, memberGrades }: Props) {
  const { t } = useTranslation();
  const k = (key: string, values?: Record<string, unknown>) => t(`${S}.cost.${key}`, values);
  const setGrade = (i: number, patch: Partial<GradeRow>) =>
    onChange({ ...value, gradePay: replaceAt(value.gradePay, i, { ...value.gradePay[i]!, ...patch }) });
  const priced = new Set(value.gradePay.map((g) => g.grade.trim()));
  const unpriced = [...new Set(memberGrades)].filter((g) => !priced.has(g)).sort();
  return (
    <section className="rt-setup-section" aria-labelledby="setup-cost">
      <h2 id="setup-cost">{k('heading')}</h2>
      <p className="form-hint">{k('hint')}</p>
      <div className="rt-setup-fields">
        {PERCENT_FIELDS.map((f) => (
          <Field
            key={f}
            path={`cost.${f}`}
            label={k(f)}
            problems={problems}
            readOnly={readOnly}
            inputMode="decimal"
            width="xxs"
            value={value[f]}
            onChange={(v) => onChange({ ...value, [f]: v })}
          />
        ))}
      </div>

      <div className="rt-setup-columns">
        <div>
          <h3 className="h4" id="setup-gradepay">
            {k('gradePay')}
          </h3>
          <ProblemMessage path="cost.gradePay" problems={problems} />
          {unpriced.length ? (
            <p className="rt-setup-warning">{k('missingGrades', { grades: unpriced.join(', ') })}</p>
          ) : null}
          <table className="table table--compact rt-setup-table" aria-labelledby="setup-gradepay">
            <thead>
              <tr>
                <th scope="col">{k('grade')}</th>
                <th scope="col">{k('pay')}</th>
                {readOnly ? null : (
                  <th scope="col">
                    <span className="sr-only">{t(`${S}.remove`)}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {value.gradePay.map((g, i) => (
                <tr key={g.key}>
                  <td>
                    <CellInput
                      problems={problems}
                      readOnly={readOnly}
                      path={`cost.gradePay.${i}.grade`}
                      aria-label={k('gradeCell', { field: k('grade'), n: i + 1 })}
                      width="xxs"
                      value={g.grade}
                      onChange={(grade) => setGrade(i, { grade })}
                    />
                  </td>
                  <td>
                    <CellInput
                      problems={problems}
                      readOnly={readOnly}
                      path={`cost.gradePay.${i}.pay`}
                      aria-label={k('gradeCell', { field: k('pay'), n: i + 1 })}
                      inputMode="decimal"
                      width="xxs"
                      value={g.pay}
                      onChange={(pay) => setGrade(i, { pay })}
                    />
                  </td>
                  {readOnly ? null : (
                    <td>
                      <RemoveButton
                        label={k('removeGrade', { n: i + 1 })}
                        onClick={() =>
                          onChange({ ...value, gradePay: value.gradePay.filter((_, j) => j !== i) })
                        }
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {readOnly ? null : (
            <AddButton onClick={() => onChange({ ...value, gradePay: [...value.gradePay, emptyGrade()] })}>
              {k('addGrade')}
            </AddButton>
          )}
        </div>

        <div>
          <h3 className="h4" id="setup-paycodes">
            {k('payCodes')}
          </h3>
          <p className="form-hint">{k('payCodesHint')}</p>
          <table className="table table--compact rt-setup-table" aria-labelledby="setup-paycodes">
            <thead>
              <tr>
                <th scope="col">{k('kind')}</th>
                <th scope="col">{k('payCode')}</th>
              </tr>
            </thead>
            <tbody>
              {PAY_KINDS.map((kind) => (
                <tr key={kind}>
                  <th scope="row">{k(`kinds.${kind}`)}</th>
                  <td>
                    <CellInput
                      problems={problems}
                      readOnly={readOnly}
                      path={`cost.payCodes.${kind}`}
                      aria-label={k('payCodeOf', { kind: k(`kinds.${kind}`) })}
                      width="xxs"
                      value={value.payCodes[kind] ?? ''}
                      onChange={(code) =>
                        onChange({ ...value, payCodes: { ...value.payCodes, [kind]: code } })
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
