// The demo municipality "Demo Kommune" (slug demo): a small unit tree, ~30 employees and one user per role,
// all with the password `rodtrad-demo`. Seeded only on an empty database and never in production.
import { seedPortfolioDemo } from '../../modules/portfolio/index.js';
import { seedRecordsHistory } from '../../modules/records/demo-history.js';
import { writeAudit } from '../audit/log.js';
import { hashPassword } from '../auth/password.js';
import { withTenant, type Db } from '../db/database.js';
import { systemActor } from '../http/context.js';
import type { Role } from '../access/permissions.js';
import { createTenant } from '../tenancy/service.js';
import { seedFacilitiesDemo } from '../../modules/facilities/demo-seed.js';
import { seedRosterDemo } from '../../modules/roster/demo-seed.js';
import { seedArchiveDemo } from '../../modules/archive/demo-seed.js';

export const DEMO_PASSWORD = 'rodtrad-demo';
export const DEMO_TENANT = { slug: 'demo', name: 'Demo Kommune' };
export const DEMO_USERS: { email: string; name: string; role: Role; unit: string | null }[] = [
  { email: 'admin@demo.dk', name: 'Anne Administrator', role: 'administrator', unit: null },
  { email: 'sagsbehandler@demo.dk', name: 'Søren Sagsbehandler', role: 'caseworker', unit: null },
  { email: 'teamleder@demo.dk', name: 'Tina Teamleder', role: 'team_lead', unit: 'BYG' },
  { email: 'planlaegger@demo.dk', name: 'Peter Planlægger', role: 'planner', unit: 'HJN' },
  { email: 'medarbejder@demo.dk', name: 'Mette Medarbejder', role: 'employee', unit: 'HJN' },
  { email: 'leder@demo.dk', name: 'Lis Leder', role: 'leader', unit: 'DK' },
  { email: 'ejendom@demo.dk', name: 'Erik Ejendomsansvarlig', role: 'facility_manager', unit: null },
  { email: 'pedel@demo.dk', name: 'Palle Pedel', role: 'caretaker', unit: 'EC' },
];

const UNITS: [code: string, name: string, parent: string | null][] = [
  ['DK', 'Demo Kommune', null],
  ['BS', 'Borgerservice', 'DK'],
  ['TM', 'Teknik og Miljø', 'DK'],
  ['BYG', 'Byggesager', 'TM'],
  ['AEP', 'Ældreplejen', 'DK'],
  ['HJN', 'Hjemmeplejen Nord', 'AEP'],
  ['EC', 'Ejendomscenter', 'DK'],
  ['IT', 'IT og Digitalisering', 'DK'],
];

const GIVEN = [
  'Anders',
  'Birgitte',
  'Carsten',
  'Dorthe',
  'Emil',
  'Frederikke',
  'Gitte',
  'Henrik',
  'Ida',
  'Jens',
  'Karen',
  'Lars',
  'Maja',
  'Niels',
  'Oda',
];
const FAMILY = [
  'Jensen',
  'Nielsen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Larsen',
  'Sørensen',
  'Rasmussen',
  'Jørgensen',
  'Petersen',
];
const TITLES: Record<string, string> = {
  DK: 'Direktør',
  BS: 'Borgerservicemedarbejder',
  TM: 'Konsulent',
  BYG: 'Byggesagsbehandler',
  AEP: 'Områdeleder',
  HJN: 'Social- og sundhedshjælper',
  EC: 'Ejendomsmester',
  IT: 'IT-konsulent',
};

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const row = (await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM tenants')).rows[0];
  return (row?.n ?? 0) === 0;
}

export async function seedDemo(db: Db): Promise<{ tenantId: string }> {
  const tenant = await createTenant(db, DEMO_TENANT, 'system:seed');
  const actor = systemActor(tenant.id, 'system:seed');
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const unitIds = new Map<string, string>();
  await withTenant(db, tenant.id, async (tx) => {
    for (const [code, name, parent] of UNITS) {
      const id = (
        await tx.sql.query<{ id: string }>(
          'INSERT INTO org_units (tenant_id, parent_id, code, name) VALUES ($1, $2, $3, $4) RETURNING id',
          [tenant.id, parent ? unitIds.get(parent) : null, code, name],
        )
      ).rows[0]!.id;
      unitIds.set(code, id);
    }
    const codes = UNITS.map(([code]) => code);
    for (let i = 0; i < 30; i++) {
      const given = GIVEN[i % GIVEN.length]!;
      const family = FAMILY[(i * 7) % FAMILY.length]!;
      const unit = codes[1 + (i % (codes.length - 1))]!;
      await tx.sql.query(
        'INSERT INTO employees (tenant_id, unit_id, employee_no, given_name, family_name, email, title) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [
          tenant.id,
          unitIds.get(unit),
          `E${1001 + i}`,
          given,
          family,
          `${given}.${family}${i}@demo.dk`.toLowerCase(),
          TITLES[unit],
        ],
      );
    }
    for (const u of DEMO_USERS) {
      const id = (
        await tx.sql.query<{ id: string }>(
          'INSERT INTO users (tenant_id, email, name, password_hash) VALUES ($1, $2, $3, $4) RETURNING id',
          [tenant.id, u.email, u.name, passwordHash],
        )
      ).rows[0]!.id;
      await tx.sql.query(
        'INSERT INTO user_roles (tenant_id, user_id, role, unit_id) VALUES ($1, $2, $3, $4)',
        [tenant.id, id, u.role, u.unit ? unitIds.get(u.unit) : null],
      );
    }
    await writeAudit(tx, actor, {
      action: 'seed.demo',
      objectType: 'tenant',
      objectId: tenant.id,
      details: { units: UNITS.length, employees: 30, users: DEMO_USERS.length },
    });
  });
  await seedRecordsHistory(db, actor, { caseworkUnitIds: [unitIds.get('BS')!, unitIds.get('BYG')!] });
  await seedPortfolioDemo(db, actor, {
    secretariat: unitIds.get('BS')!,
    care: unitIds.get('AEP')!,
    property: unitIds.get('EC')!,
  });
  await seedFacilitiesDemo(db, tenant.id);
  await seedRosterDemo(db, tenant.id);
  await seedArchiveDemo(db, tenant.id);
  return { tenantId: tenant.id };
}
