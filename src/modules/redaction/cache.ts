// Pages already read, kept for the next call on the same bytes: analyseDocument (the review UI's suggestions)
// is usually followed by redactDocument of the same file, and reading the pages again (the text layer, and
// above all OCR of scanned pages) would double the work. Keyed by the SHA-256 of the input; suggestions are
// kept per detection context and only for the default detector. Bounded by an estimate of the memory held;
// the least recently used documents go first. Verification never uses the cache: it reads the output.
import { createHash } from 'node:crypto';
import type { TPageState } from './analyse.js';
import type { TSuggestion } from './types.js';

interface TEntry {
  pages: TPageState[];
  suggestions: Map<string, TSuggestion[]>;
  bytes: number;
}

/** Default budget: RODTRAD_REDACTION_CACHE_MB (default 64; 0 turns the cache off). */
function budgetBytes(env: Record<string, string | undefined> = process.env): number {
  const raw = env.RODTRAD_REDACTION_CACHE_MB;
  const mb = raw === undefined || raw === '' ? 64 : Number(raw);
  if (!Number.isFinite(mb) || mb < 0)
    throw new Error(`RODTRAD_REDACTION_CACHE_MB must be a number >= 0 (got "${raw}")`);
  return mb * 1024 * 1024;
}

function estimate(pages: TPageState[], suggestions: TSuggestion[]): number {
  let n = 0;
  for (const p of pages) {
    n += 200;
    for (const t of p.texts) n += t.text.length * 2;
    n += p.ocrWords.length * 120;
  }
  for (const s of suggestions) n += 200 + s.text.length * 2 + s.boxes.length * 40;
  return n;
}

/**
 * The cache's context key for a call: the detection context (default detector), `null` when no detection is
 * wanted (the pages suffice), `undefined` when the call cannot use the cache (a custom detector).
 */
export function cacheContext(opts: {
  detect?: boolean;
  detector?: unknown;
  context?: object;
}): string | null | undefined {
  if (opts.detect === false) return null;
  return opts.detector ? undefined : JSON.stringify(opts.context ?? {});
}

/** What a pool worker sends back and is given: one document's cached pages and suggestions. */
export interface TCacheSeed {
  key: string;
  context: string | null;
  pages: TPageState[];
  suggestions: TSuggestion[];
}

export function contentKey(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function createPageCache(budget = budgetBytes()) {
  const entries = new Map<string, TEntry>();
  let used = 0;
  const stats = { hits: 0, misses: 0 };

  const touch = (key: string): TEntry | undefined => {
    const e = entries.get(key);
    if (e) {
      entries.delete(key);
      entries.set(key, e);
    }
    return e;
  };

  return {
    stats,
    /** The pages and, when `context` is given, the suggestions for it; null when not cached. */
    get(key: string, context: string | null): { pages: TPageState[]; suggestions: TSuggestion[] } | null {
      const e = touch(key);
      const suggestions = context === null ? [] : e?.suggestions.get(context);
      if (!e || !suggestions) {
        stats.misses += 1;
        return null;
      }
      stats.hits += 1;
      return { pages: e.pages, suggestions };
    },
    /** Like get, without counting or reordering (a pool worker reporting what it read). */
    peek(key: string, context: string | null): { pages: TPageState[]; suggestions: TSuggestion[] } | null {
      const e = entries.get(key);
      const suggestions = context === null ? [] : e?.suggestions.get(context);
      return e && suggestions ? { pages: e.pages, suggestions } : null;
    },
    set(key: string, pages: TPageState[], context: string | null, suggestions: TSuggestion[]): void {
      if (budget <= 0) return;
      const e = touch(key) ?? { pages, suggestions: new Map(), bytes: estimate(pages, []) };
      if (!entries.has(key)) {
        entries.set(key, e);
        used += e.bytes;
      }
      if (context !== null && !e.suggestions.has(context)) {
        e.suggestions.set(context, suggestions);
        const more = estimate([], suggestions);
        e.bytes += more;
        used += more;
      }
      for (const [k, old] of entries) {
        if (used <= budget || k === key) break;
        entries.delete(k);
        used -= old.bytes;
      }
      if (used > budget) {
        entries.delete(key);
        used -= e.bytes;
      }
    },
    clear(): void {
      entries.clear();
      used = 0;
    },
  };
}

export type TPageCache = ReturnType<typeof createPageCache>;

/** The process's cache (each redaction worker thread has its own). */
export const pageCache: TPageCache = createPageCache();
