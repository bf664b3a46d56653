// One document page in the review viewer: a placeholder of the page's shape until it scrolls near the
// viewport (so a 300-page bundle opens with a handful of images and suggestion requests, not 300), then the
// server-rendered PNG with the redaction boxes over it. Boxes are in PDF points (top-left origin), placed in
// percent of the page so they follow the image at any zoom. Dragging draws a new box; in text mode the page's
// words lie over the image as transparent text the browser can select.
import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api/client.js';
import type { TSuggestionPage } from '../contract.js';

export type Box = [number, number, number, number];
export type OverlayBox = {
  key: string;
  box: Box;
  label: string;
  state: 'open' | 'accepted' | 'rejected' | 'manual';
  selected: boolean;
};

/** The suggestions of one page of a document (shared by the page and the side list through the query cache). */
export function usePageSuggestions(documentId: string, page: number, enabled = true) {
  return useQuery({
    queryKey: ['records', 'suggestions', documentId, page],
    queryFn: () =>
      api<TSuggestionPage>(
        `/api/records/documents/${documentId}/suggestions?documentPage=${page}&perPage=500`,
      ),
    enabled,
    staleTime: 60_000,
  });
}

/** True while the element is within `margin` of the viewport. */
function useNearViewport(margin = '1200px') {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), {
      rootMargin: margin,
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [margin]);
  return { ref, near };
}

type Word = { text: string; box: Box };

export function PageView({
  documentId,
  page,
  width,
  height,
  dpi,
  textMode,
  boxesFor,
  onSelect,
  onDraw,
  onSelectText,
}: {
  documentId: string;
  page: number;
  width: number;
  height: number;
  dpi: number;
  textMode: boolean;
  /** The overlay boxes of this page, given the page's loaded suggestions. */
  boxesFor: (suggestions: TSuggestionPage['data']) => OverlayBox[];
  onSelect: (key: string) => void;
  onDraw: (box: Box) => void;
  onSelectText: (boxes: Box[], text: string) => void;
}) {
  const { t } = useTranslation();
  const { ref: outer, near } = useNearViewport();
  const ref = useRef<HTMLDivElement>(null);
  const [start, setStart] = useState<[number, number] | null>(null);
  const [current, setCurrent] = useState<Box | null>(null);
  const suggestions = usePageSuggestions(documentId, page, near);
  const words = useQuery({
    queryKey: ['records', 'words', documentId, page],
    queryFn: () => api<{ words: Word[] }>(`/api/records/documents/${documentId}/pages/${page}/words`),
    enabled: near && textMode,
    staleTime: 300_000,
  });
  const toPoints = (e: PointerEvent): [number, number] => {
    const r = ref.current!.getBoundingClientRect();
    return [((e.clientX - r.left) / r.width) * width, ((e.clientY - r.top) / r.height) * height];
  };
  const pct = (b: Box) => ({
    left: `${(b[0] / width) * 100}%`,
    top: `${(b[1] / height) * 100}%`,
    width: `${((b[2] - b[0]) / width) * 100}%`,
    height: `${((b[3] - b[1]) / height) * 100}%`,
  });
  const takeSelection = () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !ref.current) return;
    const spans = Array.from(ref.current.querySelectorAll<HTMLSpanElement>('.rt-review-word')).filter((s) =>
      selection.containsNode(s, true),
    );
    if (spans.length === 0) return;
    // One box per line: words that share a line are merged.
    const lines: Box[] = [];
    for (const s of spans) {
      const b = JSON.parse(s.dataset.box!) as Box;
      const line = lines.find((l) => Math.abs(l[1] - b[1]) < 3 && Math.abs(l[3] - b[3]) < 3);
      if (line) {
        line[0] = Math.min(line[0], b[0]);
        line[2] = Math.max(line[2], b[2]);
      } else lines.push([...b]);
    }
    onSelectText(lines, spans.map((s) => s.textContent).join(' '));
    selection.removeAllRanges();
  };
  const boxes = near && suggestions.data ? boxesFor(suggestions.data.data) : near ? boxesFor([]) : [];
  return (
    <figure className="rt-review-page" data-page={page} ref={outer}>
      <div
        ref={ref}
        className={`rt-review-canvas${textMode ? ' rt-review-canvas--text' : ''}`}
        style={{ aspectRatio: `${width} / ${height}` }}
        onPointerDown={(e) => {
          if (textMode) return;
          if (e.target !== e.currentTarget && !(e.target as HTMLElement).matches('img')) return;
          const p = toPoints(e);
          setStart(p);
          setCurrent([p[0], p[1], p[0], p[1]]);
        }}
        onPointerMove={(e) => {
          if (!start) return;
          const p = toPoints(e);
          setCurrent([
            Math.min(start[0], p[0]),
            Math.min(start[1], p[1]),
            Math.max(start[0], p[0]),
            Math.max(start[1], p[1]),
          ]);
        }}
        onPointerUp={() => {
          if (textMode) return takeSelection();
          if (current && current[2] - current[0] > 3 && current[3] - current[1] > 3) onDraw(current);
          setStart(null);
          setCurrent(null);
        }}
      >
        {near ? (
          <img
            src={`/api/records/documents/${documentId}/pages/${page}/image?dpi=${dpi}`}
            alt={t('modules.records.review.pageAlt', { page })}
            // The page's shape before the image arrives: no layout shift, and a box to point at.
            width={Math.round(width)}
            height={Math.round(height)}
            draggable={false}
          />
        ) : null}
        {textMode
          ? (words.data?.words ?? []).map((w, i) => (
              <span
                key={i}
                className="rt-review-word"
                data-box={JSON.stringify(w.box)}
                style={{ ...pct(w.box), fontSize: `${((w.box[3] - w.box[1]) / height) * 100}cqh` }}
              >
                {w.text}{' '}
              </span>
            ))
          : null}
        {boxes.map((b) => (
          <button
            key={b.key}
            type="button"
            data-box-key={b.key}
            className={`rt-review-box rt-review-box--${b.state}${b.selected ? ' rt-review-box--selected' : ''}`}
            style={pct(b.box)}
            aria-label={`${b.label} (${t(`modules.records.review.states.${b.state}`)})`}
            aria-pressed={b.selected}
            onClick={() => onSelect(b.key)}
          />
        ))}
        {current ? <div className="rt-review-box rt-review-box--drawing" style={pct(current)} /> : null}
      </div>
      <figcaption>{t('modules.records.review.page', { page })}</figcaption>
    </figure>
  );
}
