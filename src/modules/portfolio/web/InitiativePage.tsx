// One initiative: everything the portfolio records about it, editable for those who may write, with the
// automation potential, suitability score and business case computed as you type, and the benefit measured.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../web/api/client.js';
import { useCan } from '../../../web/auth/session.js';
import { Alert } from '../../../web/components/Alert.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { QueryState } from '../../../web/components/QueryState.js';
import { useToast } from '../../../web/components/Toasts.js';
import { useErrorMessage } from '../../../web/errors.js';
import { formatNumber } from '../../../web/format.js';
import type { TFigure } from '../../insight/contract.js';
import type { TInitiative, TInitiativeBody } from '../contract.js';
import {
  AREAS,
  LEVERS,
  PHASES,
  STATUSES,
  SUITABILITY_QUESTIONS,
  VISIBILITIES,
  hoursPerYear,
  suitabilityScore,
  summariseBusinessCase,
  type BusinessCaseYear,
} from '../domain/initiative.js';

const EMPTY: TInitiativeBody = {
  title: '',
  summary: '',
  description: '',
  area: 'secretariat',
  kle: null,
  unitIds: [],
  systems: [],
  phase: 'idea',
  status: 'active',
  owner: '',
  contact: '',
  visibility: 'municipality',
  suitability: [],
  runsPerYear: null,
  minutesPerRun: null,
  savingPct: null,
  maturityLevel: null,
  levers: {},
  businessCase: [],
  benefitOwner: '',
  figureId: null,
  figureUnitId: null,
  baseline: null,
  goal: null,
};

const toNumber = (v: string) => (v.trim() === '' ? null : Number(v.replace(',', '.')));

function Field({
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

function InitiativeForm({
  initial,
  id,
  version,
}: {
  initial: TInitiativeBody;
  id?: string;
  version?: number;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const can = useCan();
  const toast = useToast();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [v, setV] = useState<TInitiativeBody>(initial);
  const set = <K extends keyof TInitiativeBody>(key: K, value: TInitiativeBody[K]) =>
    setV((s) => ({ ...s, [key]: value }));
  const readOnly = !can('portfolio.write');
  const figures = useQuery({
    queryKey: ['insight', 'figures'],
    queryFn: () => api<{ data: TFigure[] }>('/api/insight/figures'),
    enabled: can('insight.read'),
  });
  const units = useQuery({
    queryKey: ['org', 'units'],
    queryFn: () => api<{ units: { id: string; name: string }[] }>('/api/org/units'),
  });
  const save = useMutation({
    mutationFn: () =>
      id
        ? api<TInitiative>(`/api/portfolio/initiatives/${id}`, { method: 'PUT', body: { ...v, version } })
        : api<TInitiative>('/api/portfolio/initiatives', { method: 'POST', body: v }),
    onSuccess: async (saved) => {
      toast({ variant: 'success', heading: t('modules.portfolio.saved') });
      await client.invalidateQueries({ queryKey: ['portfolio'] });
      if (!id) void navigate(`/portefolje/${saved.id}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const hours = hoursPerYear(v.runsPerYear, v.minutesPerRun, v.savingPct);
  const score = suitabilityScore(SUITABILITY_QUESTIONS.map((_, i) => v.suitability[i] ?? null));
  const bc = summariseBusinessCase(v.businessCase);
  const setRow = (index: number, key: keyof BusinessCaseYear, value: number) =>
    set(
      'businessCase',
      v.businessCase.map((r, i) => (i === index ? { ...r, [key]: value } : r)),
    );
  const errorMessage = useErrorMessage();
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  return (
    <form onSubmit={submit} noValidate>
      {readOnly ? <p>{t('modules.portfolio.readOnly')}</p> : null}
      {conflict ? (
        <Alert variant="error" heading={t('modules.portfolio.conflict')}>
          <p>{t('modules.portfolio.conflictHelp')}</p>
        </Alert>
      ) : save.error ? (
        <Alert variant="error" heading={t('modules.portfolio.saveFailed')}>
          <p>{errorMessage(save.error)}</p>
        </Alert>
      ) : null}
      <fieldset disabled={readOnly}>
        <Field id="i-title" label={t('modules.portfolio.titleLabel')}>
          <input
            id="i-title"
            className="form-input"
            required
            value={v.title}
            onChange={(e) => set('title', e.target.value)}
          />
        </Field>
        <Field id="i-summary" label={t('modules.portfolio.summary')}>
          <input
            id="i-summary"
            className="form-input"
            value={v.summary}
            onChange={(e) => set('summary', e.target.value)}
          />
        </Field>
        <Field id="i-description" label={t('modules.portfolio.description')}>
          <textarea
            id="i-description"
            className="form-input"
            rows={4}
            value={v.description}
            onChange={(e) => set('description', e.target.value)}
          />
        </Field>
        <div className="rt-portfolio-row">
          <Field id="i-area" label={t('modules.portfolio.area')}>
            <select
              id="i-area"
              className="form-select"
              value={v.area}
              onChange={(e) => set('area', e.target.value as TInitiativeBody['area'])}
            >
              {AREAS.map((a) => (
                <option key={a} value={a}>
                  {t(`modules.portfolio.areas.${a}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="i-phase" label={t('modules.portfolio.phase')}>
            <select
              id="i-phase"
              className="form-select"
              value={v.phase}
              onChange={(e) => set('phase', e.target.value as TInitiativeBody['phase'])}
            >
              {PHASES.map((p) => (
                <option key={p} value={p}>
                  {t(`modules.portfolio.phases.${p}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="i-status" label={t('modules.portfolio.status')}>
            <select
              id="i-status"
              className="form-select"
              value={v.status}
              onChange={(e) => set('status', e.target.value as TInitiativeBody['status'])}
            >
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`modules.portfolio.statuses.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="i-visibility" label={t('modules.portfolio.visibility')}>
            <select
              id="i-visibility"
              className="form-select"
              value={v.visibility}
              onChange={(e) => set('visibility', e.target.value as TInitiativeBody['visibility'])}
            >
              {VISIBILITIES.map((s) => (
                <option key={s} value={s}>
                  {t(`modules.portfolio.visibilities.${s}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div className="rt-portfolio-row">
          <Field id="i-owner" label={t('modules.portfolio.owner')}>
            <input
              id="i-owner"
              className="form-input"
              value={v.owner}
              onChange={(e) => set('owner', e.target.value)}
            />
          </Field>
          <Field id="i-contact" label={t('modules.portfolio.contact')}>
            <input
              id="i-contact"
              className="form-input"
              value={v.contact}
              onChange={(e) => set('contact', e.target.value)}
            />
          </Field>
          <Field id="i-kle" label={t('modules.portfolio.kle')} hint={t('modules.portfolio.kleHint')}>
            <input
              id="i-kle"
              className="form-input input-width-s"
              value={v.kle ?? ''}
              onChange={(e) => set('kle', e.target.value.trim() || null)}
            />
          </Field>
        </div>
        <Field id="i-systems" label={t('modules.portfolio.systems')}>
          <input
            id="i-systems"
            className="form-input"
            value={v.systems.join(', ')}
            onChange={(e) =>
              set(
                'systems',
                e.target.value.split(',').map((s) => s.trimStart()),
              )
            }
            onBlur={() => set('systems', v.systems.map((s) => s.trim()).filter(Boolean))}
          />
        </Field>
        <Field id="i-maturity" label={t('modules.portfolio.maturity')}>
          <select
            id="i-maturity"
            className="form-select"
            value={v.maturityLevel ?? ''}
            onChange={(e) => set('maturityLevel', toNumber(e.target.value))}
          >
            <option value="">–</option>
            {[1, 2, 3, 4].map((l) => (
              <option key={l} value={l}>
                {t(`modules.portfolio.levels.${l}`)}
              </option>
            ))}
          </select>
        </Field>

        <h2 className="h3">{t('modules.portfolio.potential')}</h2>
        <div className="rt-portfolio-row">
          <Field id="i-runs" label={t('modules.portfolio.runsPerYear')}>
            <input
              id="i-runs"
              className="form-input input-width-xs"
              inputMode="numeric"
              value={v.runsPerYear ?? ''}
              onChange={(e) => set('runsPerYear', toNumber(e.target.value))}
            />
          </Field>
          <Field id="i-minutes" label={t('modules.portfolio.minutesPerRun')}>
            <input
              id="i-minutes"
              className="form-input input-width-xs"
              inputMode="decimal"
              value={v.minutesPerRun ?? ''}
              onChange={(e) => set('minutesPerRun', toNumber(e.target.value))}
            />
          </Field>
          <Field id="i-saving" label={t('modules.portfolio.savingPct')}>
            <input
              id="i-saving"
              className="form-input input-width-xs"
              inputMode="decimal"
              value={v.savingPct ?? ''}
              onChange={(e) => set('savingPct', toNumber(e.target.value))}
            />
          </Field>
        </div>
        <p aria-live="polite" data-testid="hours">
          {hours === null ? null : t('modules.portfolio.hoursResult', { hours: formatNumber(hours) })}
        </p>
        <fieldset>
          <legend className="h4">{t('modules.portfolio.suitability')}</legend>
          {SUITABILITY_QUESTIONS.map((q, i) => (
            <div className="form-group rt-portfolio-question" key={q}>
              <label className="form-label" htmlFor={`i-q-${q}`}>
                {t(`modules.portfolio.questions.${q}`)}
              </label>
              <select
                id={`i-q-${q}`}
                className="form-select input-width-xs"
                value={v.suitability[i] ?? ''}
                onChange={(e) => {
                  const next = SUITABILITY_QUESTIONS.map((_, j) => v.suitability[j] ?? null);
                  next[i] = toNumber(e.target.value);
                  set('suitability', next);
                }}
              >
                <option value="">{t('modules.portfolio.notAnswered')}</option>
                {[1, 2, 3, 4, 5].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <p aria-live="polite" data-testid="score">
            <strong>
              {score === null
                ? t('modules.portfolio.scoreNone')
                : t('modules.portfolio.scoreResult', { score })}
            </strong>
          </p>
          <p className="form-hint">{t('modules.portfolio.scoreHelp')}</p>
        </fieldset>

        <h2 className="h3">{t('modules.portfolio.levers')}</h2>
        {LEVERS.map((l) => (
          <Field key={l} id={`i-lever-${l}`} label={t(`modules.portfolio.leverNames.${l}`)}>
            <textarea
              id={`i-lever-${l}`}
              className="form-input"
              rows={2}
              value={v.levers[l] ?? ''}
              onChange={(e) => set('levers', { ...v.levers, [l]: e.target.value })}
            />
          </Field>
        ))}

        <h2 className="h3">{t('modules.portfolio.businessCase')}</h2>
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('modules.portfolio.bcYear')}</th>
                <th scope="col">{t('modules.portfolio.bcCost')}</th>
                <th scope="col">{t('modules.portfolio.bcGain')}</th>
                <th scope="col">
                  <span className="sr-only">{t('modules.portfolio.bcRemove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {v.businessCase.map((r, i) => (
                <tr key={i}>
                  <td>
                    <input
                      aria-label={t('modules.portfolio.bcYear')}
                      className="form-input input-width-xs"
                      inputMode="numeric"
                      value={r.year}
                      onChange={(e) => setRow(i, 'year', Number(e.target.value) || 0)}
                    />
                  </td>
                  {(['cost', 'gain'] as const).map((kind) => (
                    <td key={kind}>
                      {(['Low', 'Likely', 'High'] as const).map((p) => (
                        <input
                          key={p}
                          aria-label={`${t(kind === 'cost' ? 'modules.portfolio.bcCost' : 'modules.portfolio.bcGain')} ${r.year} (${p})`}
                          className="form-input input-width-xs rt-portfolio-money"
                          inputMode="numeric"
                          value={r[`${kind}${p}`]}
                          onChange={(e) => setRow(i, `${kind}${p}`, Number(e.target.value) || 0)}
                        />
                      ))}
                    </td>
                  ))}
                  <td>
                    <button
                      type="button"
                      className="button button-tertiary"
                      onClick={() =>
                        set(
                          'businessCase',
                          v.businessCase.filter((_, j) => j !== i),
                        )
                      }
                    >
                      {t('modules.portfolio.bcRemove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            const year = (v.businessCase.at(-1)?.year ?? new Date().getFullYear() - 1) + 1;
            set('businessCase', [
              ...v.businessCase,
              { year, costLow: 0, costLikely: 0, costHigh: 0, gainLow: 0, gainLikely: 0, gainHigh: 0 },
            ]);
          }}
        >
          {t('modules.portfolio.bcAdd')}
        </button>
        {v.businessCase.length > 0 ? (
          <p aria-live="polite">
            {t('modules.portfolio.bcSummary', {
              cost: formatNumber(bc.totalCost),
              gain: formatNumber(bc.totalGain),
              net: formatNumber(bc.net),
            })}{' '}
            {bc.paybackYear
              ? t('modules.portfolio.payback', { year: bc.paybackYear })
              : t('modules.portfolio.noPayback')}
          </p>
        ) : null}

        <h2 className="h3">{t('modules.portfolio.benefits')}</h2>
        <Field id="i-benefit-owner" label={t('modules.portfolio.benefitOwner')}>
          <input
            id="i-benefit-owner"
            className="form-input"
            value={v.benefitOwner}
            onChange={(e) => set('benefitOwner', e.target.value)}
          />
        </Field>
        <div className="rt-portfolio-row">
          <Field id="i-figure" label={t('modules.portfolio.figure')}>
            <select
              id="i-figure"
              className="form-select"
              value={v.figureId ?? ''}
              onChange={(e) => set('figureId', e.target.value || null)}
            >
              <option value="">{t('modules.portfolio.noFigure')}</option>
              {(figures.data?.data ?? []).map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name[lang]}
                </option>
              ))}
              {v.figureId && !figures.data ? <option value={v.figureId}>{v.figureId}</option> : null}
            </select>
          </Field>
          <Field id="i-figure-unit" label={t('modules.insight.unit')}>
            <select
              id="i-figure-unit"
              className="form-select"
              value={v.figureUnitId ?? ''}
              onChange={(e) => set('figureUnitId', e.target.value || null)}
            >
              <option value="">{t('modules.insight.wholeMunicipality')}</option>
              {(units.data?.units ?? []).map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="i-baseline" label={t('modules.portfolio.baseline')}>
            <input
              id="i-baseline"
              className="form-input input-width-xs"
              inputMode="decimal"
              value={v.baseline ?? ''}
              onChange={(e) => set('baseline', toNumber(e.target.value))}
            />
          </Field>
          <Field id="i-goal" label={t('modules.portfolio.goal')}>
            <input
              id="i-goal"
              className="form-input input-width-xs"
              inputMode="decimal"
              value={v.goal ?? ''}
              onChange={(e) => set('goal', toNumber(e.target.value))}
            />
          </Field>
        </div>
      </fieldset>
      {readOnly ? null : (
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {t('modules.portfolio.save')}
        </button>
      )}
    </form>
  );
}

function Realised({ i }: { i: TInitiative }) {
  const { t, i18n } = useTranslation();
  if (!i.realised) return null;
  const monthFormat = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', {
    month: 'short',
    year: 'numeric',
  });
  return (
    <section aria-labelledby="realised" className="rt-portfolio-realised">
      <h2 id="realised" className="h3">
        {t('modules.portfolio.measured')}
      </h2>
      <p data-testid="realised">
        {i.realised.current === null
          ? t('modules.portfolio.realisedNone')
          : t('modules.portfolio.realised', {
              value: formatNumber(i.realised.current),
              pct: i.realised.pct === null ? '–' : formatNumber(i.realised.pct),
            })}
      </p>
      <div className="table--responsive-scroll">
        <table className="table table--compact">
          <thead>
            <tr>
              {i.realised.months.map((m) => (
                <th scope="col" key={m.month}>
                  {monthFormat.format(new Date(`${m.month}-15T12:00:00Z`))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {i.realised.months.map((m) => (
                <td key={m.month}>{m.value === null ? '–' : formatNumber(m.value)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function InitiativePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useQuery({
    queryKey: ['portfolio', 'initiative', id],
    queryFn: () => api<TInitiative>(`/api/portfolio/initiatives/${id}`),
    enabled: Boolean(id),
  });
  const i = query.data;
  const title = id ? (i?.title ?? '') : t('modules.portfolio.new');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>
        <Link to="/portefolje">{t('modules.portfolio.back')}</Link>
      </p>
      {id ? (
        <QueryState isPending={query.isPending} error={query.error}>
          {i ? (
            <>
              <Realised i={i} />
              <InitiativeForm key={`${i.id}-${i.version}`} initial={i} id={i.id} version={i.version} />
            </>
          ) : null}
        </QueryState>
      ) : (
        <InitiativeForm initial={EMPTY} />
      )}
    </>
  );
}
