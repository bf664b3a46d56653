-- Records files move from bytea columns to the content-addressed document store (src/platform/documents).
-- SQL cannot write files, so the bytes wait in records_legacy_content, keyed by SHA-256, until the application
-- copies them into the store (on start and on first read, src/modules/records/service/storage.ts) and deletes
-- them there. The table has no tenant and no grant to the app role: only system transactions read it.
CREATE TABLE "records_legacy_content" (
	"sha256" text PRIMARY KEY NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "records_documents" ADD COLUMN "redacted_sha256" text;--> statement-breakpoint
ALTER TABLE "records_requests" ADD COLUMN "screening_job_id" uuid;--> statement-breakpoint
-- Journal entries had no hash; every stored file is now addressed by the hash of its bytes.
UPDATE "records_documents" SET "sha256" = encode(sha256("content"), 'hex') WHERE "content" IS NOT NULL;--> statement-breakpoint
UPDATE "records_documents" SET "redacted_sha256" = encode(sha256("redacted_content"), 'hex') WHERE "redacted_content" IS NOT NULL;--> statement-breakpoint
INSERT INTO "records_legacy_content" ("sha256", "content")
  SELECT "sha256", "content" FROM "records_documents" WHERE "content" IS NOT NULL
  UNION
  SELECT "redacted_sha256", "redacted_content" FROM "records_documents" WHERE "redacted_content" IS NOT NULL
  ON CONFLICT ("sha256") DO NOTHING;--> statement-breakpoint
ALTER TABLE "records_documents" DROP COLUMN "content";--> statement-breakpoint
ALTER TABLE "records_documents" DROP COLUMN "redacted_content";
