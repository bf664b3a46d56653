// The review viewer's keyboard: j/k through the suggestions, a/r to accept or reject, n to add a box, arrows
// to move it (Shift: 1 point and resize), Delete to remove it, +/- to zoom. Keys typed into a field are left
// alone, and so are shortcuts with Ctrl, Cmd or Alt.
import { useEffect, useState } from 'react';
import type { Box } from './PageView.js';

export type ReviewKeyActions = {
  next(): void;
  previous(): void;
  verdict(verdict: 'accepted' | 'rejected'): void;
  addBox(): void;
  /** Only while a manual box is selected. */
  moveBox?: (dx: number, dy: number, grow: boolean) => void;
  removeBox?: () => void;
  zoom(direction: 1 | -1): void;
};

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export function useReviewKeys(actions: ReviewKeyActions): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.ctrlKey || e.metaKey || e.altKey || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
        return;
      const arrow = ARROWS[e.key];
      if (e.key === 'j') actions.next();
      else if (e.key === 'k') actions.previous();
      else if (e.key === 'a') actions.verdict('accepted');
      else if (e.key === 'r') actions.verdict('rejected');
      else if (e.key === 'n') actions.addBox();
      else if (arrow && actions.moveBox) {
        const step = e.shiftKey ? 1 : 5;
        actions.moveBox(arrow[0] * step, arrow[1] * step, e.shiftKey);
      } else if ((e.key === 'Delete' || e.key === 'Backspace') && actions.removeBox) actions.removeBox();
      else if (e.key === '+') actions.zoom(1);
      else if (e.key === '-') actions.zoom(-1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
}

/** A box moved by (dx, dy), or with its lower right corner moved (resized, never below 4 points). */
export function shiftBox(box: Box, dx: number, dy: number, grow: boolean): Box {
  return grow
    ? [box[0], box[1], Math.max(box[0] + 4, box[2] + dx), Math.max(box[1] + 4, box[3] + dy)]
    : [box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy];
}

/** The page whose top is nearest above the middle of the viewport is the current page. */
export function useCurrentPageOnScroll(): [number, (page: number) => void] {
  const [currentPage, setCurrentPage] = useState(1);
  useEffect(() => {
    const onScroll = () => {
      const figures = document.querySelectorAll<HTMLElement>('.rt-review-page');
      let best = currentPage;
      for (const f of figures) {
        if (f.getBoundingClientRect().top <= window.innerHeight / 2) best = Number(f.dataset.page);
        else break;
      }
      if (best !== currentPage) setCurrentPage(best);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, [currentPage]);
  return [currentPage, setCurrentPage];
}
