-- Energy alerts found by the anomaly scan (one current alert per meter and kind, replaced by each scan).
CREATE TABLE fm_energy_alerts (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  building_id uuid NOT NULL REFERENCES fm_buildings(id),
  meter_id uuid NOT NULL REFERENCES fm_meters(id),
  kind text NOT NULL CHECK (kind IN ('base_load', 'continuous_flow', 'above_expectation')),
  since text NOT NULL,
  ratio double precision NOT NULL,
  baseline double precision NOT NULL,
  recent double precision NOT NULL,
  series jsonb NOT NULL,
  found_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (meter_id, kind)
);
--> statement-breakpoint
CREATE INDEX fm_energy_alerts_building_idx ON fm_energy_alerts (tenant_id, building_id);
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('fm_energy_alerts');
