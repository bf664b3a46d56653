// The BBR code lists kept in the database (shared by all municipalities; administrators add codes).
import { writeAudit } from '../../../platform/audit/log.js';
import { withSystem, withTenant, type Db } from '../../../platform/db/database.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import { AppError } from '../../../platform/http/errors.js';
import type { z } from 'zod';
import type { TBbrCode, ZNewBbrCode } from '../contract.js';

export type CodeRow = {
  list: string;
  code: string;
  label: string;
  asbestos: boolean;
  phased_out: boolean;
  source: string;
};

export async function listBbrCodes(db: Db, actor: Actor): Promise<TBbrCode[]> {
  requirePermission(actor, 'facilities.read');
  return withTenant(db, actor.tenantId, async (tx) =>
    (await tx.sql.query<CodeRow>('SELECT * FROM fm_bbr_codes ORDER BY list, length(code), code')).rows.map(
      (r) => ({
        list: r.list as TBbrCode['list'],
        code: r.code,
        label: r.label,
        asbestos: r.asbestos,
        phasedOut: r.phased_out,
        source: r.source,
      }),
    ),
  );
}

/** National code lists are shared by all tenants: only administrators add codes (e.g. BBR's newer 122, 451). */
export async function addBbrCode(db: Db, actor: Actor, input: z.infer<typeof ZNewBbrCode>): Promise<void> {
  requirePermission(actor, 'facilities.codes');
  await withSystem(db, async (tx) => {
    const res = await tx.sql.query(
      'INSERT INTO fm_bbr_codes (list, code, label, asbestos, source) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING code',
      [input.list, input.code, input.label, input.asbestos, `added by ${actor.label}`],
    );
    if (res.rows.length === 0) throw new AppError('conflict', `code ${input.list}/${input.code} exists`);
  });
  await withTenant(db, actor.tenantId, (tx) =>
    writeAudit(tx, actor, {
      action: 'facilities.bbr_code.add',
      objectType: 'fm_bbr_code',
      objectId: `${input.list}/${input.code}`,
      details: input,
    }),
  );
}
