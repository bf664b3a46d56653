// Who asked and what the case is: the requester's details, the laws and cases concerned, and the case
// context screening uses (case type, the case's private parties, the public subject that stays readable).
import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api/client.js';
import { useSession } from '../../../web/auth/session.js';
import { Alert } from '../../../web/components/Alert.js';
import { useErrorMessage } from '../../../web/errors.js';
import type { TRequestDetail } from '../contract.js';

const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

export function CaseContextForm({ request: r }: { request: TRequestDetail }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const me = useSession();
  const queryClient = useQueryClient();
  const k = (key: string, o?: Record<string, unknown>) => t(`modules.records.context.${key}`, o);
  const [caseType, setCaseType] = useState(r.caseType);
  const [parties, setParties] = useState(r.parties.join('\n'));
  const [subjects, setSubjects] = useState(r.caseSubjects.join('\n'));
  const save = useMutation({
    mutationFn: () =>
      api(`/api/records/requests/${r.id}`, {
        method: 'PATCH',
        body: { caseType, parties: lines(parties), caseSubjects: lines(subjects) },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['records'] }),
  });
  const assign = useMutation({
    mutationFn: (assignedTo: string | null) =>
      api(`/api/records/requests/${r.id}`, { method: 'PATCH', body: { assignedTo } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['records'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <>
      <h2 className="h3">{k('requesterHeading')}</h2>
      <dl className="rt-facts">
        <dt>{k('name')}</dt>
        <dd>{r.requesterName}</dd>
        <dt>{k('type')}</dt>
        <dd>{t(`modules.records.requesterTypes.${r.requesterType}`)}</dd>
        <dt>{k('contact')}</dt>
        <dd>{[r.requesterEmail, ...r.requesterAddress].filter(Boolean).join(', ') || k('noContact')}</dd>
        <dt>{k('channel')}</dt>
        <dd>{t(`modules.records.channels.${r.channel}`)}</dd>
        <dt>{k('laws')}</dt>
        <dd>{r.laws.map((l) => t(`modules.records.laws.${l}`)).join(', ')}</dd>
        <dt>{k('cases')}</dt>
        <dd>{r.caseReferences.join(', ') || k('noCases')}</dd>
        <dt>{t('modules.records.list.assignedTo')}</dt>
        <dd>
          {r.assignedTo === me.user.id
            ? me.user.name
            : r.assignedTo
              ? t('modules.records.list.other')
              : t('modules.records.list.nobody')}{' '}
          {r.assignedTo !== me.user.id ? (
            <button
              type="button"
              className="button button-tertiary"
              onClick={() => assign.mutate(me.user.id)}
              disabled={assign.isPending}
            >
              {t('modules.records.list.assignMe')}
            </button>
          ) : null}
        </dd>
      </dl>
      {assign.isSuccess && r.assignedTo === me.user.id ? (
        <Alert variant="success" heading={t('modules.records.list.assigned')} />
      ) : null}
      {assign.error ? <Alert variant="error" heading={message(assign.error)} /> : null}
      <details>
        <summary>{k('summary', { type: k(`caseType_${r.caseType}`) })}</summary>
        <form onSubmit={submit}>
          <fieldset>
            <legend className="h5">{k('caseType')}</legend>
            {(['citizen', 'building'] as const).map((c) => (
              <div className="form-group-radio" key={c}>
                <input
                  type="radio"
                  className="form-radio radio-large"
                  id={`case-type-${c}`}
                  name="case-type"
                  checked={caseType === c}
                  onChange={() => setCaseType(c)}
                />
                <label htmlFor={`case-type-${c}`}>{k(`caseType_${c}`)}</label>
              </div>
            ))}
          </fieldset>
          <div className="form-group">
            <label className="form-label" htmlFor="case-parties">
              {k('parties')}
            </label>
            <span className="form-hint">{k('partiesHint')}</span>
            <textarea
              className="form-input"
              id="case-parties"
              rows={3}
              value={parties}
              onChange={(e) => setParties(e.target.value)}
            />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="case-subjects">
              {k('subjects')}
            </label>
            <span className="form-hint">{k('subjectsHint')}</span>
            <textarea
              className="form-input"
              id="case-subjects"
              rows={2}
              value={subjects}
              onChange={(e) => setSubjects(e.target.value)}
            />
          </div>
          <button type="submit" className="button button-secondary" disabled={save.isPending}>
            {k('save')}
          </button>
          {save.isSuccess ? <Alert variant="success" heading={k('saved')} /> : null}
          {save.error ? <Alert variant="error" heading={message(save.error)} /> : null}
        </form>
      </details>
    </>
  );
}
