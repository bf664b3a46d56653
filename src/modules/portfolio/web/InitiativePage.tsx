// One initiative: everything the portfolio records about it, editable for those who may write, with the
// automation potential, suitability score and business case computed as you type, and the benefit measured.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../web/api/client.js';
import { useCan } from '../../../web/auth/session.js';
import { Alert } from '../../../web/components/Alert.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { QueryState } from '../../../web/components/QueryState.js';
import { useToast } from '../../../web/components/Toasts.js';
import { useErrorMessage } from '../../../web/errors.js';
import type { TInitiative, TInitiativeBody } from '../contract.js';
import { BasicsSection } from './initiative/BasicsSection.js';
import { BenefitsSection } from './initiative/BenefitsSection.js';
import { BusinessCaseSection } from './initiative/BusinessCaseSection.js';
import { LeversSection } from './initiative/LeversSection.js';
import { PotentialSection } from './initiative/PotentialSection.js';
import { Realised } from './initiative/Realised.js';
import type { FormState } from './initiative/types.js';

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

function InitiativeForm({
  initial,
  id,
  version,
}: {
  initial: TInitiativeBody;
  id?: string;
  version?: number;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const toast = useToast();
  const navigate = useNavigate();
  const client = useQueryClient();
  const errorMessage = useErrorMessage();
  const [v, setV] = useState<TInitiativeBody>(initial);
  const set: FormState['set'] = (key, value) => setV((s) => ({ ...s, [key]: value }));
  const readOnly = !can('portfolio.write');
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
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  const state = { v, set };
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
        <BasicsSection {...state} />
        <PotentialSection {...state} />
        <LeversSection {...state} />
        <BusinessCaseSection {...state} />
        <BenefitsSection {...state} />
      </fieldset>
      {readOnly ? null : (
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {t('modules.portfolio.save')}
        </button>
      )}
    </form>
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
