import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a phone. The scrolling box can take the keyboard focus (arrow keys
 * scroll it) and is named for screen readers, as WCAG asks of scrollable regions without focusable content.
 * It is the containing block of what is positioned inside it (a cell's .sr-only text), which would otherwise
 * widen the whole page on a phone.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table--responsive-scroll rt-fm-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
