import { describe, expect, it } from 'vitest';
import { BusyError, createFairQueue } from './fair-queue.js';

function gate() {
  let open!: () => void;
  const promise = new Promise<void>((r) => (open = r));
  return { promise, open };
}

describe('fair queue', () => {
  it('refuses a tenant past its limit at once, with a Retry-After, while others still get in', async () => {
    const q = createFairQueue({ concurrency: 1, perTenant: 2, total: 100 });
    const g = gate();
    const a1 = q.run('a', () => g.promise);
    const a2 = q.run('a', async () => 'a2');
    const refused = q.run('a', async () => 'a3');
    await expect(refused).rejects.toBeInstanceOf(BusyError);
    await expect(refused).rejects.toMatchObject({ status: 503, code: 'service.busy' });
    const err = (await refused.catch((e: unknown) => e)) as BusyError;
    expect(err.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    const b = q.run('b', async () => 'b');
    expect(q.stats()).toMatchObject({ running: 1, waiting: 2, refused: 1 });
    g.open();
    await a1;
    expect(await a2).toBe('a2');
    expect(await b).toBe('b');
    expect(q.stats()).toMatchObject({ running: 0, waiting: 0, tenants: 0 });
  });

  it('refuses when the whole queue is full', async () => {
    const q = createFairQueue({ concurrency: 1, perTenant: 100, total: 2 });
    const g = gate();
    const running = q.run('a', () => g.promise);
    const w1 = q.run('b', async () => 1);
    const w2 = q.run('c', async () => 2);
    await expect(q.run('d', async () => 3)).rejects.toBeInstanceOf(BusyError);
    g.open();
    await Promise.all([running, w1, w2]);
  });

  it('serves tenants round-robin: one tenant with many tasks does not starve another', async () => {
    const q = createFairQueue({ concurrency: 1, perTenant: 50, total: 100 });
    const order: string[] = [];
    const g = gate();
    const first = q.run('busy', () => g.promise);
    const tasks = [
      ...Array.from({ length: 10 }, (_, i) => q.run('busy', async () => void order.push(`busy${i}`))),
      q.run('quiet', async () => void order.push('quiet')),
    ];
    g.open();
    await Promise.all([first, ...tasks]);
    // The quiet tenant's only task runs second, not after all ten of the busy tenant's.
    expect(order.indexOf('quiet')).toBe(1);
  });

  it('frees the slot when a task throws (synchronously or not)', async () => {
    const q = createFairQueue({ concurrency: 1, perTenant: 1, total: 10 });
    await expect(
      q.run('a', () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(q.run('a', async () => Promise.reject(new Error('late')))).rejects.toThrow('late');
    expect(await q.run('a', async () => 'ok')).toBe('ok');
  });
});
