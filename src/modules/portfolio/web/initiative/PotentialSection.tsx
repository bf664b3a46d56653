// Automation potential (runs × minutes × saving) and the nine suitability questions with the live score.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../web/format.js';
import { hoursPerYear, SUITABILITY_QUESTIONS, suitabilityScore } from '../../domain/initiative.js';
import { ChoiceField, NumberField } from './fields.js';
import type { FormState } from './types.js';

const ANSWERS = [1, 2, 3, 4, 5] as const;

export function PotentialSection({ v, set }: FormState) {
  const { t } = useTranslation();
  const p = (key: string) => t(`modules.portfolio.${key}`);
  const answers = SUITABILITY_QUESTIONS.map((_, i) => v.suitability[i] ?? null);
  const answer = (i: number, value: number | null) =>
    set(
      'suitability',
      answers.map((a, j) => (j === i ? value : a)),
    );
  const hours = hoursPerYear(v.runsPerYear, v.minutesPerRun, v.savingPct);
  const score = suitabilityScore(answers);
  return (
    <>
      <h2 className="h3">{p('potential')}</h2>
      <div className="rt-portfolio-row">
        <NumberField
          id="i-runs"
          label={p('runsPerYear')}
          value={v.runsPerYear}
          onChange={(x) => set('runsPerYear', x)}
        />
        <NumberField
          id="i-minutes"
          label={p('minutesPerRun')}
          value={v.minutesPerRun}
          onChange={(x) => set('minutesPerRun', x)}
        />
        <NumberField
          id="i-saving"
          label={p('savingPct')}
          value={v.savingPct}
          onChange={(x) => set('savingPct', x)}
        />
      </div>
      <p aria-live="polite" data-testid="hours">
        {hours === null ? null : t('modules.portfolio.hoursResult', { hours: formatNumber(hours) })}
      </p>
      <fieldset>
        <legend className="h4">{p('suitability')}</legend>
        {SUITABILITY_QUESTIONS.map((q, i) => (
          <div className="rt-portfolio-question" key={q}>
            <ChoiceField
              id={`i-q-${q}`}
              label={p(`questions.${q}`)}
              value={answers[i] as (typeof ANSWERS)[number] | null}
              options={ANSWERS}
              optionLabel={String}
              onChange={(x) => answer(i, x)}
              none={p('notAnswered')}
              onNone={() => answer(i, null)}
            />
          </div>
        ))}
        <p aria-live="polite" data-testid="score">
          <strong>{score === null ? p('scoreNone') : t('modules.portfolio.scoreResult', { score })}</strong>
        </p>
        <p className="form-hint">{p('scoreHelp')}</p>
      </fieldset>
    </>
  );
}
