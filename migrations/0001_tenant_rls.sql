-- Tenant isolation with row-level security. The application runs its tenant queries as the NOLOGIN role
-- rodtrad_app (SET LOCAL ROLE per transaction) with app.tenant_id set per transaction; superusers and the
-- table owner bypass RLS, the app role never does. See docs/decisions/0002-rls-via-role-switch.md.
DO $$
BEGIN
  CREATE ROLE rodtrad_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END $$;
--> statement-breakpoint
DO $$
BEGIN
  EXECUTE format('GRANT rodtrad_app TO %I', current_user);
EXCEPTION WHEN OTHERS THEN
  NULL;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO rodtrad_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION rodtrad_current_tenant() RETURNS uuid
  LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
--> statement-breakpoint
-- The pattern every business table follows: SELECT rodtrad_enable_tenant_rls('my_table');
CREATE OR REPLACE FUNCTION rodtrad_enable_tenant_rls(tbl regclass, privileges text DEFAULT 'SELECT, INSERT, UPDATE, DELETE')
  RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %s', tbl);
  EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (tenant_id = rodtrad_current_tenant()) '
    'WITH CHECK (tenant_id = rodtrad_current_tenant())', tbl);
  EXECUTE format('GRANT %s ON %s TO rodtrad_app', privileges, tbl);
END $$;
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('org_units');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('employees');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('users');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('user_roles');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('audit_log', 'SELECT, INSERT');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('audit_heads', 'SELECT, INSERT, UPDATE');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('domain_events', 'SELECT, INSERT');
--> statement-breakpoint
GRANT USAGE ON SEQUENCE audit_log_id_seq, domain_events_id_seq TO rodtrad_app;
--> statement-breakpoint
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_self ON tenants USING (id = rodtrad_current_tenant());
--> statement-breakpoint
GRANT SELECT ON tenants TO rodtrad_app;
--> statement-breakpoint
-- The audit log is append-only for everyone, owner and superuser included.
CREATE OR REPLACE FUNCTION rodtrad_reject_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION rodtrad_reject_audit_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION rodtrad_reject_audit_change();
