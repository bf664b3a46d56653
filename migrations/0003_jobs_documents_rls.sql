-- Tenant isolation for the jobs and documents tables (pattern of 0001_tenant_rls). job_leases is a platform
-- table (no tenant data) and stays invisible to the app role. Documents are append-only for the app role.
SELECT rodtrad_enable_tenant_rls('jobs');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('job_steps', 'SELECT, INSERT');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('documents', 'SELECT, INSERT');
