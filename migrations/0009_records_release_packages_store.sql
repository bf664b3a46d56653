-- Release packages move from bytea to the content-addressed document store, like the documents in 0008: the
-- zip waits in records_legacy_content under its SHA-256 until the application copies it into the store.
ALTER TABLE "records_releases" ADD COLUMN "package_sha256" text;--> statement-breakpoint
UPDATE "records_releases" SET "package_sha256" = encode(sha256("package_zip"), 'hex');--> statement-breakpoint
INSERT INTO "records_legacy_content" ("sha256", "content")
  SELECT DISTINCT "package_sha256", "package_zip" FROM "records_releases"
  ON CONFLICT ("sha256") DO NOTHING;--> statement-breakpoint
ALTER TABLE "records_releases" ALTER COLUMN "package_sha256" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "records_releases" DROP COLUMN "package_zip";
