// One document page as a server-rendered PNG with the redaction boxes laid over it. Boxes are in PDF points
// (top-left origin) and placed in percent of the page, so they follow the image at any width. Dragging on
// the page draws a new box.
import { useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';

export type Box = [number, number, number, number];
export type OverlayBox = {
  key: string;
  box: Box;
  label: string;
  state: 'open' | 'accepted' | 'rejected' | 'manual';
  selected: boolean;
};

export function PageView({
  documentId,
  page,
  width,
  height,
  boxes,
  onSelect,
  onDraw,
}: {
  documentId: string;
  page: number;
  width: number;
  height: number;
  boxes: OverlayBox[];
  onSelect: (key: string) => void;
  onDraw: (box: Box) => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [start, setStart] = useState<[number, number] | null>(null);
  const [current, setCurrent] = useState<Box | null>(null);
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
  return (
    <figure className="rt-review-page">
      <div
        ref={ref}
        className="rt-review-canvas"
        style={{ aspectRatio: `${width} / ${height}` }}
        onPointerDown={(e) => {
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
          if (current && current[2] - current[0] > 3 && current[3] - current[1] > 3) onDraw(current);
          setStart(null);
          setCurrent(null);
        }}
      >
        <img
          src={`/api/records/documents/${documentId}/pages/${page}/image?dpi=110`}
          alt={t('modules.records.review.pageAlt', { page })}
          draggable={false}
        />
        {boxes.map((b) => (
          <button
            key={b.key}
            type="button"
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
