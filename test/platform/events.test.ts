import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../src/platform/db/database.js';
import {
  ackEvents,
  appendEvent,
  consumerPosition,
  processEvents,
  readEvents,
  subscribe,
  type DomainEvent,
} from '../../src/platform/events/events.js';
import { systemActor } from '../../src/platform/http/context.js';
import { createTestDb, createTestTenant, type TestDb } from '../fixtures/index.js';

let tdb: TestDb;
beforeAll(async () => {
  tdb = await createTestDb();
});
afterAll(() => tdb.close());

async function emit(tenantId: string, type: string, n = 1): Promise<void> {
  await withTenant(tdb.db, tenantId, async (tx) => {
    for (let i = 0; i < n; i++)
      await appendEvent(tx, systemActor(tenantId), {
        type,
        objectType: 'thing',
        objectId: String(i),
        payload: { i },
      });
  });
}

describe('domain events', () => {
  it('are only visible when the transaction commits', async () => {
    const tenant = await createTestTenant(tdb.db);
    await expect(
      withTenant(tdb.db, tenant.id, async (tx) => {
        await appendEvent(tx, systemActor(tenant.id), { type: 'test.rolled_back' });
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(await readEvents(tdb.db, 'c-rollback', { types: ['test.rolled_back'] })).toEqual([]);
  });

  it('are delivered in order, and a consumer resumes from its stored position', async () => {
    const tenant = await createTestTenant(tdb.db);
    await emit(tenant.id, 'test.ordered', 5);
    const seen: number[] = [];
    await processEvents(tdb.db, 'c-order', async (e) => void seen.push(e.payload.i as number), {
      types: ['test.ordered'],
      limit: 3,
    });
    expect(seen).toEqual([0, 1, 2]);
    await processEvents(tdb.db, 'c-order', async (e) => void seen.push(e.payload.i as number), {
      types: ['test.ordered'],
    });
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(await processEvents(tdb.db, 'c-order', async () => undefined, { types: ['test.ordered'] })).toBe(
      0,
    );
  });

  it('redeliver an event whose handler failed (at least once)', async () => {
    const tenant = await createTestTenant(tdb.db);
    await emit(tenant.id, 'test.retry', 3);
    const seen: number[] = [];
    let fail = true;
    const handler = async (e: DomainEvent) => {
      if (e.payload.i === 1 && fail) {
        fail = false;
        throw new Error('temporary');
      }
      seen.push(e.payload.i as number);
    };
    await expect(processEvents(tdb.db, 'c-retry', handler, { types: ['test.retry'] })).rejects.toThrow(
      'temporary',
    );
    await processEvents(tdb.db, 'c-retry', handler, { types: ['test.retry'] });
    expect(seen).toEqual([0, 1, 2]);
  });

  it('consumers are independent and positions never move back', async () => {
    const tenant = await createTestTenant(tdb.db);
    await emit(tenant.id, 'test.independent', 2);
    const a = await readEvents(tdb.db, 'c-a', { types: ['test.independent'] });
    await ackEvents(tdb.db, 'c-a', a[1]!.id);
    await ackEvents(tdb.db, 'c-a', a[0]!.id);
    expect(await consumerPosition(tdb.db, 'c-a')).toBe(a[1]!.id);
    expect((await readEvents(tdb.db, 'c-b', { types: ['test.independent'] })).length).toBe(2);
  });

  it('subscribe polls until stopped', async () => {
    const tenant = await createTestTenant(tdb.db);
    const got: string[] = [];
    const sub = subscribe(tdb.db, 'c-sub', async (e) => void got.push(e.tenantId), {
      types: ['test.sub'],
      intervalMs: 20,
    });
    await emit(tenant.id, 'test.sub', 2);
    for (let i = 0; i < 200 && got.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    await sub.stop();
    expect(got).toEqual([tenant.id, tenant.id]);
  });

  it('concurrent writers produce ids in commit order', async () => {
    const tenant = await createTestTenant(tdb.db);
    await Promise.all(Array.from({ length: 6 }, () => emit(tenant.id, 'test.concurrent', 3)));
    const events = await readEvents(tdb.db, 'c-concurrent', { types: ['test.concurrent'], limit: 100 });
    expect(events.length).toBe(18);
    expect(events.map((e) => e.id)).toEqual([...events.map((e) => e.id)].sort((x, y) => x - y));
  });
});
