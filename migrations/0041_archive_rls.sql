-- Row-level security for every archive table (tenant isolation, see migrations/0001_tenant_rls.sql).
SELECT rodtrad_enable_tenant_rls('archive_settings');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('archive_properties');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('archive_cases');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('archive_documents');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('archive_imports');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('archive_reports');
