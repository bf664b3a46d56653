-- Never release what nobody checked: the caseworker's verdict per suggestion, the reason given when a document
-- is released without redaction, and when a document went out (released documents are locked). The request
-- gets the case context screening uses: case type, parties, and the public subject of the case (kept).
ALTER TABLE "records_documents" ADD COLUMN "suggestion_verdicts" jsonb DEFAULT '{}'::jsonb NOT NULL;
--> statement-breakpoint
ALTER TABLE "records_documents" ADD COLUMN "unredacted_reason" text;
--> statement-breakpoint
ALTER TABLE "records_documents" ADD COLUMN "released_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "records_documents" ADD COLUMN "sender" text;
--> statement-breakpoint
ALTER TABLE "records_requests" ADD COLUMN "case_type" text DEFAULT 'citizen' NOT NULL;
--> statement-breakpoint
ALTER TABLE "records_requests" ADD COLUMN "parties" text[] DEFAULT '{}'::text[] NOT NULL;
--> statement-breakpoint
ALTER TABLE "records_requests" ADD COLUMN "case_subjects" text[] DEFAULT '{}'::text[] NOT NULL;
--> statement-breakpoint
-- Documents screened before suggestion verdicts existed: what the caseworker accepted is known from the stored
-- redactions; the rest was never decided and stays open.
UPDATE "records_documents" d SET "suggestion_verdicts" = coalesce((
  SELECT jsonb_object_agg(r->>'suggestionId', 'accepted') FROM jsonb_array_elements(d.redactions) r
  WHERE r->>'suggestionId' IS NOT NULL), '{}'::jsonb);
