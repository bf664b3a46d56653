-- Row-level security for every roster table (tenant isolation, see migrations/0001_tenant_rls.sql).
SELECT rodtrad_enable_tenant_rls('roster_units');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('roster_members');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('roster_periods');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('roster_assignments');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('roster_wishes');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('roster_changes', 'SELECT, INSERT');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('roster_swaps');
