// A short-lived in-process cache of validated sessions, so an authenticated request does not need the session
// query (sessions + users + tenants + roles) every time. Trade-offs and bounds: docs/decisions/0009.
// - Entries live at most `ttlMs` (RODTRAD_SESSION_CACHE_SECONDS); after that the database is asked again.
// - Logout, deactivation, password reset and role or profile changes made through this process forget the
//   affected entries at once; changes made by another instance take effect after at most the TTL.
// - Idle and absolute timeouts are still checked on every request against the cached times; a cached entry
//   that looks expired is never trusted, the database decides.
// - `epoch` closes the race where a lookup reads a row, a concurrent logout deletes it and forgets, and the
//   lookup then caches the already revoked session: an entry is stored only if no forget happened meanwhile.
import type { Db } from '../db/database.js';
import type { AuthState } from '../http/context.js';

export type CachedSession = {
  auth: AuthState;
  /** Absolute timeout (ms since epoch). */
  expiresAt: number;
  /** last_seen_at as this process knows it (ms since epoch). */
  lastSeen: number;
  /** When the entry was read from the database. */
  cachedAt: number;
};

const MAX_ENTRIES = 10_000;

export class SessionCache {
  private readonly entries = new Map<string, CachedSession>();
  private forgets = 0;

  /** Changes whenever something is forgotten; compare before and after a database read. */
  get epoch(): number {
    return this.forgets;
  }

  get(idHash: string, now: number, ttlMs: number): CachedSession | undefined {
    const entry = this.entries.get(idHash);
    if (!entry) return undefined;
    if (now - entry.cachedAt >= ttlMs || now < entry.cachedAt) {
      this.entries.delete(idHash);
      return undefined;
    }
    return entry;
  }

  /** Stores an entry unless something was forgotten since `epoch` was read. */
  set(idHash: string, entry: CachedSession, epoch: number): void {
    if (epoch !== this.forgets) return;
    if (this.entries.size >= MAX_ENTRIES && !this.entries.has(idHash)) {
      // Map iteration order is insertion order: drop the oldest entry.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(idHash, entry);
  }

  forgetSession(idHash: string): void {
    this.forgets++;
    this.entries.delete(idHash);
  }

  forgetUser(userId: string): void {
    this.forgets++;
    for (const [key, entry] of this.entries) if (entry.auth.user.id === userId) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}

// One cache per database handle: tests run several apps on different databases in one process.
const caches = new WeakMap<Db, SessionCache>();

export function sessionCacheOf(db: Db): SessionCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new SessionCache();
    caches.set(db, cache);
  }
  return cache;
}

/** Call after changing a user's account, roles or profile so this process stops serving the cached view. */
export function forgetUserSessions(db: Db, userId: string): void {
  sessionCacheOf(db).forgetUser(userId);
}
