CREATE TABLE "roster_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL REFERENCES "tenants"("id"),
	"org_unit_id" uuid NOT NULL REFERENCES "org_units"("id"),
	"setup" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "roster_units_org_unit_uq" ON "roster_units" USING btree ("tenant_id","org_unit_id");
--> statement-breakpoint
CREATE TABLE "roster_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL REFERENCES "tenants"("id"),
	"unit_id" uuid NOT NULL REFERENCES "roster_units"("id"),
	"employee_id" uuid NOT NULL REFERENCES "employees"("id"),
	"weekly_minutes" integer NOT NULL,
	"skills" text[] NOT NULL,
	"grade" text NOT NULL,
	"hourly_pay" numeric
);
--> statement-breakpoint
CREATE UNIQUE INDEX "roster_members_unit_employee_uq" ON "roster_members" USING btree ("tenant_id","unit_id","employee_id");
--> statement-breakpoint
CREATE TABLE "roster_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL REFERENCES "tenants"("id"),
	"unit_id" uuid NOT NULL REFERENCES "roster_units"("id"),
	"start_date" date NOT NULL,
	"days" integer NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"wish_deadline" date,
	"budget" numeric,
	"version" integer DEFAULT 1 NOT NULL,
	"optimise_job_id" text,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"publish_reason" text,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "roster_periods_unit_idx" ON "roster_periods" USING btree ("tenant_id","unit_id","start_date");
--> statement-breakpoint
CREATE TABLE "roster_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL REFERENCES "tenants"("id"),
	"period_id" uuid NOT NULL REFERENCES "roster_periods"("id"),
	"employee_id" uuid NOT NULL REFERENCES "employees"("id"),
	"date" date NOT NULL,
	"shift" text NOT NULL,
	"kind" text DEFAULT 'planned' NOT NULL,
	"overtime_minutes" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "roster_assignments_cell_uq" ON "roster_assignments" USING btree ("tenant_id","period_id","employee_id","date");
--> statement-breakpoint
CREATE TABLE "roster_wishes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL REFERENCES "tenants"("id"),
	"period_id" uuid NOT NULL REFERENCES "roster_periods"("id"),
	"employee_id" uuid NOT NULL REFERENCES "employees"("id"),
	"date" date NOT NULL,
	"shift" text,
	"want" boolean NOT NULL,
	"weight" integer DEFAULT 3 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "roster_wishes_cell_uq" ON "roster_wishes" USING btree ("tenant_id","period_id","employee_id","date");
--> statement-breakpoint
CREATE TABLE "roster_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL REFERENCES "tenants"("id"),
	"period_id" uuid NOT NULL REFERENCES "roster_periods"("id"),
	"employee_id" uuid NOT NULL,
	"date" date NOT NULL,
	"before" text,
	"after" text,
	"reason" text,
	"after_publication" boolean DEFAULT false NOT NULL,
	"consent" boolean,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "roster_changes_period_idx" ON "roster_changes" USING btree ("tenant_id","period_id","changed_at");
--> statement-breakpoint
CREATE TABLE "roster_swaps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL REFERENCES "tenants"("id"),
	"period_id" uuid NOT NULL REFERENCES "roster_periods"("id"),
	"date" date NOT NULL,
	"from_employee_id" uuid NOT NULL,
	"to_employee_id" uuid NOT NULL,
	"state" text DEFAULT 'requested' NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "roster_swaps_period_idx" ON "roster_swaps" USING btree ("tenant_id","period_id");
