CREATE TABLE "records_complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"received" date NOT NULL,
	"forward_due" date NOT NULL,
	"forwarded_on" date,
	"outcome" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "records_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"doc_date" date,
	"kind" text DEFAULT 'file' NOT NULL,
	"filename" text,
	"media_type" text,
	"size_bytes" integer DEFAULT 0 NOT NULL,
	"sha256" text,
	"duplicate_of" uuid,
	"content" "bytea",
	"redacted_content" "bytea",
	"screening_status" text DEFAULT 'none' NOT NULL,
	"suggestions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"decision" text,
	"basis_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"redactions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"internal" boolean DEFAULT false NOT NULL,
	"extraction_note" text,
	"meroffentlighed_considered" boolean DEFAULT false NOT NULL,
	"meroffentlighed_note" text,
	"emission_information" boolean DEFAULT false NOT NULL,
	"not_covered_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "records_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"sent_on" date NOT NULL,
	"pdf" "bytea" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "records_releases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"package_zip" "bytea" NOT NULL,
	"downloads" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "records_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"case_number" text NOT NULL,
	"requester_type" text NOT NULL,
	"requester_name" text NOT NULL,
	"requester_email" text,
	"requester_address" text[] DEFAULT '{}'::text[] NOT NULL,
	"laws" text[] NOT NULL,
	"governing_law" text NOT NULL,
	"large_or_complex" boolean DEFAULT false NOT NULL,
	"subject" text NOT NULL,
	"case_references" text[] DEFAULT '{}'::text[] NOT NULL,
	"channel" text NOT NULL,
	"received" date NOT NULL,
	"decision_due" date NOT NULL,
	"fristbrev_due" date NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"unit_id" uuid,
	"assigned_to" uuid,
	"fristbrev_sent_on" date,
	"expected_decision_date" date,
	"decided_on" date,
	"released_on" date,
	"letter_draft" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status_token_hash" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "records_sequences" (
	"tenant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "records_time_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"user_id" uuid,
	"minutes" integer NOT NULL,
	"activity" text NOT NULL,
	"spent_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "records_complaints" ADD CONSTRAINT "records_complaints_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records_complaints" ADD CONSTRAINT "records_complaints_request_id_records_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."records_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records_documents" ADD CONSTRAINT "records_documents_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records_documents" ADD CONSTRAINT "records_documents_request_id_records_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."records_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records_letters" ADD CONSTRAINT "records_letters_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records_letters" ADD CONSTRAINT "records_letters_request_id_records_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."records_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records_releases" ADD CONSTRAINT "records_releases_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records_releases" ADD CONSTRAINT "records_releases_request_id_records_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."records_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records_requests" ADD CONSTRAINT "records_requests_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records_sequences" ADD CONSTRAINT "records_sequences_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records_time_entries" ADD CONSTRAINT "records_time_entries_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records_time_entries" ADD CONSTRAINT "records_time_entries_request_id_records_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."records_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "records_complaints_request_idx" ON "records_complaints" USING btree ("tenant_id","request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "records_documents_number_uq" ON "records_documents" USING btree ("tenant_id","request_id","number");--> statement-breakpoint
CREATE INDEX "records_documents_hash_idx" ON "records_documents" USING btree ("tenant_id","request_id","sha256");--> statement-breakpoint
CREATE INDEX "records_letters_request_idx" ON "records_letters" USING btree ("tenant_id","request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "records_releases_token_uq" ON "records_releases" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "records_requests_case_uq" ON "records_requests" USING btree ("tenant_id","case_number");--> statement-breakpoint
CREATE INDEX "records_requests_status_idx" ON "records_requests" USING btree ("tenant_id","status","decision_due");--> statement-breakpoint
CREATE UNIQUE INDEX "records_sequences_uq" ON "records_sequences" USING btree ("tenant_id","year");--> statement-breakpoint
CREATE INDEX "records_time_request_idx" ON "records_time_entries" USING btree ("tenant_id","request_id");