-- A municipality can be disabled (`rodtrad tenant disable`): no logins, no sessions, not on the login page.
ALTER TABLE "tenants" ADD COLUMN "disabled_at" timestamp with time zone;
