// The planning unit's set-up (/vagtplan/enheder/:unitId): the planner edits name, shift types, skills, demand,
// special days, agreement and pay, and saves the whole set-up with the version it was loaded at. The form is
// checked before sending; the server's field errors are shown on their fields; when someone else saved in
// between (409) nothing typed is lost: the planner chooses to load theirs or save over it. Users with
// roster.read but not roster.plan see the same page read-only.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker, useParams } from 'react-router';
import type { z } from 'zod';
import { api, ApiError } from '../../../web/api/client.js';
import { useCan } from '../../../web/auth/session.js';
import { Alert } from '../../../web/components/Alert.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { QueryState } from '../../../web/components/QueryState.js';
import { useErrorMessage } from '../../../web/errors.js';
import type { ZUnitDetail } from '../contract.js';
import { AgreementEditor } from './setup/AgreementEditor.js';
import { CostEditor } from './setup/CostEditor.js';
import { DemandEditor } from './setup/DemandEditor.js';
import { fromDraft, serverProblems, toDraft, type Draft, type Problems } from './setup/draft.js';
import { Field, S } from './setup/fields.js';
import { MembersTable } from './setup/MembersTable.js';
import { ShiftTypesEditor } from './setup/ShiftTypesEditor.js';
import { SkillsEditor } from './setup/SkillsEditor.js';
import { SpecialDaysEditor } from './setup/SpecialDaysEditor.js';
import { ProblemSummary } from './setup/ProblemSummary.js';
import './setup/setup.css';

type Detail = z.infer<typeof ZUnitDetail>;
const unitKey = (id: string) => ['roster', 'unit', id];

export function SetupPage() {
  const { unitId = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const unit = useQuery({
    queryKey: unitKey(unitId),
    queryFn: () => api<Detail>(`/api/roster/units/${unitId}`),
    // The form keeps what the planner types; a refetch in the background must not look like a reset.
    refetchOnWindowFocus: false,
  });
  const title = unit.data ? t(`${S}.title`, { name: unit.data.unit.name }) : t(`${S}.titleLoading`);
  return (
    <>
      <PageHeading title={title} lead={t(`${S}.lead`)}>
        {title}
      </PageHeading>
      <QueryState isPending={unit.isPending} error={unit.error}>
        {unit.data ? <SetupForm detail={unit.data} readOnly={!can('roster.plan')} /> : null}
      </QueryState>
    </>
  );
}

function SetupForm({ detail, readOnly }: { detail: Detail; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const message = useErrorMessage();
  const client = useQueryClient();
  const unitId = detail.unit.id;
  const [draft, setDraftState] = useState<Draft>(() => toDraft(detail.setup, i18n.language));
  const [version, setVersion] = useState(detail.unit.version);
  const [dirty, setDirty] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [fromServer, setFromServer] = useState<Problems>({});
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const setDraft = (next: Draft) => {
    setDraftState(next);
    setDirty(true);
    setSaved(false);
    setFromServer({});
  };
  const problems: Problems = { ...(attempted ? fromDraft(draft).problems : {}), ...fromServer };

  const loaded = (d: Detail) => {
    client.setQueryData(unitKey(unitId), d);
    void client.invalidateQueries({ queryKey: ['roster', 'units'] });
    setDraftState(toDraft(d.setup, i18n.language));
    setVersion(d.unit.version);
    setDirty(false);
    setAttempted(false);
    setFromServer({});
    setConflict(false);
  };
  const save = useMutation({
    mutationFn: async ({ overwrite }: { overwrite: boolean }) => {
      // Overwriting after a conflict: the newest version, the planner's set-up.
      const base = overwrite ? (await api<Detail>(`/api/roster/units/${unitId}`)).unit.version : version;
      return api<Detail>(`/api/roster/units/${unitId}/setup`, {
        method: 'PUT',
        body: { setup: fromDraft(draft).setup, version: base },
      });
    },
    onSuccess: (d) => {
      loaded(d);
      setSaved(true);
    },
    onError: (e) => {
      if (e instanceof ApiError && e.status === 409) setConflict(true);
      else if (e instanceof ApiError) {
        const found = serverProblems(e.problem.errors, draft, i18n.language);
        setFromServer(found);
        if (Object.keys(found).length) requestAnimationFrame(() => summary.current?.focus());
      }
    },
  });
  const reload = useMutation({
    mutationFn: () => api<Detail>(`/api/roster/units/${unitId}`),
    onSuccess: loaded,
  });

  const trySave = (overwrite: boolean) => {
    setAttempted(true);
    setSaved(false);
    if (Object.keys(fromDraft(draft).problems).length) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    save.mutate({ overwrite });
  };

  // Leaving with unsaved changes: inside the app the router asks; closing or reloading the tab, the browser.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(t(`${S}.leave`))) blocker.proceed();
    else blocker.reset();
  }, [blocker, t]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (ev: BeforeUnloadEvent) => ev.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const edit = { problems, readOnly };
  const otherError =
    save.error &&
    !(save.error instanceof ApiError && save.error.status === 409) &&
    !Object.keys(fromServer).length;
  return (
    <form
      className={`rt-setup${readOnly ? ' rt-setup-readonly' : ''}`}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        trySave(false);
      }}
      noValidate
    >
      {readOnly ? (
        <Alert variant="info">
          <p>{t(`${S}.readOnly`)}</p>
        </Alert>
      ) : null}
      <ProblemSummary ref={summary} problems={problems} />
      <section className="rt-setup-section" aria-labelledby="setup-unit">
        <h2 id="setup-unit">{t(`${S}.unit.heading`)}</h2>
        <Field
          {...edit}
          path="name"
          label={t(`${S}.unit.name`)}
          width="m"
          value={draft.name}
          onChange={(name) => setDraft({ ...draft, name })}
        />
      </section>
      <ShiftTypesEditor
        {...edit}
        value={draft.shiftTypes}
        onChange={(shiftTypes) => setDraft({ ...draft, shiftTypes })}
      />
      <SkillsEditor {...edit} value={draft.skills} onChange={(skills) => setDraft({ ...draft, skills })} />
      <DemandEditor
        {...edit}
        shifts={draft.shiftTypes}
        skills={draft.skills}
        value={draft.demand}
        onChange={(demand) => setDraft({ ...draft, demand })}
      />
      <SpecialDaysEditor
        {...edit}
        value={draft.specialDays}
        onChange={(specialDays) => setDraft({ ...draft, specialDays })}
      />
      <AgreementEditor
        {...edit}
        value={draft.agreement}
        onChange={(agreement) => setDraft({ ...draft, agreement })}
      />
      <CostEditor
        {...edit}
        memberGrades={detail.members.map((m) => m.grade)}
        value={draft.cost}
        onChange={(cost) => setDraft({ ...draft, cost })}
      />

      {conflict ? (
        <Alert variant="warning" heading={t(`${S}.conflict.heading`)}>
          <p>{t(`${S}.conflict.text`)}</p>
          <div className="rt-setup-buttons">
            <button
              type="button"
              className="button button-secondary"
              disabled={reload.isPending}
              onClick={() => reload.mutate()}
            >
              {t(`${S}.conflict.reload`)}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={save.isPending}
              onClick={() => trySave(true)}
            >
              {t(`${S}.conflict.overwrite`)}
            </button>
          </div>
        </Alert>
      ) : null}
      {otherError ? (
        <Alert variant="error">
          <p>{message(save.error)}</p>
        </Alert>
      ) : null}
      {reload.error ? (
        <Alert variant="error">
          <p>{message(reload.error)}</p>
        </Alert>
      ) : null}
      {readOnly ? null : (
        <div className={dirty ? 'rt-setup-save rt-setup-save--sticky' : 'rt-setup-save'}>
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? t(`${S}.saving`) : t(`${S}.save`)}
          </button>
          <span className="rt-setup-status" role="status">
            {saved ? t(`${S}.saved`) : dirty ? t(`${S}.unsaved`) : ''}
          </span>
        </div>
      )}
      <MembersTable members={detail.members} />
    </form>
  );
}
