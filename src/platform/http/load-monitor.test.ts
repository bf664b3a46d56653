import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/fixtures/index.js';
import { assessLoad, lagThresholdMs, MOVE_TO_POSTGRES } from './load-monitor.js';

describe('load monitor', () => {
  it('calls load sustained when most of the last minute lagged, and advises PostgreSQL on PGlite', () => {
    expect(assessLoad([20, 30, 25], 200, true)).toMatchObject({ sustained: false, advice: null });
    expect(assessLoad([900, 20, 800, 700, 30, 650], 200, true)).toMatchObject({
      sustained: true,
      advice: MOVE_TO_POSTGRES,
    });
    expect(assessLoad([900, 20, 800, 700, 30, 650], 200, false).advice).not.toContain('PGlite');
    // Only the last six windows count.
    expect(assessLoad([900, 900, 900, 900, 10, 10, 10, 10, 10, 10], 200, true).sustained).toBe(false);
  });

  it('refuses a mistyped threshold instead of ignoring it', () => {
    expect(lagThresholdMs({})).toBe(200);
    expect(lagThresholdMs({ RODTRAD_LAG_WARN_MS: '500' })).toBe(500);
    expect(() => lagThresholdMs({ RODTRAD_LAG_WARN_MS: '5OO' })).toThrow(/RODTRAD_LAG_WARN_MS/);
  });

  it('/readyz reports the load and which database engine carries it', async () => {
    const t = await createTestApp();
    try {
      const res = await t.app.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(200);
      expect(res.json().load).toMatchObject({
        sustained: false,
        embeddedDatabase: t.db.kind === 'pglite',
        advice: null,
      });
    } finally {
      await t.close();
    }
  }, 120_000);
});
