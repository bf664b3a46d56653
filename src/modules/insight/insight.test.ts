// Management information through the API on a real database: events in, figures out, per unit and tenant.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  createTestTenant,
  createTestUnit,
  createTestUser,
  loginAgent,
  type TestApp,
} from '../../../test/fixtures/index.js';
import { withTenant } from '../../platform/db/database.js';
import { appendEvent } from '../../platform/events/events.js';
import { systemActor } from '../../platform/http/context.js';
import { applyTenantEvents, catchUp } from './consumer.js';
import { readEvents } from '../../platform/events/events.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const DAY = '2026-11-10';
const period = `from=2026-11-01&to=2026-11-30`;

async function decided(
  tenantId: string,
  unitId: string | null,
  caseNumber: string,
  onTime: boolean,
  days: number,
) {
  await withTenant(t.db, tenantId, (tx) =>
    appendEvent(tx, systemActor(tenantId), {
      type: 'records.request.decided',
      objectType: 'records_request',
      objectId: crypto.randomUUID(),
      payload: {
        requestId: crypto.randomUUID(),
        caseNumber,
        unitId,
        decidedOn: DAY,
        onTime,
        workingDaysUsed: days,
        minutesSpent: 120,
        outcome: 'full',
        documents: 1,
        calendarDaysUsed: days,
      },
    }),
  );
}

async function municipality() {
  const tenant = await createTestTenant(t.db);
  const top = await createTestUnit(t.db, tenant.id, { name: 'Forvaltningen' });
  const a = await createTestUnit(t.db, tenant.id, { name: 'Team A', parentId: top.id });
  const b = await createTestUnit(t.db, tenant.id, { name: 'Team B', parentId: top.id });
  return { tenant, top, a, b };
}

const tile = (body: { tiles: { figure: string }[] }, id: string) =>
  body.tiles.find((x) => x.figure === id) as unknown as {
    value: number | null;
    status: string;
    target: number | null;
  };

describe('key figures from events', () => {
  it('counts decisions per unit exactly once, and a leader of one unit sees only that unit', async () => {
    const m = await municipality();
    await decided(m.tenant.id, m.a.id, 'AKT-1', true, 3);
    await decided(m.tenant.id, m.a.id, 'AKT-2', false, 9);
    await decided(m.tenant.id, m.b.id, 'AKT-3', true, 5);
    await catchUp(t.db);
    // The same events delivered again (a crash before the acknowledgement) change nothing.
    const again = (
      await readEvents(t.db, 'nobody-' + m.tenant.id, { types: ['records.request.decided'], limit: 10_000 })
    ).filter((e) => e.tenantId === m.tenant.id);
    expect(await applyTenantEvents(t.db, m.tenant.id, again)).toBe(0);

    const admin = await loginAgent(
      t,
      m.tenant,
      await createTestUser(t.db, m.tenant.id, { role: 'administrator' }),
    );
    const all = (await admin.get(`/api/insight/dashboard?${period}`)).json();
    expect(tile(all, 'records.decided').value).toBe(3);
    expect(tile(all, 'records.on_time_pct').value).toBe(66.7);
    expect(tile(all, 'records.working_days').value).toBe(5.7);
    expect(tile(all, 'records.hours').value).toBe(6);

    const leaderA = await loginAgent(
      t,
      m.tenant,
      await createTestUser(t.db, m.tenant.id, { role: 'leader', unitId: m.a.id }),
    );
    const mine = (await leaderA.get(`/api/insight/dashboard?${period}`)).json();
    expect(tile(mine, 'records.decided').value).toBe(2);
    expect(mine.units.map((u: { name: string }) => u.name)).toEqual(['Team A']);
    // Another unit's id is not theirs to read: 404, not its numbers.
    expect((await leaderA.get(`/api/insight/dashboard?${period}&unitId=${m.b.id}`)).statusCode).toBe(404);

    const items = (await leaderA.get(`/api/insight/figures/records.decided/items?${period}`)).json();
    expect(items.count).toBe(2);
    expect(items.data.map((i: { label: string }) => i.label).sort()).toEqual(['AKT-1', 'AKT-2']);
  });

  it('counts once when two consumers apply the same batch at the same time (two servers, or a rebuild)', async () => {
    const m = await municipality();
    await decided(m.tenant.id, m.a.id, 'AKT-1', true, 3);
    await decided(m.tenant.id, m.a.id, 'AKT-2', true, 4);
    const batch = (
      await readEvents(t.db, 'nobody-' + m.tenant.id, { types: ['records.request.decided'], limit: 10_000 })
    ).filter((e) => e.tenantId === m.tenant.id);
    const applied = await Promise.all([
      applyTenantEvents(t.db, m.tenant.id, batch),
      applyTenantEvents(t.db, m.tenant.id, batch),
    ]);
    expect(applied.sort()).toEqual([0, 2]);
    const admin = await loginAgent(
      t,
      m.tenant,
      await createTestUser(t.db, m.tenant.id, { role: 'administrator' }),
    );
    expect(tile((await admin.get(`/api/insight/dashboard?${period}`)).json(), 'records.decided').value).toBe(
      2,
    );
  });

  it('breaks a figure down by the units below, and drills into one', async () => {
    const m = await municipality();
    await decided(m.tenant.id, m.a.id, 'AKT-1', true, 3);
    await decided(m.tenant.id, m.b.id, 'AKT-2', true, 4);
    await decided(m.tenant.id, m.b.id, 'AKT-3', true, 4);
    await catchUp(t.db);
    const admin = await loginAgent(
      t,
      m.tenant,
      await createTestUser(t.db, m.tenant.id, { role: 'administrator' }),
    );
    const top = (await admin.get(`/api/insight/figures/records.decided/breakdown?${period}`)).json();
    expect(top.rows).toEqual([{ unitId: m.top.id, name: 'Forvaltningen', value: 3, hasChildren: true }]);
    const below = (
      await admin.get(`/api/insight/figures/records.decided/breakdown?${period}&unitId=${m.top.id}`)
    ).json();
    expect(
      Object.fromEntries(below.rows.map((r: { name: string; value: number }) => [r.name, r.value])),
    ).toEqual({
      'Team A': 1,
      'Team B': 2,
    });
    expect((await admin.get(`/api/insight/figures/no.such/breakdown?${period}`)).statusCode).toBe(404);
  });

  it('keeps municipalities apart', async () => {
    const one = await municipality();
    const other = await municipality();
    await decided(other.tenant.id, other.a.id, 'AKT-X', true, 1);
    await catchUp(t.db);
    const admin = await loginAgent(
      t,
      one.tenant,
      await createTestUser(t.db, one.tenant.id, { role: 'administrator' }),
    );
    expect(tile((await admin.get(`/api/insight/dashboard?${period}`)).json(), 'records.decided').value).toBe(
      0,
    );
    expect((await admin.get(`/api/insight/dashboard?${period}&unitId=${other.a.id}`)).statusCode).toBe(404);
  });

  it('judges targets, shows a missed one on Min forside, and refuses targets outside the setter’s units', async () => {
    const m = await municipality();
    const today = new Date().toISOString().slice(0, 10);
    await withTenant(t.db, m.tenant.id, (tx) =>
      appendEvent(tx, systemActor(m.tenant.id), {
        type: 'records.request.decided',
        payload: {
          requestId: crypto.randomUUID(),
          unitId: m.a.id,
          decidedOn: today,
          onTime: false,
          workingDaysUsed: 12,
        },
      }),
    );
    await catchUp(t.db);
    const leader = await loginAgent(
      t,
      m.tenant,
      await createTestUser(t.db, m.tenant.id, { role: 'leader', unitId: m.a.id }),
    );
    expect(
      (
        await leader.put('/api/insight/targets', {
          figure: 'records.on_time_pct',
          unitId: m.b.id,
          target: 90,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await leader.put('/api/insight/targets', { figure: 'records.on_time_pct', unitId: null, target: 90 }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await leader.put('/api/insight/targets', {
          figure: 'records.on_time_pct',
          unitId: m.a.id,
          target: 90,
        })
      ).statusCode,
    ).toBe(200);
    const d = (await leader.get(`/api/insight/dashboard?unitId=${m.a.id}`)).json();
    expect(tile(d, 'records.on_time_pct')).toMatchObject({ value: 0, target: 90, status: 'missed' });
    // A municipality-wide target does not override the unit's own, and applies to the municipality's view.
    const admin = await loginAgent(
      t,
      m.tenant,
      await createTestUser(t.db, m.tenant.id, { role: 'administrator' }),
    );
    expect(
      (await admin.put('/api/insight/targets', { figure: 'records.on_time_pct', unitId: null, target: 50 }))
        .statusCode,
    ).toBe(200);
    expect(
      tile((await leader.get(`/api/insight/dashboard?unitId=${m.a.id}`)).json(), 'records.on_time_pct')
        .target,
    ).toBe(90);
    expect(tile((await admin.get('/api/insight/dashboard')).json(), 'records.on_time_pct').target).toBe(50);
    const tasks = (await leader.get('/api/tasks')).json().tasks;
    expect(tasks.some((x: { id: string }) => x.id === `insight:records.on_time_pct:${m.a.id}`)).toBe(true);
    // A caseworker has no management information.
    const caseworker = await loginAgent(
      t,
      m.tenant,
      await createTestUser(t.db, m.tenant.id, { role: 'caseworker' }),
    );
    expect((await caseworker.get('/api/insight/dashboard')).statusCode).toBe(403);
  });

  it('exports the view as XLSX and CSV in the chosen language, and rejects a reversed period', async () => {
    const m = await municipality();
    await decided(m.tenant.id, m.a.id, 'AKT-1', true, 2);
    await catchUp(t.db);
    const admin = await loginAgent(
      t,
      m.tenant,
      await createTestUser(t.db, m.tenant.id, { role: 'administrator' }),
    );
    const xlsx = await admin.get(`/api/insight/export.xlsx?${period}&lang=en`);
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Key figures')!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0]).toContain('Key figure');
    expect(rows.some((r) => r.includes('Requests decided') && r.includes(1))).toBe(true);
    const csv = await admin.get(`/api/insight/export.csv?${period}`);
    expect(csv.body).toContain('"Afgjorte anmodninger";"Hele kommunen";"2026-11-01";"2026-11-30";"1"');
    expect((await admin.get('/api/insight/dashboard?from=2026-12-01&to=2026-11-01')).statusCode).toBe(400);
  });
});
