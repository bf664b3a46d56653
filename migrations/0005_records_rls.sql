-- Custom SQL migration file, put your code below! ---- Row-level security for every records table (tenant isolation, see migrations/0001_tenant_rls.sql).
SELECT rodtrad_enable_tenant_rls('records_sequences');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('records_requests');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('records_documents');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('records_time_entries');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('records_complaints');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('records_letters', 'SELECT, INSERT');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('records_releases');
