// Anchoring the audit chain outside the database (issue 19): truncation by a superuser who disables the
// triggers, deletes the newest rows and moves audit_heads back is invisible to plain verify, and caught by
// verify with a head stored earlier. audit_heads itself only moves forwards.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { anchorsIn, chainHeads, formatAnchor, parseAnchor } from '../../src/platform/audit/anchor.js';
import { writeAudit } from '../../src/platform/audit/log.js';
import { verifyAudit } from '../../src/platform/audit/verify.js';
import { loadConfig } from '../../src/platform/config.js';
import { withTenant, type Db } from '../../src/platform/db/database.js';
import { systemActor } from '../../src/platform/http/context.js';
import { createTenant } from '../../src/platform/tenancy/service.js';
import { createTestDb, createTestTenant, testDatabaseUrl, type TestDb } from '../fixtures/index.js';

let tdb: TestDb;
beforeAll(async () => {
  tdb = await createTestDb();
});
afterAll(() => tdb.close());

async function log(db: Db, tenantId: string, n: number): Promise<void> {
  await withTenant(db, tenantId, async (tx) => {
    for (let i = 0; i < n; i++)
      await writeAudit(tx, systemActor(tenantId, 'system:test'), {
        action: 'test.write',
        objectType: 'thing',
        objectId: String(i),
      });
  });
}

/** The attack from the issue, as a superuser/owner: triggers off, newest rows gone, head moved back. */
async function truncate(db: Db, tenantId: string, keep: number): Promise<void> {
  await db.sql.transaction(async (tx) => {
    await tx.exec('ALTER TABLE audit_log DISABLE TRIGGER USER');
    await tx.exec('ALTER TABLE audit_heads DISABLE TRIGGER USER');
    await tx.query('DELETE FROM audit_log WHERE tenant_id = $1 AND seq > $2', [tenantId, keep]);
    await tx.query(
      `UPDATE audit_heads h SET seq = l.seq, hash = l.hash FROM audit_log l
       WHERE h.tenant_id = $1 AND l.tenant_id = $1 AND l.seq = $2`,
      [tenantId, keep],
    );
    await tx.exec('ALTER TABLE audit_log ENABLE TRIGGER USER');
    await tx.exec('ALTER TABLE audit_heads ENABLE TRIGGER USER');
  });
}

describe('audit head anchoring', () => {
  it('detects truncation that plain verification cannot see', async () => {
    const tenant = await createTestTenant(tdb.db);
    await log(tdb.db, tenant.id, 6);
    const [head] = await chainHeads(tdb.db, tenant.id);
    expect(head).toMatchObject({ tenantId: tenant.id, seq: 7 });
    const token = formatAnchor(head!, null);
    await log(tdb.db, tenant.id, 2); // the chain grows after the head was stored: still fine
    expect(
      (await verifyAudit(tdb.db, { tenantId: tenant.id, expectHeads: [parseAnchor(token)] })).problems,
    ).toEqual([]);

    await truncate(tdb.db, tenant.id, 4);
    expect((await verifyAudit(tdb.db, { tenantId: tenant.id })).problems).toEqual([]); // the gap the issue found
    const { problems } = await verifyAudit(tdb.db, {
      tenantId: tenant.id,
      expectHeads: [parseAnchor(token)],
    });
    expect(problems).toEqual([
      expect.objectContaining({ seq: 7, problem: expect.stringContaining('truncation') }),
    ]);
  });

  it('detects a chain rewritten consistently from an earlier point', async () => {
    const tenant = await createTestTenant(tdb.db);
    await log(tdb.db, tenant.id, 3);
    const anchor = parseAnchor(formatAnchor((await chainHeads(tdb.db, tenant.id))[0]!, null));
    await truncate(tdb.db, tenant.id, 2);
    await log(tdb.db, tenant.id, 5); // new, different entries 3.. replace the removed ones
    const { problems } = await verifyAudit(tdb.db, { tenantId: tenant.id, expectHeads: [anchor] });
    expect(problems).toEqual([
      expect.objectContaining({ seq: 4, problem: expect.stringContaining('differs from the stored head') }),
    ]);
  });

  it('signed heads: an edited token fails, and the key is needed to check one', async () => {
    const key = 'Vq3h9Xy7LmN2pR5tW8zB1cD4fG6jK0sA';
    const tenant = await createTestTenant(tdb.db);
    await log(tdb.db, tenant.id, 2);
    const head = (await chainHeads(tdb.db, tenant.id))[0]!;
    const good = parseAnchor(formatAnchor(head, key));
    expect(good.mac).toMatch(/^[0-9a-f]{64}$/);
    expect(
      (await verifyAudit(tdb.db, { tenantId: tenant.id, expectHeads: [good], headKey: key })).problems,
    ).toEqual([]);
    // An attacker rewrites the stored token to an older head but cannot sign it.
    const older = { ...good, seq: 1, hash: good.hash.replace(/^./, (c) => (c === '0' ? '1' : '0')) };
    const edited = await verifyAudit(tdb.db, { tenantId: tenant.id, expectHeads: [older], headKey: key });
    expect(edited.problems.map((p) => p.problem).join()).toMatch(/signature is wrong/);
    const noKey = await verifyAudit(tdb.db, { tenantId: tenant.id, expectHeads: [good] });
    expect(noKey.problems.map((p) => p.problem).join()).toMatch(/RODTRAD_AUDIT_HEAD_KEY/);
  });

  it('rejects malformed tokens', () => {
    expect(() => parseAnchor('rodtrad-audit-head:v1:nope')).toThrow(/not an audit head token/);
    expect(anchorsIn('noise\nmore noise')).toEqual([]);
  });
});

describe('audit_heads is protected like the log', () => {
  it('cannot move back, be rewritten in place, deleted or truncated, even by the owner', async () => {
    const tenant = await createTestTenant(tdb.db);
    await log(tdb.db, tenant.id, 3);
    await expect(
      tdb.db.sql.query('UPDATE audit_heads SET seq = seq - 1 WHERE tenant_id = $1', [tenant.id]),
    ).rejects.toThrow(/only moves forwards/);
    await expect(
      tdb.db.sql.query("UPDATE audit_heads SET hash = repeat('0', 64) WHERE tenant_id = $1", [tenant.id]),
    ).rejects.toThrow(/only moves forwards/);
    await expect(
      tdb.db.sql.query('DELETE FROM audit_heads WHERE tenant_id = $1', [tenant.id]),
    ).rejects.toThrow(/cannot be removed/);
    await expect(tdb.db.sql.exec('TRUNCATE audit_heads CASCADE')).rejects.toThrow(/cannot be removed/);
    // Appending still moves it forwards.
    await log(tdb.db, tenant.id, 1);
    expect((await chainHeads(tdb.db, tenant.id))[0]!.seq).toBe(5);
    expect((await verifyAudit(tdb.db, { tenantId: tenant.id })).problems).toEqual([]);
  });
});

describe('rodtrad audit head / verify --expect-head', () => {
  it('prints tokens that a later verify uses to detect truncation (exit 3)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rodtrad-anchor-'));
    const saved = { dataDir: process.env.RODTRAD_DATA_DIR, url: process.env.DATABASE_URL };
    process.env.RODTRAD_DATA_DIR = dir;
    if (testDatabaseUrl()) process.env.DATABASE_URL = tdb.url;
    const out = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const { openConfiguredDb } = await import('../../src/cli/db.js');
      const { migrate } = await import('../../src/platform/db/migrate.js');
      const audit = await import('../../src/cli/audit.js');
      const slug = `anchor-${Date.now().toString(36)}`;
      let db = await openConfiguredDb(loadConfig());
      await migrate(db);
      const tenant = await createTenant(db, { slug, name: 'Ankerkommune' });
      await log(db, tenant.id, 4);
      await db.close();

      expect(await audit.run(['head', '--tenant', slug])).toBe(0);
      const line = out.mock.calls.map((c) => c.join(' ')).find((l) => l.includes(slug))!;
      expect(line).toMatch(new RegExp(`^rodtrad-audit-head:v1:${tenant.id}:5:[0-9a-f]{64} ${slug} `));
      const token = line.split(' ')[0]!;

      db = await openConfiguredDb(loadConfig());
      await truncate(db, tenant.id, 3);
      await db.close();
      out.mockClear();
      expect(await audit.run(['verify', '--tenant', slug])).toBe(0);
      expect(await audit.run(['verify', '--tenant', slug, '--expect-head', token])).toBe(3);
      expect(out.mock.calls.map((c) => c.join(' ')).join('\n')).toMatch(/NOT intact[\s\S]*truncation/);
    } finally {
      out.mockRestore();
      if (saved.dataDir === undefined) delete process.env.RODTRAD_DATA_DIR;
      else process.env.RODTRAD_DATA_DIR = saved.dataDir;
      if (saved.url === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved.url;
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
