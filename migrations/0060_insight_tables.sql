-- Management information (insight): daily totals per key figure and unit, drill-down items, progress, targets.
CREATE TABLE "insight_daily" (
	"tenant_id" uuid NOT NULL REFERENCES "tenants"("id"),
	"figure" text NOT NULL,
	"unit_key" uuid NOT NULL,
	"day" date NOT NULL,
	"n" bigint NOT NULL,
	"total" double precision NOT NULL,
	PRIMARY KEY ("tenant_id", "figure", "unit_key", "day")
);
--> statement-breakpoint
CREATE TABLE "insight_items" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL REFERENCES "tenants"("id"),
	"figure" text NOT NULL,
	"unit_key" uuid NOT NULL,
	"day" date NOT NULL,
	"object_type" text NOT NULL,
	"object_id" text NOT NULL,
	"label" text NOT NULL,
	"value" double precision NOT NULL,
	"event_id" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "insight_daily_day_idx" ON "insight_daily" ("tenant_id", "day");
--> statement-breakpoint
CREATE INDEX "insight_items_figure_day_idx" ON "insight_items" ("tenant_id", "figure", "day");
--> statement-breakpoint
CREATE TABLE "insight_progress" (
	"tenant_id" uuid PRIMARY KEY NOT NULL REFERENCES "tenants"("id"),
	"last_event_id" bigint NOT NULL,
	"last_event_at" timestamp with time zone NOT NULL,
	"processed_at" timestamp with time zone NOT NULL,
	"lag_ms" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "insight_targets" (
	"tenant_id" uuid NOT NULL REFERENCES "tenants"("id"),
	"figure" text NOT NULL,
	"unit_key" uuid NOT NULL,
	"target" double precision NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	PRIMARY KEY ("tenant_id", "figure", "unit_key")
);
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('insight_daily');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('insight_items');
--> statement-breakpoint
GRANT USAGE ON SEQUENCE insight_items_id_seq TO rodtrad_app;
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('insight_progress');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('insight_targets');
