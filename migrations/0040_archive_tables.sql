-- The open building archive (src/modules/archive): properties, cases, documents, publication rules per
-- municipality, imports and citizens' problem reports. Written by hand to match src/modules/archive/schema.ts.
-- pg_trgm gives the trigram indexes for tolerant address search (PGlite loads it as a contrib extension).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "archive_settings" (
	"tenant_id" uuid PRIMARY KEY NOT NULL REFERENCES "tenants"("id"),
	"never_published_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"hold_open_cases" boolean DEFAULT true NOT NULL,
	"portal_enabled" boolean DEFAULT true NOT NULL,
	"portal_noindex" boolean DEFAULT false NOT NULL,
	"min_ocr_confidence" integer DEFAULT 70 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "archive_properties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL REFERENCES "tenants"("id"),
	"municipality_code" text,
	"street" text NOT NULL,
	"house_number" text,
	"floor" text,
	"door" text,
	"postcode" text,
	"town" text,
	"address_text" text NOT NULL,
	"address_key" text NOT NULL,
	"ejerlav" text,
	"matrikel" text,
	"matrikel_key" text,
	"bbr_building" text,
	"protected" boolean DEFAULT false NOT NULL,
	"protected_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "archive_properties_address_uq" ON "archive_properties" ("tenant_id","address_key");
--> statement-breakpoint
CREATE INDEX "archive_properties_address_trgm" ON "archive_properties" USING gin ("address_key" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "archive_properties_matrikel" ON "archive_properties" ("tenant_id","matrikel_key");
--> statement-breakpoint
CREATE TABLE "archive_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL REFERENCES "tenants"("id"),
	"property_id" uuid NOT NULL REFERENCES "archive_properties"("id"),
	"case_number" text NOT NULL,
	"case_type" text NOT NULL,
	"title" text NOT NULL,
	"year" integer,
	"closed" boolean DEFAULT true NOT NULL,
	"parties" text[] DEFAULT '{}'::text[] NOT NULL,
	"staff" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "archive_cases_number_uq" ON "archive_cases" ("tenant_id","case_number");
--> statement-breakpoint
CREATE INDEX "archive_cases_property" ON "archive_cases" ("property_id");
--> statement-breakpoint
CREATE INDEX "archive_cases_number_trgm" ON "archive_cases" USING gin (lower("case_number") gin_trgm_ops);
--> statement-breakpoint
CREATE TABLE "archive_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL REFERENCES "tenants"("id"),
	"case_id" uuid NOT NULL REFERENCES "archive_cases"("id"),
	"title" text NOT NULL,
	"document_date" date,
	"pages" integer,
	"filename" text NOT NULL,
	"sha256" text NOT NULL,
	"mime" text,
	"size" bigint,
	"ocr_used" boolean DEFAULT false NOT NULL,
	"ocr_text" text,
	"published_sha256" text,
	"published_text" text,
	"state" text DEFAULT 'pending' NOT NULL,
	"reason" text,
	"reason_detail" text,
	"suggestions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"manual_boxes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rejected" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"screening_job_id" uuid,
	"screened_at" timestamp with time zone,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"hidden_by_report" boolean DEFAULT false NOT NULL,
	"import_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_tsv" tsvector GENERATED ALWAYS AS (to_tsvector('danish'::regconfig, coalesce("title", '') || ' ' || coalesce("published_text", ''))) STORED,
	CONSTRAINT "archive_documents_state_ck" CHECK ("state" IN ('pending','published','review','withheld','locked','failed'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "archive_documents_content_uq" ON "archive_documents" ("tenant_id","case_id","sha256");
--> statement-breakpoint
CREATE INDEX "archive_documents_case" ON "archive_documents" ("case_id");
--> statement-breakpoint
CREATE INDEX "archive_documents_state" ON "archive_documents" ("tenant_id","state");
--> statement-breakpoint
CREATE INDEX "archive_documents_tsv" ON "archive_documents" USING gin ("search_tsv");
--> statement-breakpoint
CREATE TABLE "archive_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL REFERENCES "tenants"("id"),
	"source" text NOT NULL,
	"created_by" uuid,
	"job_id" uuid,
	"report" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "archive_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL REFERENCES "tenants"("id"),
	"document_id" uuid NOT NULL REFERENCES "archive_documents"("id"),
	"reason" text NOT NULL,
	"message" text,
	"contact" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	"resolution" text
);
--> statement-breakpoint
CREATE INDEX "archive_reports_open" ON "archive_reports" ("tenant_id","resolved_at");
