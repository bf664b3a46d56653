import { formatPercent } from '../format.js';

/** A labelled progress bar (native <progress> styled in styles/admin-tools.css). */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const clamped = Math.max(0, Math.min(100, value));
  return (
    <div className="rt-progress">
      <progress max={100} value={clamped} aria-label={label} />
      <span className="rt-progress-value">{formatPercent(clamped)}</span>
    </div>
  );
}
