-- Facility management (src/modules/facilities/schema.ts): portfolio (properties → buildings → floors → rooms),
-- building parts and surveys, fault reports, work orders, preventive schedules, meters and readings, plans.
-- Written by hand to match schema.ts (see docs/modules/facilities.md).
CREATE TABLE fm_bbr_codes (
  list text NOT NULL,
  code text NOT NULL,
  label text NOT NULL,
  asbestos boolean NOT NULL DEFAULT false,
  phased_out boolean NOT NULL DEFAULT false,
  source text NOT NULL,
  PRIMARY KEY (list, code)
);
--> statement-breakpoint
CREATE TABLE fm_properties (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  code text NOT NULL,
  name text NOT NULL,
  address text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE UNIQUE INDEX fm_properties_code_uq ON fm_properties (tenant_id, code);
--> statement-breakpoint
CREATE TABLE fm_buildings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  property_id uuid NOT NULL REFERENCES fm_properties(id),
  code text NOT NULL,
  name text NOT NULL,
  use_code text,
  year_built integer,
  year_rebuilt integer,
  gross_area numeric(12,2),
  heated_area numeric(12,2),
  built_area numeric(12,2),
  floors_count integer,
  heating_installation text,
  heating_medium text,
  supplementary_heating text,
  wall_material text,
  roof_material text,
  asbestos_noted boolean NOT NULL DEFAULT false,
  energy_label text,
  energy_label_expires date,
  importance integer NOT NULL DEFAULT 3 CHECK (importance BETWEEN 1 AND 5),
  residents integer,
  hot_water_share numeric(5,2) NOT NULL DEFAULT 20 CHECK (hot_water_share BETWEEN 0 AND 100),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE UNIQUE INDEX fm_buildings_code_uq ON fm_buildings (tenant_id, code);
--> statement-breakpoint
CREATE INDEX fm_buildings_property_idx ON fm_buildings (tenant_id, property_id);
--> statement-breakpoint
CREATE TABLE fm_floors (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  building_id uuid NOT NULL REFERENCES fm_buildings(id),
  level integer NOT NULL,
  name text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX fm_floors_level_uq ON fm_floors (tenant_id, building_id, level);
--> statement-breakpoint
CREATE TABLE fm_rooms (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  building_id uuid NOT NULL REFERENCES fm_buildings(id),
  floor_id uuid REFERENCES fm_floors(id),
  code text NOT NULL,
  name text NOT NULL,
  area numeric(10,2),
  unit_id uuid REFERENCES org_units(id),
  report_token text NOT NULL UNIQUE
);
--> statement-breakpoint
CREATE UNIQUE INDEX fm_rooms_code_uq ON fm_rooms (tenant_id, building_id, code);
--> statement-breakpoint
CREATE TABLE fm_building_parts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  building_id uuid NOT NULL REFERENCES fm_buildings(id),
  fk_code text NOT NULL,
  name text NOT NULL,
  asbestos boolean NOT NULL DEFAULT false
);
--> statement-breakpoint
CREATE UNIQUE INDEX fm_building_parts_uq ON fm_building_parts (tenant_id, building_id, fk_code);
--> statement-breakpoint
CREATE TABLE fm_surveys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  building_id uuid NOT NULL REFERENCES fm_buildings(id),
  surveyed_on date NOT NULL,
  surveyor text NOT NULL,
  note text,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX fm_surveys_building_idx ON fm_surveys (tenant_id, building_id, surveyed_on);
--> statement-breakpoint
CREATE TABLE fm_survey_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  survey_id uuid NOT NULL REFERENCES fm_surveys(id),
  part_id uuid NOT NULL REFERENCES fm_building_parts(id),
  grade integer NOT NULL CHECK (grade BETWEEN 1 AND 5),
  remark text,
  action text,
  action_cost numeric(14,2),
  action_year integer,
  risk_safety boolean NOT NULL DEFAULT false,
  risk_water boolean NOT NULL DEFAULT false,
  risk_energy boolean NOT NULL DEFAULT false,
  must_do boolean NOT NULL DEFAULT false,
  not_before integer,
  done boolean NOT NULL DEFAULT false
);
--> statement-breakpoint
CREATE INDEX fm_survey_items_survey_idx ON fm_survey_items (tenant_id, survey_id);
--> statement-breakpoint
CREATE TABLE fm_photos (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  owner_type text NOT NULL,
  owner_id uuid NOT NULL,
  sha256 text NOT NULL,
  mime text NOT NULL,
  size integer NOT NULL,
  added_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX fm_photos_owner_idx ON fm_photos (tenant_id, owner_type, owner_id);
--> statement-breakpoint
CREATE TABLE fm_work_orders (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  number integer NOT NULL,
  building_id uuid NOT NULL REFERENCES fm_buildings(id),
  room_id uuid REFERENCES fm_rooms(id),
  part_id uuid REFERENCES fm_building_parts(id),
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  priority text NOT NULL CHECK (priority IN ('acute', 'high', 'normal', 'low')),
  status text NOT NULL DEFAULT 'new',
  due_at timestamptz NOT NULL,
  assignee_kind text CHECK (assignee_kind IN ('crew', 'contractor')),
  assignee_name text,
  contractor_token_hash text UNIQUE,
  planned_on date,
  estimated_cost numeric(14,2),
  actual_cost numeric(14,2) NOT NULL DEFAULT 0,
  hours numeric(10,2) NOT NULL DEFAULT 0,
  completed_at timestamptz,
  schedule_id uuid,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE UNIQUE INDEX fm_work_orders_number_uq ON fm_work_orders (tenant_id, number);
--> statement-breakpoint
CREATE INDEX fm_work_orders_open_idx ON fm_work_orders (tenant_id, status, due_at);
--> statement-breakpoint
CREATE TABLE fm_work_order_events (
  id bigserial PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  work_order_id uuid NOT NULL REFERENCES fm_work_orders(id),
  at timestamptz NOT NULL DEFAULT now(),
  actor_label text NOT NULL,
  kind text NOT NULL,
  note text,
  data jsonb NOT NULL DEFAULT '{}'::jsonb
);
--> statement-breakpoint
CREATE INDEX fm_work_order_events_wo_idx ON fm_work_order_events (tenant_id, work_order_id, id);
--> statement-breakpoint
CREATE TABLE fm_fault_reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  room_id uuid NOT NULL REFERENCES fm_rooms(id),
  text text NOT NULL,
  reporter_name text,
  reporter_contact text,
  status_token_hash text NOT NULL UNIQUE,
  status text NOT NULL DEFAULT 'received',
  work_order_id uuid REFERENCES fm_work_orders(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX fm_fault_reports_status_idx ON fm_fault_reports (tenant_id, status, created_at);
--> statement-breakpoint
CREATE TABLE fm_meters (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  building_id uuid NOT NULL REFERENCES fm_buildings(id),
  parent_id uuid REFERENCES fm_meters(id),
  code text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('electricity', 'heat', 'water')),
  unit text NOT NULL CHECK (unit IN ('kWh', 'MWh', 'm3')),
  rollover numeric(16,3)
);
--> statement-breakpoint
CREATE UNIQUE INDEX fm_meters_code_uq ON fm_meters (tenant_id, code);
--> statement-breakpoint
CREATE TABLE fm_readings (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  meter_id uuid NOT NULL REFERENCES fm_meters(id),
  resolution text NOT NULL CHECK (resolution IN ('hour', 'month')),
  period_start timestamptz NOT NULL,
  consumption double precision NOT NULL,
  PRIMARY KEY (meter_id, resolution, period_start)
);
--> statement-breakpoint
CREATE TABLE fm_degree_days (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  source text NOT NULL,
  month date NOT NULL,
  actual double precision NOT NULL,
  normal double precision NOT NULL,
  PRIMARY KEY (tenant_id, source, month)
);
--> statement-breakpoint
CREATE TABLE fm_schedules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  building_id uuid NOT NULL REFERENCES fm_buildings(id),
  part_id uuid REFERENCES fm_building_parts(id),
  meter_id uuid REFERENCES fm_meters(id),
  title text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('calendar', 'meter')),
  every_n integer,
  every_unit text CHECK (every_unit IN ('day', 'week', 'month', 'year')),
  anchor text NOT NULL DEFAULT 'scheduled' CHECK (anchor IN ('scheduled', 'completed')),
  next_due date,
  threshold double precision,
  lead_days integer NOT NULL DEFAULT 14,
  priority text NOT NULL DEFAULT 'normal',
  active boolean NOT NULL DEFAULT true
);
--> statement-breakpoint
CREATE TABLE fm_plan_scenarios (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  name text NOT NULL,
  first_year integer NOT NULL,
  budgets jsonb NOT NULL,
  status text NOT NULL DEFAULT 'queued',
  job_id text,
  result jsonb,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
