// One document's actions on the request page: decide release, withhold in full or not covered (each with its
// basis), confirm "released without redaction" for a document nobody could screen, the extraction note for
// internal documents (OFL §§ 28–29), title, date and sender for the aktliste, replace and delete.
import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../web/api/client.js';
import { useSession } from '../../../web/auth/session.js';
import { Alert } from '../../../web/components/Alert.js';
import { useErrorMessage } from '../../../web/errors.js';
import type { TDocument } from '../contract.js';
import { basesForLaws } from '../domain/legal-basis.js';
import type { Law } from '../domain/deadlines.js';

type Choice = 'release' | 'withhold' | 'not_covered';

export function DocumentActions({
  doc,
  laws,
  locked,
  onDone,
}: {
  doc: TDocument;
  laws: readonly Law[];
  locked: boolean;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const message = useErrorMessage();
  const me = useSession();
  const queryClient = useQueryClient();
  const en = i18n.language === 'en';
  const k = (key: string) => t(`modules.records.doc.${key}`);
  const [choice, setChoice] = useState<Choice>(
    doc.decision === 'withhold' || doc.decision === 'not_covered' ? doc.decision : 'release',
  );
  const [basisKeys, setBasisKeys] = useState<string[]>(doc.basisKeys);
  const [internal, setInternal] = useState(doc.internal);
  const [extractionNote, setExtractionNote] = useState(doc.extractionNote ?? '');
  const [meroffentlighed, setMeroffentlighed] = useState(doc.meroffentlighedConsidered);
  const [notCovered, setNotCovered] = useState(doc.notCoveredReason ?? '');
  const [unredacted, setUnredacted] = useState(doc.unredactedReason ?? '');
  const [title, setTitle] = useState(doc.title);
  const [date, setDate] = useState(doc.date ?? '');
  const [sender, setSender] = useState(doc.sender ?? '');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['records'] });
  const needsConfirmation = doc.flags.length > 0;
  const id = `doc-${doc.number}`;

  const decide = useMutation({
    mutationFn: () =>
      api<{ problems: { da: string; en: string; severity: string }[] }>(
        `/api/records/documents/${doc.id}/decision`,
        {
          method: 'PUT',
          body: {
            decision: choice,
            basisKeys: choice === 'withhold' ? basisKeys : [],
            internal: choice === 'withhold' && internal,
            extractionNote: choice === 'withhold' && internal ? extractionNote || null : null,
            meroffentlighedConsidered: choice === 'withhold' ? meroffentlighed : false,
            notCoveredReason: choice === 'not_covered' ? notCovered || null : null,
            unredactedReason: choice === 'release' && needsConfirmation ? unredacted || null : null,
            // Keep the caseworker's verdicts from the review when deciding here.
            acceptSuggestionIds: Object.entries(doc.suggestionVerdicts)
              .filter(([, v]) => v === 'accepted')
              .map(([s]) => s),
            rejectSuggestionIds: Object.entries(doc.suggestionVerdicts)
              .filter(([, v]) => v === 'rejected')
              .map(([s]) => s),
          },
        },
      ),
    onSuccess: () => {
      details.reset();
      void refresh();
    },
  });
  const details = useMutation({
    mutationFn: () =>
      api(`/api/records/documents/${doc.id}`, {
        method: 'PATCH',
        body: { title, date: date || null, sender: sender || null },
      }),
    onSuccess: () => {
      decide.reset();
      void refresh();
    },
  });
  const remove = useMutation({
    mutationFn: () => api(`/api/records/documents/${doc.id}`, { method: 'DELETE' }),
    onSuccess: () => {
      void refresh();
      onDone();
    },
  });
  const replace = useMutation({
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      const response = await fetch(`/api/records/documents/${doc.id}/replace`, {
        method: 'POST',
        body: form,
        credentials: 'same-origin',
        headers: { accept: 'application/json', 'x-csrf-token': me.csrfToken },
      });
      const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      if (!response.ok) throw new ApiError(response.status, body);
      return body;
    },
    onSuccess: refresh,
  });

  const submitDecision = (e: FormEvent) => {
    e.preventDefault();
    decide.mutate();
  };
  const bases = basesForLaws(laws).filter((b) => b.scope === 'document' || b.key.startsWith('ofl-30'));
  const withholdingInternal = basisKeys.some((key) => bases.find((b) => b.key === key)?.extractionDuty);

  if (locked) return <p>{k('locked')}</p>;
  return (
    <div className="rt-doc-actions">
      {doc.flags.length > 0 ? (
        <Alert variant="warning" heading={k('flaggedHeading')}>
          <p>{k('flaggedText')}</p>
        </Alert>
      ) : null}
      <form onSubmit={submitDecision} aria-labelledby={`${id}-decision`}>
        <fieldset>
          <legend className="h5" id={`${id}-decision`}>
            {k('decisionLegend')}
          </legend>
          {(['release', 'withhold', 'not_covered'] as const).map((c) => (
            <div className="form-group-radio" key={c}>
              <input
                type="radio"
                className="form-radio radio-large"
                id={`${id}-${c}`}
                name={`${id}-choice`}
                checked={choice === c}
                onChange={() => setChoice(c)}
              />
              <label htmlFor={`${id}-${c}`}>{k(`choice_${c}`)}</label>
            </div>
          ))}
          <p className="form-hint">{k('partialHint')}</p>
        </fieldset>
        {choice === 'release' && needsConfirmation ? (
          <div className="form-group">
            <label className="form-label" htmlFor={`${id}-unredacted`}>
              {k('unredactedLabel')}
            </label>
            <span className="form-hint">{k('unredactedHint')}</span>
            <textarea
              className="form-input"
              id={`${id}-unredacted`}
              rows={2}
              value={unredacted}
              onChange={(e) => setUnredacted(e.target.value)}
            />
          </div>
        ) : null}
        {choice === 'withhold' ? (
          <>
            <fieldset>
              <legend className="h5">{k('basisLegend')}</legend>
              {bases.map((b) => (
                <div className="form-group-checkbox" key={b.key}>
                  <input
                    type="checkbox"
                    className="form-checkbox checkbox-large"
                    id={`${id}-basis-${b.key}`}
                    checked={basisKeys.includes(b.key)}
                    onChange={(e) =>
                      setBasisKeys((keys) =>
                        e.target.checked ? [...keys, b.key] : keys.filter((x) => x !== b.key),
                      )
                    }
                  />
                  <label htmlFor={`${id}-basis-${b.key}`}>
                    {b.citation
                      .replace(/^Offentlighedslovens /, 'OFL ')
                      .replace(/^Forvaltningslovens /, 'FVL ')}{' '}
                    – {en ? b.en : b.da}
                  </label>
                </div>
              ))}
            </fieldset>
            {withholdingInternal ? (
              <div className="form-group-checkbox">
                <input
                  type="checkbox"
                  className="form-checkbox checkbox-large"
                  id={`${id}-internal`}
                  checked={internal}
                  onChange={(e) => setInternal(e.target.checked)}
                />
                <label htmlFor={`${id}-internal`}>{k('internal')}</label>
              </div>
            ) : null}
            {withholdingInternal && internal ? (
              <div className="form-group">
                <label className="form-label" htmlFor={`${id}-extraction`}>
                  {k('extraction')}
                </label>
                <span className="form-hint">{k('extractionHint')}</span>
                <textarea
                  className="form-input"
                  id={`${id}-extraction`}
                  rows={3}
                  value={extractionNote}
                  onChange={(e) => setExtractionNote(e.target.value)}
                />
              </div>
            ) : null}
            <div className="form-group-checkbox">
              <input
                type="checkbox"
                className="form-checkbox checkbox-large"
                id={`${id}-mero`}
                checked={meroffentlighed}
                onChange={(e) => setMeroffentlighed(e.target.checked)}
              />
              <label htmlFor={`${id}-mero`}>{k('meroffentlighed')}</label>
            </div>
          </>
        ) : null}
        {choice === 'not_covered' ? (
          <div className="form-group">
            <label className="form-label" htmlFor={`${id}-notcovered`}>
              {k('notCoveredReason')}
            </label>
            <textarea
              className="form-input"
              id={`${id}-notcovered`}
              rows={2}
              value={notCovered}
              onChange={(e) => setNotCovered(e.target.value)}
            />
          </div>
        ) : null}
        <button type="submit" className="button button-primary" disabled={decide.isPending}>
          {k('saveDecision')}
        </button>
      </form>
      {decide.error ? <Alert variant="error" heading={message(decide.error)} /> : null}
      {decide.data ? (
        decide.data.problems.length > 0 ? (
          <Alert variant="warning" heading={k('savedWithProblems')}>
            <ul>
              {decide.data.problems.map((p, i) => (
                <li key={i}>{en ? p.en : p.da}</li>
              ))}
            </ul>
          </Alert>
        ) : (
          <Alert variant="success" heading={k('saved')} />
        )
      ) : null}

      <form
        onSubmit={(e) => {
          e.preventDefault();
          details.mutate();
        }}
      >
        <h4 className="h5">{k('detailsHeading')}</h4>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-title`}>
            {k('title')}
          </label>
          <input
            className="form-input"
            id={`${id}-title`}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-date`}>
            {k('date')}
          </label>
          <input
            className="form-input input-width-s"
            type="date"
            id={`${id}-date`}
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-sender`}>
            {k('sender')}
          </label>
          <input
            className="form-input"
            id={`${id}-sender`}
            value={sender}
            onChange={(e) => setSender(e.target.value)}
          />
        </div>
        <button type="submit" className="button button-secondary" disabled={details.isPending}>
          {k('saveDetails')}
        </button>
        {details.isSuccess ? <Alert variant="success" heading={k('detailsSaved')} /> : null}
        {details.error ? <Alert variant="error" heading={message(details.error)} /> : null}
      </form>

      {doc.kind === 'file' ? (
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-replace`}>
            {k('replace')}
          </label>
          <span className="form-hint">{k('replaceHint')}</span>
          <input
            type="file"
            id={`${id}-replace`}
            className="form-file-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) replace.mutate(file);
            }}
          />
          {replace.isSuccess ? <Alert variant="success" heading={k('replaced')} /> : null}
          {replace.error ? <Alert variant="error" heading={message(replace.error)} /> : null}
        </div>
      ) : null}

      {confirmDelete ? (
        <div className="rt-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => remove.mutate()}
            disabled={remove.isPending}
          >
            {k('confirmDelete')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setConfirmDelete(false)}>
            {k('cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="button button-tertiary" onClick={() => setConfirmDelete(true)}>
          {k('delete')}
        </button>
      )}
      {remove.error ? <Alert variant="error" heading={message(remove.error)} /> : null}
    </div>
  );
}
