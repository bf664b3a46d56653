-- The digitalisation portfolio: initiatives and maturity assessments.
CREATE TABLE "portfolio_initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL REFERENCES "tenants"("id"),
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"area" text NOT NULL,
	"kle" text,
	"unit_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"systems" text[] DEFAULT '{}'::text[] NOT NULL,
	"phase" text NOT NULL,
	"status" text NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"visibility" text NOT NULL,
	"suitability" integer[] DEFAULT '{}'::int[] NOT NULL,
	"runs_per_year" integer,
	"minutes_per_run" double precision,
	"saving_pct" double precision,
	"maturity_level" integer,
	"levers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"business_case" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"benefit_owner" text DEFAULT '' NOT NULL,
	"figure_id" text,
	"figure_unit_id" uuid,
	"baseline" double precision,
	"goal" double precision,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "portfolio_initiatives_area_idx" ON "portfolio_initiatives" ("tenant_id", "area", "phase");
--> statement-breakpoint
CREATE TABLE "portfolio_maturity" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL REFERENCES "tenants"("id"),
	"area" text NOT NULL,
	"level" integer NOT NULL,
	"assessed_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('portfolio_initiatives');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('portfolio_maturity', 'SELECT, INSERT');
