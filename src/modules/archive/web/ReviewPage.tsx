// Review of one held document: the published copy's pages with the proposed boxes over them; click a box to
// keep that text readable, drag on the page to add a box; approve, redact again with the changes, withhold or
// lock with a reason, or approve the whole case. Keyboard-first: G approve, T withhold, L lock, arrows page,
// J/K next/previous document in the queue. While the document is redacted again with the changes (a
// screening job), the page follows it until the document is published.
import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api/client.js';
import { Alert } from '../../../web/components/Alert.js';
import { TextField } from '../../../web/components/Field.js';
import { PageHeading } from '../../../web/components/PageHeading.js';
import { Spinner } from '../../../web/components/Spinner.js';
import { useErrorMessage } from '../../../web/errors.js';
import type { TQueue, TReviewDocument } from '../contract.js';
import { useSession } from '../../../web/auth/session.js';
import { PORTAL_PATH, STAFF_PATH } from './api.js';
import { useLabel, useReasonText } from './reasons.js';

type TBox = { page: number; x0: number; y0: number; x1: number; y1: number; legalBasis: string };
const BASIS = 'OFL § 30, nr. 1';

/** A caseworker's changes are being carried out by a new screening job (published when it is done). */
const isRedacting = (d: TReviewDocument | undefined) =>
  d?.state === 'review' && d.reason === 'redaction_changed';

export function ReviewPage() {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { id = '' } = useParams();
  const session = useSession();
  const reasonText = useReasonText();
  const labelOf = useLabel();
  const doc = useQuery({
    queryKey: ['archive-doc', id],
    queryFn: () => api<TReviewDocument>(`/api/archive/documents/${id}`),
    refetchInterval: (q) => (isRedacting(q.state.data) ? 1_500 : false),
  });
  const queue = useQuery({
    queryKey: ['archive-queue', 'review', 1],
    queryFn: () =>
      api<TQueue>('/api/archive/documents', { query: { state: 'review', page: 1, perPage: 100 } }),
  });
  const [page, setPage] = useState(1);
  const [kept, setKept] = useState<Set<string>>(new Set());
  const [added, setAdded] = useState<TBox[]>([]);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState('');
  const [done, setDone] = useState('');
  // The reviewer's changes start from what is saved; a refetch with the same decisions keeps the page as is.
  const savedRejected = JSON.stringify(doc.data?.rejected ?? []);
  useEffect(() => {
    setPage(1);
    setKept(new Set(JSON.parse(savedRejected) as string[]));
    setAdded([]);
    setReason('');
  }, [id, savedRejected]);
  useEffect(() => setDone(''), [id]);
  const redacting = isRedacting(doc.data);
  const wasRedacting = useRef(false);
  useEffect(() => {
    // The new redaction is done: the document is published (or failed); tell the reviewer and the queue.
    if (wasRedacting.current && !redacting && doc.data) {
      setDone(
        t('modules.archive.review.decided', { state: t(`modules.archive.staff.states.${doc.data.state}`) }),
      );
      void client.invalidateQueries({ queryKey: ['archive-queue'] });
      void client.invalidateQueries({ queryKey: ['archive-overview'] });
    }
    wasRedacting.current = redacting;
  }, [redacting, doc.data, client, t]);

  const decide = useMutation({
    mutationFn: (action: 'approve' | 'redact' | 'withhold' | 'lock') =>
      api<{ state: string }>(`/api/archive/documents/${id}/decision`, {
        method: 'POST',
        body: {
          action,
          reason: reason.trim() || undefined,
          ...(action === 'redact'
            ? { manualBoxes: [...(doc.data?.manualBoxes ?? []), ...added], rejected: [...kept] }
            : {}),
        },
      }),
    onSuccess: (r, action) => {
      // The drawn boxes are saved on the document now (shown from there).
      if (action === 'redact') setAdded([]);
      setDone(
        action === 'redact'
          ? ''
          : t('modules.archive.review.decided', { state: t(`modules.archive.staff.states.${r.state}`) }),
      );
      void client.invalidateQueries({ queryKey: ['archive-queue'] });
      void client.invalidateQueries({ queryKey: ['archive-overview'] });
      void client.invalidateQueries({ queryKey: ['archive-doc', id] });
    },
  });
  const approveCase = useMutation({
    mutationFn: () =>
      api<{ approved: number }>(`/api/archive/cases/${doc.data!.caseId}/approve`, { method: 'POST' }),
    onSuccess: (r) => {
      setDone(t('modules.archive.review.caseApproved', { count: r.approved }));
      void client.invalidateQueries({ queryKey: ['archive-queue'] });
    },
  });

  const changed = added.length > 0 || [...kept].some((k) => !(doc.data?.rejected ?? []).includes(k));
  const act = (action: 'approve' | 'redact' | 'withhold' | 'lock') => {
    if ((action === 'withhold' || action === 'lock') && !reason.trim()) {
      setReasonError(t('modules.archive.review.reasonRequired'));
      document.getElementById('review-reason')?.focus();
      return;
    }
    setReasonError('');
    decide.mutate(action === 'approve' && changed ? 'redact' : action);
  };
  const ids = (queue.data?.data ?? []).map((d) => d.id);
  const go = (delta: number) => {
    const i = ids.indexOf(id);
    const next = ids[i < 0 ? 0 : i + delta];
    if (next) void navigate(`${STAFF_PATH}/${next}`);
  };
  const pages = doc.data?.pageSizes.length ?? 0;
  const keys = useRef({ act, go, setPage, pages });
  keys.current = { act, go, setPage, pages };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || e.ctrlKey || e.metaKey || e.altKey)
        return;
      const k = keys.current;
      if (e.key === 'g' || e.key === 'G') k.act('approve');
      else if (e.key === 't' || e.key === 'T') k.act('withhold');
      else if (e.key === 'l' || e.key === 'L') k.act('lock');
      else if (e.key === 'j' || e.key === 'J') k.go(1);
      else if (e.key === 'k' || e.key === 'K') k.go(-1);
      else if (e.key === 'ArrowRight') k.setPage((p) => Math.min(k.pages, p + 1));
      else if (e.key === 'ArrowLeft') k.setPage((p) => Math.max(1, p - 1));
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (doc.isPending) return <Spinner />;
  if (doc.isError) return <Alert variant="error">{message(doc.error)}</Alert>;
  const d = doc.data;
  const portal = session.tenant.slug
    ? `${PORTAL_PATH}/${session.tenant.slug}?${new URLSearchParams({ q: d.caseNumber, kind: 'case' }).toString()}`
    : null;
  const size = d.pageSizes[page - 1];
  const onPage = d.suggestions.filter((s) => s.page === page);
  return (
    <>
      <PageHeading title={t('modules.archive.review.title', { title: d.title })}>
        {t('modules.archive.review.title', { title: d.title })}
      </PageHeading>
      <p>
        <span className="weight-semibold">{d.caseNumber}</span> – {d.caseTitle} · {d.address}
        <br />
        <span className="rt-archive-meta">
          {t(`modules.archive.staff.states.${d.state}`)}
          {d.reason ? ` · ${reasonText(d)}` : ''}
        </span>
      </p>
      <p className="rt-archive-meta rt-archive-keys">{t('modules.archive.review.keys')}</p>
      {redacting ? <Spinner label={t('modules.archive.review.redacting')} /> : null}
      {done ? (
        <Alert variant={d.state === 'failed' ? 'error' : 'success'}>
          {done}
          {d.state === 'published' && portal ? (
            <>
              {' '}
              <Link to={portal}>{t('modules.archive.review.onPortal')}</Link>
            </>
          ) : null}
        </Alert>
      ) : null}
      {decide.isError ? <Alert variant="error">{message(decide.error)}</Alert> : null}
      {d.reports.length ? (
        <Alert variant="warning" heading={t('modules.archive.review.reports')}>
          <ul>
            {d.reports.map((r) => (
              <li key={r.createdAt}>
                {t(`modules.archive.portal.reasons.${r.reason}`, { defaultValue: r.reason })}
                {r.message ? `: ${r.message}` : ''}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <div className="rt-archive-viewer">
        <div>
          {size ? (
            <PageCanvas
              src={`/api/archive/documents/${id}/pages/${page}?copy=published&v=${d.copyVersion ?? ''}`}
              width={size.width}
              height={size.height}
              boxes={onPage.flatMap((s) =>
                s.boxes.map((b, i) => ({
                  key: `${s.id}-${i}`,
                  id: s.id,
                  rect: b,
                  kept: kept.has(s.id),
                  name: t('modules.archive.review.box', { label: labelOf(s.label) }),
                })),
              )}
              manual={[...d.manualBoxes, ...added].filter((b) => b.page === page)}
              onToggle={(sid) =>
                setKept((prev) => {
                  const n = new Set(prev);
                  if (n.has(sid)) n.delete(sid);
                  else n.add(sid);
                  return n;
                })
              }
              onAdd={(r) =>
                setAdded((prev) => [
                  ...prev,
                  { page, x0: r[0], y0: r[1], x1: r[2], y1: r[3], legalBasis: BASIS },
                ])
              }
              alt={t('modules.archive.review.page', { page, pages })}
            />
          ) : (
            <Alert variant="info">{t('modules.archive.review.noCopy')}</Alert>
          )}
          <p className="rt-archive-meta">{t('modules.archive.review.drawHint')}</p>
          <nav
            className="rt-archive-doc-actions"
            aria-label={t('modules.archive.review.page', { page, pages })}
          >
            <button
              type="button"
              className="button button-secondary"
              disabled={page <= 1}
              onClick={() => setPage(page - 1)}
            >
              {t('modules.archive.review.previous')}
            </button>
            <span>{t('modules.archive.review.page', { page, pages })}</span>
            <button
              type="button"
              className="button button-secondary"
              disabled={page >= pages}
              onClick={() => setPage(page + 1)}
            >
              {t('modules.archive.review.next')}
            </button>
          </nav>
        </div>
        <div>
          <h2 className="h4">{t('modules.archive.review.proposed')}</h2>
          <p className="rt-archive-meta">{t('modules.archive.review.proposedHint')}</p>
          {d.suggestions.length === 0 ? <p>{t('modules.archive.review.noneProposed')}</p> : null}
          <ul className="nobullet-list rt-archive-suggestions">
            {d.suggestions.map((s) => (
              <li key={s.id} className="form-group-checkbox">
                <input
                  id={`suggestion-${s.id}`}
                  type="checkbox"
                  className="form-checkbox"
                  checked={!kept.has(s.id)}
                  onChange={() =>
                    setKept((prev) => {
                      const n = new Set(prev);
                      if (n.has(s.id)) n.delete(s.id);
                      else n.add(s.id);
                      return n;
                    })
                  }
                />
                <label htmlFor={`suggestion-${s.id}`}>
                  {t('modules.archive.review.suggestion', {
                    label: labelOf(s.label),
                    confidence: Math.round(s.confidence * 100),
                    page: s.page,
                  })}
                </label>
              </li>
            ))}
          </ul>
          {d.manualBoxes.length || added.length ? (
            <>
              <h3 className="h5">{t('modules.archive.review.manual')}</h3>
              <ul className="nobullet-list rt-archive-manual">
                {d.manualBoxes.map((b, i) => (
                  <li key={`saved-${i}`}>{t('modules.archive.review.manualSaved', { page: b.page })}</li>
                ))}
                {added.map((b, i) => (
                  <li key={`added-${i}`}>
                    {t('modules.archive.review.manualNew', { page: b.page })}{' '}
                    <button
                      type="button"
                      className="button button-unstyled function-link"
                      onClick={() => setAdded((prev) => prev.filter((_, j) => j !== i))}
                    >
                      {t('modules.archive.review.remove')}
                      <span className="sr-only">
                        {' '}
                        {t('modules.archive.review.manualNew', { page: b.page })}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <TextField
            id="review-reason"
            label={t('modules.archive.review.reasonLabel')}
            optional
            value={reason}
            error={reasonError || undefined}
            onChange={(e) => setReason(e.target.value)}
          />
          <div className="rt-archive-doc-actions rt-archive-decision">
            <button
              type="button"
              className="button button-primary"
              disabled={decide.isPending || redacting}
              onClick={() => act('approve')}
            >
              {changed ? t('modules.archive.review.saveBoxes') : t('modules.archive.review.approve')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={decide.isPending}
              onClick={() => act('withhold')}
            >
              {t('modules.archive.review.withhold')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={decide.isPending}
              onClick={() => act('lock')}
            >
              {t('modules.archive.review.lock')}
            </button>
            <button
              type="button"
              className="button button-tertiary"
              disabled={approveCase.isPending}
              onClick={() => approveCase.mutate()}
            >
              {t('modules.archive.review.approveCase')}
            </button>
          </div>
          <p>
            <Link to={`${STAFF_PATH}?state=review`}>{t('modules.archive.review.backToQueue')}</Link>
          </p>
        </div>
      </div>
    </>
  );
}

function PageCanvas(props: {
  src: string;
  width: number;
  height: number;
  alt: string;
  boxes: { key: string; id: string; rect: [number, number, number, number]; kept: boolean; name: string }[];
  manual: TBox[];
  onToggle: (id: string) => void;
  onAdd: (rect: [number, number, number, number]) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<[number, number, number, number] | null>(null);
  const toPage = (e: PointerEvent) => {
    const r = ref.current!.getBoundingClientRect();
    return [
      ((e.clientX - r.left) / r.width) * props.width,
      ((e.clientY - r.top) / r.height) * props.height,
    ] as const;
  };
  const pct = (x0: number, y0: number, x1: number, y1: number) => ({
    left: `${(Math.min(x0, x1) / props.width) * 100}%`,
    top: `${(Math.min(y0, y1) / props.height) * 100}%`,
    width: `${(Math.abs(x1 - x0) / props.width) * 100}%`,
    height: `${(Math.abs(y1 - y0) / props.height) * 100}%`,
  });
  return (
    <div
      ref={ref}
      className="rt-archive-page"
      // Drawing is not a click into the page: focus stays where it is (no focus ring around the main area).
      onMouseDown={(e) => e.preventDefault()}
      onPointerDown={(e) => {
        if ((e.target as HTMLElement).classList.contains('rt-archive-box')) return;
        const [x, y] = toPage(e);
        setDrag([x, y, x, y]);
        (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        if (!drag) return;
        const [x, y] = toPage(e);
        setDrag([drag[0], drag[1], x, y]);
      }}
      onPointerUp={() => {
        if (drag && Math.abs(drag[2] - drag[0]) > 4 && Math.abs(drag[3] - drag[1]) > 4)
          props.onAdd([
            Math.min(drag[0], drag[2]),
            Math.min(drag[1], drag[3]),
            Math.max(drag[0], drag[2]),
            Math.max(drag[1], drag[3]),
          ]);
        setDrag(null);
      }}
    >
      <img src={props.src} alt={props.alt} draggable={false} />
      {props.boxes.map((b) => (
        <button
          key={b.key}
          type="button"
          aria-pressed={!b.kept}
          aria-label={b.name}
          className={`rt-archive-box${b.kept ? ' is-kept' : ''}`}
          style={pct(...b.rect)}
          onClick={() => props.onToggle(b.id)}
        />
      ))}
      {props.manual.map((m, i) => (
        <span key={i} className="rt-archive-box is-manual" style={pct(m.x0, m.y0, m.x1, m.y1)} />
      ))}
      {drag ? <span className="rt-archive-box is-manual" style={pct(...drag)} /> : null}
    </div>
  );
}
