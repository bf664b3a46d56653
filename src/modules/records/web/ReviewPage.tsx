// The review viewer: a request's documents one at a time, page images with the suggested redactions as
// boxes (label and legal basis), accept/reject, new boxes drawn with the mouse, the basis chosen from the
// catalogue, keyboard shortcuts, and progress across documents. Decisions go through PUT …/decision.
import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api/client.js';
import { Alert } from '../../../web/components/Alert.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { ProgressBar } from '../../../web/components/ProgressBar.js';
import { QueryState } from '../../../web/components/QueryState.js';
import { useErrorMessage } from '../../../web/errors.js';
import type { TDocument, TRequestDetail } from '../contract.js';
import { LEGAL_BASES } from '../domain/legal-basis.js';
import { DocumentCheck } from './DocumentCheck.js';
import { PageView, type Box } from './PageView.js';

type Item = { key: string; page: number; boxes: Box[]; label: string; basisKey: string; manual: boolean };
type Draft = {
  verdict: Record<string, 'accepted' | 'rejected'>;
  basis: Record<string, string>;
  manual: Item[];
  meroffentlighed: boolean;
};

const STYLE = `.rt-review-canvas{position:relative;max-width:900px;border:1px solid #999;touch-action:none;cursor:crosshair}
.rt-review-canvas img{display:block;width:100%;height:auto;user-select:none}
.rt-review-box{position:absolute;border:2px solid #b00;background:rgba(255,200,0,.25);padding:0;cursor:pointer}
.rt-review-box--accepted,.rt-review-box--manual{background:rgba(0,0,0,.55);border-color:#000}
.rt-review-box--rejected{background:transparent;border-style:dashed;border-color:#666}
.rt-review-box--selected{outline:3px solid #0059b3;outline-offset:2px}
.rt-review-box--drawing{border-style:dashed;pointer-events:none}
.rt-review-box:focus-visible{outline:3px solid #0059b3;outline-offset:2px}`;

function emptyDraft(doc: TDocument): Draft {
  return {
    verdict: { ...doc.suggestionVerdicts },
    basis: {},
    manual: doc.redactions
      .filter((r) => r.source === 'manual' && r.box && r.page)
      .map((r, i) => ({
        key: `m${i}`,
        page: r.page!,
        boxes: [r.box!],
        label: r.label,
        basisKey: r.basisKey,
        manual: true,
      })),
    meroffentlighed: doc.meroffentlighedConsidered,
  };
}

export function ReviewPage() {
  const { t, i18n } = useTranslation();
  const { requestId = '' } = useParams();
  const queryClient = useQueryClient();
  const message = useErrorMessage();
  const request = useQuery({
    queryKey: ['records', 'request', requestId],
    queryFn: () => api<TRequestDetail>(`/api/records/requests/${requestId}`),
  });
  const docs = useMemo(
    () => (request.data?.documentList ?? []).filter((d) => d.kind === 'file' && !d.duplicateOf),
    [request.data],
  );
  const [index, setIndex] = useState(0);
  const doc = docs[Math.min(index, Math.max(docs.length - 1, 0))];
  const [draft, setDraft] = useState<Draft | null>(null);
  const [selected, setSelected] = useState(0);
  useEffect(() => {
    if (doc) setDraft(emptyDraft(doc));
    setSelected(0);
  }, [doc?.id]);
  const pages = useQuery({
    queryKey: ['records', 'pages', doc?.id],
    queryFn: () =>
      api<{ pages: { page: number; width: number; height: number }[] }>(
        `/api/records/documents/${doc!.id}/pages`,
      ),
    enabled: Boolean(doc),
  });
  const items: Item[] = useMemo(() => {
    if (!doc || !draft) return [];
    const suggested = doc.suggestions.map((s) => ({
      key: s.id,
      page: s.page,
      boxes: s.boxes,
      label: s.label,
      basisKey: draft.basis[s.id] ?? s.basisKey ?? 'ofl-30-1',
      manual: false,
    }));
    return [...suggested, ...draft.manual];
  }, [doc, draft]);
  const current = items[selected];

  const setVerdict = (v: 'accepted' | 'rejected') =>
    current && !current.manual && setDraft((d) => d && { ...d, verdict: { ...d.verdict, [current.key]: v } });
  const setBasis = (item: Item, basisKey: string) =>
    setDraft(
      (d) =>
        d &&
        (item.manual
          ? { ...d, manual: d.manual.map((m) => (m.key === item.key ? { ...m, basisKey } : m)) }
          : { ...d, basis: { ...d.basis, [item.key]: basisKey } }),
    );
  const removeManual = (key: string) =>
    setDraft((d) => d && { ...d, manual: d.manual.filter((m) => m.key !== key) });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.ctrlKey || e.metaKey || e.altKey || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
        return;
      if (e.key === 'j') setSelected((s) => Math.min(s + 1, Math.max(items.length - 1, 0)));
      else if (e.key === 'k') setSelected((s) => Math.max(s - 1, 0));
      else if (e.key === 'a') setVerdict('accepted');
      else if (e.key === 'r') setVerdict('rejected');
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const save = useMutation({
    mutationFn: () => {
      const accepted = doc!.suggestions.filter((s) => draft!.verdict[s.id] === 'accepted').map((s) => s.id);
      const redacts = accepted.length + draft!.manual.length > 0;
      return api<{ problems: { da: string; en: string }[] }>(`/api/records/documents/${doc!.id}/decision`, {
        method: 'PUT',
        body: {
          decision: redacts ? 'partial' : 'release',
          acceptSuggestionIds: accepted,
          // Every suggestion must be decided before the document can be released (release gate).
          rejectSuggestionIds: doc!.suggestions
            .filter((s) => draft!.verdict[s.id] === 'rejected')
            .map((s) => s.id),
          basisOverrides: Object.fromEntries(
            Object.entries(draft!.basis).filter(([k]) => accepted.includes(k)),
          ),
          manualBoxes: draft!.manual.map((m) => ({
            page: m.page,
            box: m.boxes[0],
            label: m.label,
            basisKey: m.basisKey,
          })),
          meroffentlighedConsidered: redacts ? draft!.meroffentlighed : false,
        },
      });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['records', 'request', requestId] }),
  });

  // The saved/problem message belongs to the document it was saved for.
  const resetSave = save.reset;
  useEffect(() => resetSave(), [doc?.id, resetSave]);
  const decided = docs.filter((d) => d.decision).length;
  const en = i18n.language === 'en';
  const stateOf = (it: Item) => (it.manual ? 'manual' : (draft?.verdict[it.key] ?? 'open'));
  return (
    <QueryState isPending={request.isPending} error={request.error}>
      <style>{STYLE}</style>
      <PageHeading title={t('modules.records.review.title')} lead={request.data?.caseNumber}>
        {t('modules.records.review.title')}
      </PageHeading>
      <ProgressBar
        value={docs.length ? (decided / docs.length) * 100 : 0}
        label={t('modules.records.review.progress')}
      />
      <p>{t('modules.records.review.progressText', { decided, total: docs.length })}</p>
      {docs.length > 0 && decided === docs.length ? (
        <p>
          <Link className="button button-primary" to={`/aktindsigt/${requestId}/brev`}>
            {t('modules.records.letter.toLetter')}
          </Link>
        </p>
      ) : null}
      <details>
        <summary>{t('modules.records.review.shortcuts')}</summary>
        <ul>
          <li>
            <kbd>j</kbd> / <kbd>k</kbd>: {t('modules.records.review.keyNext')}
          </li>
          <li>
            <kbd>a</kbd>: {t('modules.records.review.accept')}
          </li>
          <li>
            <kbd>r</kbd>: {t('modules.records.review.reject')}
          </li>
          <li>{t('modules.records.review.keyDraw')}</li>
        </ul>
      </details>
      {!doc || !draft ? (
        <p>{t('modules.records.review.none')}</p>
      ) : (
        <>
          <nav className="rt-actions" aria-label={t('modules.records.review.documents')}>
            <button
              type="button"
              className="button button-secondary"
              disabled={index === 0}
              onClick={() => setIndex(index - 1)}
            >
              {t('modules.records.review.previousDoc')}
            </button>
            <span aria-live="polite">
              {t('modules.records.review.docOf', { n: index + 1, total: docs.length, title: doc.title })}
            </span>
            <DocumentCheck doc={doc} />
            <button
              type="button"
              className="button button-secondary"
              disabled={index >= docs.length - 1}
              onClick={() => setIndex(index + 1)}
            >
              {t('modules.records.review.nextDoc')}
            </button>
          </nav>
          <h2 className="h3">{t('modules.records.review.suggestions')}</h2>
          {items.some((it) => stateOf(it) === 'open') ? (
            <p>
              <button
                type="button"
                className="button button-secondary"
                onClick={() =>
                  setDraft({
                    ...draft,
                    // Only undecided suggestions: a rejection the caseworker made stays a rejection.
                    verdict: {
                      ...draft.verdict,
                      ...Object.fromEntries(
                        items.filter((it) => stateOf(it) === 'open').map((it) => [it.key, 'accepted']),
                      ),
                    },
                  })
                }
              >
                {t('modules.records.review.acceptOpen')}
              </button>
            </p>
          ) : null}
          <ol>
            {items.map((it, i) => (
              <li key={it.key} aria-current={i === selected ? 'true' : undefined}>
                <button type="button" className="button button-tertiary" onClick={() => setSelected(i)}>
                  {it.label} · {t('modules.records.review.pageShort', { page: it.page })} ·{' '}
                  {t(`modules.records.review.states.${stateOf(it)}`)}
                </button>
                <label className="form-label" htmlFor={`basis-${it.key}`}>
                  {t('modules.records.review.basis')}
                </label>
                <select
                  id={`basis-${it.key}`}
                  className="form-select"
                  value={it.basisKey}
                  onChange={(e) => setBasis(it, e.target.value)}
                >
                  {LEGAL_BASES.map((b) => (
                    <option key={b.key} value={b.key}>
                      {b.citation} – {en ? b.en : b.da}
                    </option>
                  ))}
                </select>
                {it.manual ? (
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => removeManual(it.key)}
                  >
                    {t('modules.records.review.remove')}
                  </button>
                ) : (
                  <>
                    <button
                      type="button"
                      className="button button-secondary"
                      aria-pressed={stateOf(it) === 'accepted'}
                      onClick={() => (
                        setSelected(i),
                        setDraft({ ...draft, verdict: { ...draft.verdict, [it.key]: 'accepted' } })
                      )}
                    >
                      {t('modules.records.review.accept')}
                    </button>
                    <button
                      type="button"
                      className="button button-secondary"
                      aria-pressed={stateOf(it) === 'rejected'}
                      onClick={() => (
                        setSelected(i),
                        setDraft({ ...draft, verdict: { ...draft.verdict, [it.key]: 'rejected' } })
                      )}
                    >
                      {t('modules.records.review.reject')}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ol>
          <div className="form-group form-group-checkbox">
            <input
              id="meroff"
              type="checkbox"
              className="form-checkbox"
              checked={draft.meroffentlighed}
              onChange={(e) => setDraft({ ...draft, meroffentlighed: e.target.checked })}
            />
            <label htmlFor="meroff">{t('modules.records.review.meroffentlighed')}</label>
          </div>
          <button
            type="button"
            className="button button-primary"
            onClick={() => save.mutate()}
            disabled={save.isPending}
          >
            {t('modules.records.review.save')}
          </button>
          {index < docs.length - 1 ? (
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                // Moves on only when the server found nothing missing; otherwise the warning stays in view.
                save.mutate(undefined, {
                  onSuccess: (result) => {
                    if (result.problems.length === 0) setIndex((i) => Math.min(i + 1, docs.length - 1));
                  },
                })
              }
              disabled={save.isPending}
            >
              {t('modules.records.review.saveAndNext')}
            </button>
          ) : null}
          {save.data ? (
            save.data.problems.length ? (
              <Alert variant="warning" heading={t('modules.records.review.savedWithProblems')}>
                <ul>
                  {save.data.problems.map((p, i) => (
                    <li key={i}>{en ? p.en : p.da}</li>
                  ))}
                </ul>
              </Alert>
            ) : (
              <Alert variant="success" heading={t('modules.records.review.saved')} />
            )
          ) : null}
          {save.error ? <Alert variant="error" heading={message(save.error)} /> : null}
          {(pages.data?.pages ?? []).map((p) => (
            <PageView
              key={p.page}
              documentId={doc.id}
              page={p.page}
              width={p.width}
              height={p.height}
              boxes={items.flatMap((it, i) =>
                it.page === p.page
                  ? it.boxes.map((box, j) => ({
                      key: `${it.key}-${j}`,
                      box,
                      label: `${it.label}, ${LEGAL_BASES.find((b) => b.key === it.basisKey)?.citation ?? it.basisKey}`,
                      state: stateOf(it),
                      selected: i === selected,
                    }))
                  : [],
              )}
              onSelect={(key) => setSelected(items.findIndex((it) => key.startsWith(`${it.key}-`)))}
              onDraw={(box) =>
                setDraft({
                  ...draft,
                  manual: [
                    ...draft.manual,
                    {
                      key: `m${Date.now()}`,
                      page: p.page,
                      boxes: [box],
                      label: t('modules.records.review.manualLabel'),
                      basisKey: 'ofl-30-1',
                      manual: true,
                    },
                  ],
                })
              }
            />
          ))}
          {pages.error ? <Alert variant="error" heading={message(pages.error)} /> : null}
        </>
      )}
    </QueryState>
  );
}
