// Waiting until documents reached a final state, and counting them per state (the CLI's --wait report).
import { withTenant, type Db } from '../../../platform/db/database.js';

export type TStateCounts = {
  published: number;
  review: number;
  withheld: number;
  locked: number;
  failed: number;
};

export async function stateCounts(
  db: Db,
  tenantId: string,
  ids: string[],
): Promise<TStateCounts & { pending: number }> {
  const rows = await withTenant(db, tenantId, (tx) =>
    tx.sql.query<{ state: string; n: number }>(
      `SELECT state, count(*)::int AS n FROM archive_documents WHERE id = ANY($1::uuid[]) GROUP BY state`,
      [ids],
    ),
  );
  const counts = { published: 0, review: 0, withheld: 0, locked: 0, failed: 0, pending: 0 };
  for (const r of rows.rows) counts[r.state as keyof typeof counts] = r.n;
  return counts;
}

export async function waitUntilFinal(
  db: Db,
  tenantId: string,
  ids: string[],
  onTick?: (pending: number) => void,
) {
  for (;;) {
    const c = await stateCounts(db, tenantId, ids);
    onTick?.(c.pending);
    if (c.pending === 0) return c;
    await new Promise((r) => setTimeout(r, 500));
  }
}
