// The facilities API end to end on a real database: portfolio, surveys, QR fault report → work order →
// contractor link, readings import with bad input, and tenant isolation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  createTestTenant,
  createTestUser,
  loginAgent,
  type Agent,
  type TestApp,
} from '../../../test/fixtures/index.js';
import { createBuilding, form, PNG } from './test-helpers.js';

let t: TestApp;
let manager: Agent;
let caretaker: Agent;
let home: Awaited<ReturnType<typeof createBuilding>>;
let reportPhotoId: string;

beforeAll(async () => {
  t = await createTestApp();
  const tenant = await createTestTenant(t.db);
  manager = await loginAgent(t, tenant, await createTestUser(t.db, tenant.id, { role: 'facility_manager' }));
  caretaker = await loginAgent(t, tenant, await createTestUser(t.db, tenant.id, { role: 'caretaker' }));
  home = await createBuilding(t.db, tenant.id, { roofMaterial: '3' });
});
afterAll(() => t.close());

describe('portfolio', () => {
  it('lists buildings and shows BBR data with labels and alerts', async () => {
    const list = await manager.get('/api/facilities/buildings?perPage=10');
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ count: 1, page: 1, perPage: 10 });
    const detail = (await manager.get(`/api/facilities/buildings/${home.buildingId}`)).json();
    expect(detail.use).toEqual({ code: '421', label: 'Grundskole' });
    expect(detail.asbestos).toEqual(['roof']);
    expect(detail.alerts.map((a: { kind: string }) => a.kind).sort()).toEqual(['asbestos', 'label_missing']);
  });

  it('imports a CSV: dry run reports, errors block, apply creates', async () => {
    const csv = [
      'property_code;property_name;building_code;building_name;use_code;year_built;gross_area;energy_label;energy_label_expires',
      'P9;Rådhuset;R1;Rådhus;321;1965;4500;C;2030-01-01',
      'P9;Rådhuset;R2;Annekset;122;1990;300;;',
    ].join('\n');
    const dry = (await manager.post('/api/facilities/import', { csv, dryRun: true })).json();
    expect(dry.errors).toEqual([{ line: 3, code: 'unknown_code', field: 'use_code', detail: '122' }]);
    const refused = (await manager.post('/api/facilities/import', { csv, dryRun: false })).json();
    expect(refused.dryRun).toBe(true);
    const fixed = csv.replace(';122;', ';321;');
    const applied = (await manager.post('/api/facilities/import', { csv: fixed, dryRun: false })).json();
    expect(applied).toMatchObject({ dryRun: false, propertiesCreated: 1, buildingsCreated: 2, errors: [] });
    const again = (await manager.post('/api/facilities/import', { csv: fixed, dryRun: true })).json();
    expect(again).toMatchObject({ buildingsCreated: 0, unchanged: 2 });
    expect((await caretaker.post('/api/facilities/import', { csv: fixed, dryRun: true })).statusCode).toBe(
      403,
    );
  });

  it('a survey with an unknown building part saves nothing and says which', async () => {
    const bad = await manager.post(`/api/facilities/buildings/${home.buildingId}/surveys`, {
      surveyedOn: '2026-05-01',
      surveyor: 'Bygningskonstruktør',
      items: [
        { fkCode: '27', grade: 4, action: 'Nyt tag', actionCost: 900000, actionYear: 2027, riskWater: true },
        { fkCode: '99', grade: 2 },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ path: 'items.1.fkCode', message: 'unknown building part 99' }]);
    const good = await manager.post(`/api/facilities/buildings/${home.buildingId}/surveys`, {
      surveyedOn: '2026-05-01',
      surveyor: 'Bygningskonstruktør',
      items: [
        { fkCode: '27', grade: 4, action: 'Nyt tag', actionCost: 900000, actionYear: 2027, riskWater: true },
      ],
    });
    expect(good.statusCode).toBe(201);
    const detail = (await manager.get(`/api/facilities/buildings/${home.buildingId}`)).json();
    expect(detail.parts).toMatchObject([{ fkCode: '27', grade: 4, actionYear: 2027 }]);
    expect(detail.condition).toBe(4);
  });
});

describe('fault report → work order → contractor', () => {
  it('runs the whole path without accounts for reporter and contractor', async () => {
    const room = await t.app.inject({ method: 'GET', url: `/api/public/facilities/rooms/${home.roomToken}` });
    expect(room.json()).toMatchObject({ room: 'Toilet ved hallen', building: 'Hovedbygning' });

    const noText = form({ text: '  ' });
    const empty = await t.app.inject({
      method: 'POST',
      url: `/api/public/facilities/rooms/${home.roomToken}/reports`,
      ...noText,
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('facilities.report_text_missing');

    const huge = form({ text: 'Vand på gulvet' }, [
      { name: 'big.jpg', bytes: new Uint8Array(11 * 1024 * 1024), type: 'image/jpeg' },
    ]);
    const tooBig = await t.app.inject({
      method: 'POST',
      url: `/api/public/facilities/rooms/${home.roomToken}/reports`,
      ...huge,
    });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().message_da).toMatch(/for stort/);

    const notPhoto = form({ text: 'Vand på gulvet' }, [
      { name: 'x.jpg', bytes: new TextEncoder().encode('hello'), type: 'image/jpeg' },
    ]);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/public/facilities/rooms/${home.roomToken}/reports`,
          ...notPhoto,
        })
      ).statusCode,
    ).toBe(415);

    const ok = form({ text: 'Toilettet løber konstant, vand på gulvet', name: 'Pedel Per' }, [
      { name: 'leak.png', bytes: PNG, type: 'image/png' },
    ]);
    const receipt = await t.app.inject({
      method: 'POST',
      url: `/api/public/facilities/rooms/${home.roomToken}/reports`,
      ...ok,
    });
    expect(receipt.statusCode).toBe(201);
    const statusToken = receipt.json().statusToken;
    const status = () =>
      t.app
        .inject({ method: 'GET', url: `/api/public/facilities/reports/${statusToken}` })
        .then((r) => r.json());
    expect((await status()).status).toBe('received');

    const reports = (await manager.get('/api/facilities/fault-reports')).json();
    expect(reports.data).toHaveLength(1);
    expect(reports.data[0]).toMatchObject({ photos: 1, reporterName: 'Pedel Per' });

    // The building has an asbestos roof: a roof order needs the acknowledgement, a toilet order does not.
    const create = {
      buildingId: home.buildingId,
      faultReportId: reports.data[0].id,
      title: 'Løbende toilet',
      priority: 'high',
    };
    const wo = await manager.post('/api/facilities/work-orders', create);
    expect(wo.statusCode).toBe(201);
    const again = await manager.post('/api/facilities/work-orders', create);
    expect(again.json().code).toBe('facilities.report_handled');

    const assigned = (
      await manager.post(`/api/facilities/work-orders/${wo.json().id}/assign`, {
        kind: 'contractor',
        name: 'VVS Hansen ApS',
      })
    ).json();
    const link = `/api/public/facilities/orders/${assigned.contractorToken}`;
    const view = (await t.app.inject({ method: 'GET', url: link })).json();
    expect(view).toMatchObject({
      status: 'assigned',
      reportText: 'Toilettet løber konstant, vand på gulvet',
      priority: 'high',
    });
    expect(JSON.stringify(view)).not.toContain('Pedel Per');

    const step = (body: object) => t.app.inject({ method: 'POST', url: `${link}/steps`, payload: body });
    expect((await step({ step: 'complete' })).statusCode).toBe(409);
    expect((await step({ step: 'accept', note: 'Kommer i morgen' })).json()).toEqual({ status: 'accepted' });
    expect((await step({ step: 'plan' })).json().code).toBe('facilities.planned_date_missing');
    expect((await step({ step: 'plan', plannedOn: '2026-06-02' })).json()).toEqual({ status: 'planned' });
    expect((await status()).status).toBe('in_progress');
    expect((await step({ step: 'cancel' })).statusCode).toBe(409);
    const photo = form({}, [{ name: 'done.png', bytes: PNG, type: 'image/png' }]);
    expect((await t.app.inject({ method: 'POST', url: `${link}/photos`, ...photo })).statusCode).toBe(201);
    expect((await step({ step: 'complete', hours: 1.5, cost: 1850 })).json()).toEqual({ status: 'done' });
    expect((await status()).status).toBe('done');

    const detail = (await manager.get(`/api/facilities/work-orders/${wo.json().id}`)).json();
    expect(detail.events.map((e: { kind: string }) => e.kind)).toEqual([
      'created',
      'assign',
      'accept',
      'plan',
      'photos',
      'complete',
    ]);
    expect(detail).toMatchObject({ status: 'done', hours: 1.5, actualCost: 1850 });
    expect(detail.photos).toHaveLength(2);

    // Staff see the reporter's photo itself; without a session there is nothing to see.
    reportPhotoId = detail.photos.find((p: { addedBy: string }) => p.addedBy === 'reporter').id;
    const shown = await manager.get(`/api/facilities/photos/${reportPhotoId}`);
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['content-type']).toBe('image/png');
    expect(new Uint8Array(shown.rawPayload)).toEqual(PNG);
    expect((await caretaker.get(`/api/facilities/photos/${reportPhotoId}`)).statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/facilities/photos/${reportPhotoId}` })).statusCode,
    ).toBe(401);

    const audit = (
      await t.db.sql.query<{ action: string }>(
        `SELECT action FROM audit_log WHERE object_id = $1 ORDER BY seq`,
        [wo.json().id],
      )
    ).rows.map((r) => r.action);
    expect(audit).toEqual(
      expect.arrayContaining([
        'facilities.work_order.create',
        'facilities.work_order.assign',
        'facilities.work_order.accept',
        'facilities.work_order.plan',
        'facilities.work_order.complete',
      ]),
    );
  });

  it('asks for the asbestos acknowledgement on a part that may contain asbestos', async () => {
    const detail = (await manager.get(`/api/facilities/buildings/${home.buildingId}`)).json();
    const roof = detail.parts.find((p: { fkCode: string }) => p.fkCode === '27');
    const body = { buildingId: home.buildingId, partId: roof.id, title: 'Tagrende', priority: 'normal' };
    const refused = await caretaker.post('/api/facilities/work-orders', body);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('facilities.asbestos_unacknowledged');
    expect(
      (await caretaker.post('/api/facilities/work-orders', { ...body, asbestosAcknowledged: true }))
        .statusCode,
    ).toBe(201);
  });

  it('another municipality cannot see or touch the building', async () => {
    const other = await createTestTenant(t.db, 'Anden kommune');
    const stranger = await loginAgent(
      t,
      other,
      await createTestUser(t.db, other.id, { role: 'facility_manager' }),
    );
    expect((await stranger.get(`/api/facilities/buildings/${home.buildingId}`)).statusCode).toBe(404);
    expect((await stranger.get('/api/facilities/buildings')).json().count).toBe(0);
    expect((await stranger.get(`/api/facilities/photos/${reportPhotoId}`)).statusCode).toBe(404);
    const wo = await stranger.post('/api/facilities/work-orders', {
      buildingId: home.buildingId,
      title: 'x',
      priority: 'low',
    });
    expect(wo.statusCode).toBe(404);
  });
});

describe('energy readings import', () => {
  it('stores good rows once and explains the bad ones', async () => {
    await t.db.sql.query(
      `INSERT INTO fm_meters (tenant_id, building_id, code, kind, unit) VALUES ($1, $2, 'EL-100', 'electricity', 'kWh'), ($1, $2, 'VA-100', 'water', 'm3')`,
      [manager.tenant.id, home.buildingId],
    );
    const csv = [
      'meter;period;value;unit',
      'EL-100;2026-01-05T00:00Z;12,5;kWh',
      'EL-100;2026-01-05T01:00Z;12;kWh',
      'EL-100;2026-01-05T01:00Z;12;kWh',
      'EL-100;2026-01-05T04:00Z;-3;kWh',
      'EL-100;2026-01-05T05:00Z;11;m3',
      'VA-100;2026-01-05T05:00Z;0,2;m3',
      'XX-1;2026-01-05T05:00Z;1;kWh',
    ].join('\n');
    const dry = (await manager.post('/api/facilities/energy/import', { csv, dryRun: true })).json();
    expect(dry).toMatchObject({ rows: 7, accepted: 3, inserted: 0, duplicatesInFile: 1 });
    expect(dry.errors.map((e: { code: string }) => e.code)).toEqual([
      'negative',
      'wrong_unit',
      'unknown_meter',
    ]);
    // The rejected 04:00 row leaves no gap between the kept 00:00 and 01:00 rows.
    expect(dry.gaps).toEqual([]);
    const first = (await manager.post('/api/facilities/energy/import', { csv, dryRun: false })).json();
    expect(first).toMatchObject({ inserted: 3, alreadyStored: 0 });
    const second = (await manager.post('/api/facilities/energy/import', { csv, dryRun: false })).json();
    expect(second).toMatchObject({ inserted: 0, alreadyStored: 3 });
    const sum = await t.db.sql.query<{ s: number }>(
      "SELECT sum(consumption)::float8 AS s FROM fm_readings r JOIN fm_meters m ON m.id = r.meter_id WHERE m.code = 'EL-100'",
    );
    expect(sum.rows[0]!.s).toBe(24.5);
  });
});
