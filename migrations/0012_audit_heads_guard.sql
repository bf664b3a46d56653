-- audit_heads is protected like the log itself (threat model: docs/security.md): a head only moves forwards,
-- it can never be deleted or truncated — by anyone, owner and superuser included, unless they first disable
-- these triggers, which `rodtrad audit verify --expect-head` then detects.
CREATE OR REPLACE FUNCTION rodtrad_guard_audit_head() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.tenant_id <> OLD.tenant_id OR NEW.seq < OLD.seq OR (NEW.seq = OLD.seq AND NEW.hash <> OLD.hash) THEN
      RAISE EXCEPTION 'audit_heads only moves forwards' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_heads rows cannot be removed' USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_heads_forward_only BEFORE UPDATE OR DELETE ON audit_heads
  FOR EACH ROW EXECUTE FUNCTION rodtrad_guard_audit_head();
--> statement-breakpoint
CREATE TRIGGER audit_heads_no_truncate BEFORE TRUNCATE ON audit_heads
  FOR EACH STATEMENT EXECUTE FUNCTION rodtrad_guard_audit_head();
