-- Tenant isolation for OIDC providers and identity links (pattern of 0001_tenant_rls). oidc_login_states is
-- a platform table like sessions: looked up by state before the tenant is known, never granted to the app role.
SELECT rodtrad_enable_tenant_rls('oidc_providers', 'SELECT, INSERT, UPDATE');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('user_identities', 'SELECT, INSERT, UPDATE');
