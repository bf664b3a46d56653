// The review viewer: a request's documents one at a time, the pages on the left and the current page's
// suggestions on the right (the text each box covers, its label and ground). Built for 300-page bundles:
// pages are virtualised (PageView loads a page's image and suggestions only near the viewport) and the
// document is described by a compact review state (suggestion ids and pages, accepted ones, manual boxes),
// never by all of its suggestions at once. j/k move through the suggestions and scroll to the box; zoom,
// page thumbnails, "redact every occurrence of …", redacting a text selection, and n / arrow keys to add and
// place a box from the keyboard. Decisions go through PUT …/decision.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api/client.js';
import { Alert } from '../../../web/components/Alert.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { ProgressBar } from '../../../web/components/ProgressBar.js';
import { QueryState } from '../../../web/components/QueryState.js';
import { useErrorMessage } from '../../../web/errors.js';
import type { TRequestDetail, TReviewState, TSuggestionItem } from '../contract.js';
import { LEGAL_BASES } from '../domain/legal-basis.js';
import { PageView, usePageSuggestions, type Box, type OverlayBox } from './PageView.js';
import { ReviewShortcuts } from './ReviewShortcuts.js';
import { PageThumbnails, ReviewToolbar, ZOOMS } from './ReviewToolbar.js';
import { SaveResult } from './SaveResult.js';
import { SuggestionItems } from './SuggestionItems.js';
import { shiftBox, useCurrentPageOnScroll, useReviewKeys } from './review-keys.js';
import './review.css';

type Manual = { key: string; page: number; box: Box; label: string; basisKey: string };
type Draft = {
  verdict: Record<string, 'accepted' | 'rejected'>;
  basis: Record<string, string>;
  manual: Manual[];
  meroffentlighed: boolean;
};
type Selected = { kind: 'suggestion'; id: string } | { kind: 'manual'; key: string } | null;
type PageSize = { page: number; width: number; height: number };

const DEFAULT_BASIS = 'ofl-30-1';

function draftOf(
  state: TReviewState,
  meroffentlighed: boolean,
  verdicts: Record<string, 'accepted' | 'rejected'>,
): Draft {
  return {
    // The verdicts saved earlier (accepted and kept readable), so a document reopened shows what was decided.
    verdict: { ...verdicts },
    basis: {},
    manual: state.manual.map((m, i) => ({ ...m, key: `m${i}` })),
    meroffentlighed,
  };
}

export function ReviewPage() {
  const { t } = useTranslation();
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
  const pages = useQuery({
    queryKey: ['records', 'pages', doc?.id],
    queryFn: () => api<{ pages: PageSize[] }>(`/api/records/documents/${doc!.id}/pages`),
    enabled: Boolean(doc),
  });
  const state = useQuery({
    queryKey: ['records', 'review-state', doc?.id],
    queryFn: () => api<TReviewState>(`/api/records/documents/${doc!.id}/review-state`),
    enabled: Boolean(doc),
  });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [selected, setSelected] = useState<Selected>(null);
  const [currentPage, setCurrentPage] = useCurrentPageOnScroll();
  const [zoom, setZoom] = useState(1);
  const [textMode, setTextMode] = useState(false);
  const [searchResult, setSearchResult] = useState<{ phrase: string; hits: number } | null>(null);
  // Another document: start at its top. A saved (refetched) state keeps the place in the document.
  useEffect(() => {
    setSelected(null);
    setCurrentPage(1);
  }, [doc?.id]);
  useEffect(() => {
    if (doc && state.data) {
      const first = state.data.ids[0];
      setDraft(draftOf(state.data, doc.meroffentlighedConsidered, doc.suggestionVerdicts));
      setSelected((s) => s ?? (first ? { kind: 'suggestion', id: first } : null));
    }
  }, [doc?.id, state.data]);

  const ids = useMemo(() => state.data?.ids ?? [], [state.data]);
  const pageOfId = useMemo(() => {
    const m = new Map<string, number>();
    ids.forEach((id, i) => m.set(id, state.data!.pages[i]!));
    return m;
  }, [ids, state.data]);
  const verdictOf = useCallback(
    (id: string): 'open' | 'accepted' | 'rejected' =>
      draft?.verdict[id] ?? (state.data && id in state.data.accepted ? 'accepted' : 'open'),
    [draft, state.data],
  );
  const basisOf = (s: TSuggestionItem) =>
    draft?.basis[s.id] ?? s.acceptedBasisKey ?? s.basisKey ?? DEFAULT_BASIS;

  // Scroll to a page, then (once its suggestions are drawn) to the selected box.
  const scrollToPage = (page: number) =>
    document.querySelector(`.rt-review-page[data-page="${page}"]`)?.scrollIntoView({ block: 'start' });
  const selectedIndex = () => (selected?.kind === 'suggestion' ? ids.indexOf(selected.id) : -1);
  const selectIndex = (i: number) => {
    const id = ids[i];
    if (!id) return;
    const page = pageOfId.get(id) ?? 1;
    setSelected({ kind: 'suggestion', id });
    if (page !== currentPage) setCurrentPage(page);
    const box = document.querySelector(`[data-box-key="${CSS.escape(`${id}-0`)}"]`);
    if (box) box.scrollIntoView({ block: 'center' });
    else {
      scrollToPage(page);
      setPendingScroll(id);
    }
  };
  const [pendingScroll, setPendingScroll] = useState<string | null>(null);
  useEffect(() => {
    if (!pendingScroll) return;
    // The page was still loading: try again shortly so the box ends up in view (only then, so the view does
    // not jump while someone works on the page).
    const timer = setTimeout(() => {
      document
        .querySelector(`[data-box-key="${CSS.escape(`${pendingScroll}-0`)}"]`)
        ?.scrollIntoView({ block: 'center' });
      setPendingScroll(null);
    }, 400);
    return () => clearTimeout(timer);
  }, [pendingScroll]);

  const setVerdict = (id: string, v: 'accepted' | 'rejected') =>
    setDraft((d) => d && { ...d, verdict: { ...d.verdict, [id]: v } });
  const addManual = (page: number, boxes: Box[], label: string) => {
    const made = boxes.map((box, i) => ({
      key: `m${Date.now()}-${i}-${Math.random().toString(36).slice(2, 6)}`,
      page,
      box,
      label,
      basisKey: DEFAULT_BASIS,
    }));
    setDraft((d) => d && { ...d, manual: [...d.manual, ...made] });
    if (made[0]) setSelected({ kind: 'manual', key: made[0].key });
  };
  const moveManual = (key: string, dx: number, dy: number, grow: boolean) =>
    setDraft(
      (d) =>
        d && {
          ...d,
          manual: d.manual.map((m) => (m.key !== key ? m : { ...m, box: shiftBox(m.box, dx, dy, grow) })),
        },
    );
  const removeManual = (key: string) =>
    setDraft((d) => d && { ...d, manual: d.manual.filter((m) => m.key !== key) });

  const manualSelected = selected?.kind === 'manual' ? selected.key : null;
  useReviewKeys({
    next: () => selectIndex(Math.min(selectedIndex() + 1, ids.length - 1)),
    previous: () => selectIndex(Math.max(selectedIndex() - 1, 0)),
    verdict: (v) => {
      if (selected?.kind === 'suggestion') setVerdict(selected.id, v);
    },
    addBox: () => {
      // A box in the middle of the current page, to be placed with the arrow keys.
      const size = pages.data?.pages[currentPage - 1];
      if (!size) return;
      const [cx, cy] = [size.width / 2, size.height / 2];
      addManual(currentPage, [[cx - 75, cy - 10, cx + 75, cy + 10]], t('modules.records.review.manualLabel'));
    },
    moveBox: manualSelected ? (dx, dy, grow) => moveManual(manualSelected, dx, dy, grow) : undefined,
    removeBox: manualSelected ? () => removeManual(manualSelected) : undefined,
    zoom: (direction) =>
      setZoom((z) => ZOOMS[Math.min(Math.max(ZOOMS.indexOf(z) + direction, 0), ZOOMS.length - 1)]!),
  });

  const save = useMutation({
    mutationFn: () => {
      const s = state.data!;
      const accepted = ids.filter((id) => verdictOf(id) === 'accepted');
      const redacts = accepted.length + draft!.manual.length > 0;
      const basisOverrides: Record<string, string> = {};
      for (const id of accepted) {
        const b = draft!.basis[id] ?? s.accepted[id];
        if (b) basisOverrides[id] = b;
      }
      return api<{ problems: { da: string; en: string }[] }>(`/api/records/documents/${doc!.id}/decision`, {
        method: 'PUT',
        body: {
          decision: redacts ? 'partial' : 'release',
          acceptSuggestionIds: accepted,
          // Every suggestion must be decided before the document can be released (release gate).
          rejectSuggestionIds: ids.filter((id) => verdictOf(id) === 'rejected'),
          basisOverrides,
          manualBoxes: draft!.manual.map((m) => ({
            page: m.page,
            box: m.box,
            label: m.label,
            basisKey: m.basisKey,
          })),
          meroffentlighedConsidered: redacts ? draft!.meroffentlighed : false,
        },
      });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['records', 'request', requestId] });
      await queryClient.invalidateQueries({ queryKey: ['records', 'suggestions', doc?.id] });
      await queryClient.invalidateQueries({ queryKey: ['records', 'review-state', doc?.id] });
    },
  });
  const resetSave = save.reset;
  useEffect(() => resetSave(), [doc?.id, resetSave]);

  const searchAll = useMutation({
    mutationFn: (phrase: string) =>
      api<{ data: { page: number; box: Box }[]; count: number }>(
        `/api/records/documents/${doc!.id}/search?q=${encodeURIComponent(phrase)}`,
      ),
    onSuccess: (result, phrase) => {
      const label = t('modules.records.review.searchLabel', { phrase });
      const made = result.data.map((h, i) => ({
        key: `q${Date.now()}-${i}`,
        page: h.page,
        box: h.box,
        label,
        basisKey: DEFAULT_BASIS,
      }));
      setDraft((d) => d && { ...d, manual: [...d.manual, ...made] });
      setSearchResult({ phrase, hits: result.count });
    },
  });

  const pageSuggestions = usePageSuggestions(doc?.id ?? '', currentPage, Boolean(doc));
  const decided = docs.filter((d) => d.decision).length;
  const openCount = ids.filter((id) => verdictOf(id) === 'open').length;
  const citation = (key: string) => LEGAL_BASES.find((b) => b.key === key)?.citation ?? key;
  const dpi = zoom >= 1.5 ? 200 : zoom >= 1 ? 150 : 110;
  const isSelected = (key: string) =>
    (selected?.kind === 'suggestion' && selected.id === key) ||
    (selected?.kind === 'manual' && selected.key === key);
  const manualHere = (draft?.manual ?? []).filter((m) => m.page === currentPage);

  return (
    <QueryState isPending={request.isPending} error={request.error}>
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
      <ReviewShortcuts />
      {!doc ? (
        <p>{t('modules.records.review.none')}</p>
      ) : (
        <>
          <ReviewToolbar
            doc={doc}
            index={index}
            count={docs.length}
            setIndex={setIndex}
            zoom={zoom}
            setZoom={setZoom}
            textMode={textMode}
            setTextMode={setTextMode}
            onSearch={(phrase) => searchAll.mutate(phrase)}
            searching={searchAll.isPending}
            searchError={searchAll.error}
            searchResult={searchResult}
          />

          <div className="rt-review-layout">
            <PageThumbnails
              docId={doc.id}
              pages={pages.data?.pages ?? []}
              currentPage={currentPage}
              onOpen={(page) => {
                setCurrentPage(page);
                scrollToPage(page);
              }}
            />
            <div className="rt-review-pages" style={{ maxWidth: `${Math.round(900 * zoom)}px` }}>
              <div style={{ width: zoom > 1 ? `${Math.round(900 * zoom)}px` : undefined }}>
                {draft
                  ? (pages.data?.pages ?? []).map((p) => (
                      <PageView
                        key={`${doc.id}-${p.page}`}
                        documentId={doc.id}
                        page={p.page}
                        width={p.width}
                        height={p.height}
                        dpi={dpi}
                        textMode={textMode}
                        boxesFor={(suggestions): OverlayBox[] => [
                          ...suggestions.flatMap((s) =>
                            s.boxes.map((box, j) => ({
                              key: `${s.id}-${j}`,
                              box,
                              label: `${s.label}, ${citation(basisOf(s))}`,
                              state: verdictOf(s.id),
                              selected: isSelected(s.id),
                            })),
                          ),
                          ...draft.manual
                            .filter((m) => m.page === p.page)
                            .map((m) => ({
                              key: `${m.key}-0`,
                              box: m.box,
                              label: `${m.label}, ${citation(m.basisKey)}`,
                              state: 'manual' as const,
                              selected: isSelected(m.key),
                            })),
                        ]}
                        onSelect={(key) => {
                          const id = key.replace(/-\d+$/, '');
                          setCurrentPage(p.page);
                          setSelected(
                            draft.manual.some((m) => m.key === id)
                              ? { kind: 'manual', key: id }
                              : { kind: 'suggestion', id },
                          );
                        }}
                        onDraw={(box) => addManual(p.page, [box], t('modules.records.review.manualLabel'))}
                        onSelectText={(boxes) =>
                          addManual(p.page, boxes, t('modules.records.review.selectionLabel'))
                        }
                      />
                    ))
                  : null}
              </div>
              {pages.error ? <Alert variant="error" heading={message(pages.error)} /> : null}
            </div>
            <section className="rt-review-list" aria-labelledby="rt-review-list-heading">
              <h2 className="h3" id="rt-review-list-heading">
                {t('modules.records.review.suggestions')} ·{' '}
                {t('modules.records.review.page', { page: currentPage })}
              </h2>
              <p>{t('modules.records.review.openCount', { open: openCount, total: ids.length })}</p>
              {openCount > 0 && draft ? (
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
                            ids.filter((id) => verdictOf(id) === 'open').map((id) => [id, 'accepted']),
                          ),
                        },
                      })
                    }
                  >
                    {t('modules.records.review.acceptOpen')}
                  </button>
                </p>
              ) : null}
              <SuggestionItems
                suggestions={pageSuggestions.data?.data ?? []}
                manual={manualHere}
                isSelected={isSelected}
                verdictOf={verdictOf}
                basisOf={basisOf}
                onSelect={(id) => selectIndex(ids.indexOf(id))}
                onSelectManual={(key) => setSelected({ kind: 'manual', key })}
                onVerdict={(id, verdict) => {
                  setSelected({ kind: 'suggestion', id });
                  setVerdict(id, verdict);
                }}
                onBasis={(id, key) => setDraft((d) => d && { ...d, basis: { ...d.basis, [id]: key } })}
                onManualBasis={(key, basisKey) =>
                  setDraft(
                    (d) =>
                      d && { ...d, manual: d.manual.map((x) => (x.key === key ? { ...x, basisKey } : x)) },
                  )
                }
                onRemoveManual={removeManual}
              />
              {draft ? (
                <>
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
                            if (result.problems.length === 0)
                              setIndex((i) => Math.min(i + 1, docs.length - 1));
                          },
                        })
                      }
                      disabled={save.isPending}
                    >
                      {t('modules.records.review.saveAndNext')}
                    </button>
                  ) : null}
                </>
              ) : null}
              {save.data ? <SaveResult problems={save.data.problems} /> : null}
              {save.error ? <Alert variant="error" heading={message(save.error)} /> : null}
              {state.error ? <Alert variant="error" heading={message(state.error)} /> : null}
            </section>
          </div>
        </>
      )}
    </QueryState>
  );
}
