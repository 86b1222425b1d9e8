// Head-office schema version 4: duplicate members merged by a manager at a till (event
// member.merged). The merged member's ledgers and reservations move to the survivor; the merged
// member stays for audit, marked, out of lookups and duplicate checks; its open duplicate entry
// is resolved. Entries for it that arrive later (an offline till) land on the survivor.
// Also: event formats become a table and apply_event dispatches by name, so a later event type
// is one applier function and one row, not a rewrite of the dispatcher.

#include "hq/HqSchemaSteps.h"

namespace patron::hqsql {

const char* v4MemberMerge()
{
    return R"sql(
ALTER TABLE hq.members ADD COLUMN merged_into uuid, ADD COLUMN merged_at timestamptz;

CREATE TABLE hq.event_formats (
  type    text PRIMARY KEY,
  version int NOT NULL
);
INSERT INTO hq.event_formats(type, version) VALUES
  ('store.initialized', 1), ('store.restored', 1), ('user.added', 1), ('user.changed', 1),
  ('sale.completed', 1), ('sale.returned', 1), ('member.registered', 2), ('member.updated', 1),
  ('member.erased', 1), ('points.entry', 1), ('wallet.entry', 1), ('shift.closed', 1),
  ('audit.anchored', 1), ('member.merged', 1);

CREATE OR REPLACE FUNCTION hq.event_format(event_type text) RETURNS int LANGUAGE sql STABLE AS $$
  SELECT version FROM hq.event_formats WHERE type = event_type
$$;

-- As version 1, but the applier is found by name: hq.apply_<type, dots as underscores>(ev, p).
CREATE OR REPLACE FUNCTION hq.apply_event(ev hq.events) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  fmt int := hq.event_format(ev.type);
  p jsonb;
  outcome text := 'applied';
  why text;
BEGIN
  IF fmt IS NULL THEN
    outcome := 'unknown_type';
  ELSIF ev.version NOT IN (fmt, fmt - 1) THEN
    outcome := 'unsupported_version';
    why := format('format %s; head office accepts %s and %s', ev.version, fmt - 1, fmt);
  ELSE
    p := CASE WHEN ev.version = fmt THEN ev.payload ELSE hq.upgrade_payload(ev.type, ev.version, ev.payload) END;
    BEGIN
      EXECUTE format('SELECT hq.%I($1, $2)', 'apply_' || replace(ev.type, '.', '_')) USING ev, p;
    EXCEPTION WHEN OTHERS THEN
      IF SQLSTATE IN ('40001', '40P01', '55P03', '57014') THEN
        RAISE;
      END IF;
      outcome := 'rejected';
      why := SQLERRM;
    END;
  END IF;
  UPDATE hq.events SET status = outcome, problem = why WHERE seq = ev.seq;
  RETURN outcome;
END $$;

-- Where a member's entries belong now: the end of its merge chain (A merged into B, B into C).
CREATE FUNCTION hq.member_now(m uuid) RETURNS uuid LANGUAGE plpgsql STABLE AS $$
DECLARE
  cur uuid := m;
  nxt uuid;
BEGIN
  FOR hop IN 1..32 LOOP
    SELECT merged_into INTO nxt FROM hq.members WHERE uuid = cur;
    EXIT WHEN nxt IS NULL;
    cur := nxt;
  END LOOP;
  RETURN cur;
END $$;

CREATE FUNCTION hq.redirect_merged_entry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.member_uuid := hq.member_now(NEW.member_uuid);
  RETURN NEW;
END $$;
CREATE TRIGGER points_to_survivor BEFORE INSERT ON hq.points_ledger
  FOR EACH ROW EXECUTE FUNCTION hq.redirect_merged_entry();
CREATE TRIGGER wallet_to_survivor BEFORE INSERT ON hq.wallet_ledger
  FOR EACH ROW EXECUTE FUNCTION hq.redirect_merged_entry();

-- member.merged v1: {"survivor_uuid", "merged_uuid", "at"?}. Both members must be at head
-- office (else rejected, and `hq reapply` retries it once they are). Applying it again changes
-- nothing: the merged member's rows have moved already.
CREATE FUNCTION hq.apply_member_merged(ev hq.events, p jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  -- A survivor merged away meanwhile (at another store): its own survivor takes everything.
  survivor uuid := hq.member_now(hq.req(p, 'survivor_uuid')::uuid);
  merged uuid := hq.req(p, 'merged_uuid')::uuid;
  points bigint;
  principal bigint;
  bonus bigint;
BEGIN
  IF survivor = merged THEN
    RAISE EXCEPTION 'member % cannot be merged into itself', merged USING ERRCODE = 'check_violation';
  END IF;
  -- Both members' locks, in a fixed order: entries for either wait until the move is done.
  PERFORM pg_advisory_xact_lock(hashtextextended('patron.member:' || least(survivor, merged)::text, 0));
  PERFORM pg_advisory_xact_lock(hashtextextended('patron.member:' || greatest(survivor, merged)::text, 0));
  IF (SELECT count(*) FROM hq.members WHERE uuid IN (survivor, merged)) < 2 THEN
    RAISE EXCEPTION 'members % and % must both be at head office before they are merged', survivor, merged
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  UPDATE hq.points_ledger SET member_uuid = survivor WHERE member_uuid = merged;
  UPDATE hq.wallet_ledger SET member_uuid = survivor WHERE member_uuid = merged;
  UPDATE hq.wallet_reservations SET member_uuid = survivor WHERE member_uuid = merged;
  -- Tills that served the merged member follow the survivor from now on.
  INSERT INTO hq.till_members(till_id, member_uuid)
  SELECT till_id, survivor FROM hq.till_members WHERE member_uuid = merged
  ON CONFLICT DO NOTHING;
  PERFORM hq.note_member(ev.till_id, survivor);
  -- The change log carries the mark to the tills that hold the merged member.
  UPDATE hq.members SET merged_into = survivor, merged_at = coalesce((p ->> 'at')::timestamptz, ev.created_at)
   WHERE uuid = merged AND merged_into IS NULL;
  UPDATE hq.conflicts
     SET resolved_at = now(), resolution = format('merged into %s at %s/%s', survivor, ev.store_code, ev.till_code)
   WHERE kind = 'duplicate_mobile' AND resolved_at IS NULL
     AND member_uuid = least(survivor, merged) AND other_uuid = greatest(survivor, merged);
  SELECT coalesce(sum(p2.points), 0) INTO points FROM hq.points_ledger p2 WHERE p2.member_uuid = survivor;
  SELECT coalesce(sum(principal_minor), 0), coalesce(sum(bonus_minor), 0) INTO principal, bonus
    FROM hq.wallet_ledger WHERE member_uuid = survivor;
  IF points < 0 THEN
    INSERT INTO hq.conflicts(kind, subject, member_uuid, store_code, details)
    VALUES ('negative_points', survivor::text, survivor, ev.store_code,
            jsonb_build_object('balance', points, 'event_uuid', ev.uuid))
    ON CONFLICT (kind, subject) WHERE resolved_at IS NULL DO NOTHING;
  END IF;
  IF principal < 0 OR bonus < 0 THEN
    INSERT INTO hq.conflicts(kind, subject, member_uuid, store_code, details)
    VALUES ('negative_wallet', survivor::text, survivor, ev.store_code,
            jsonb_build_object('principal_minor', principal, 'bonus_minor', bonus, 'event_uuid', ev.uuid))
    ON CONFLICT (kind, subject) WHERE resolved_at IS NULL DO NOTHING;
  END IF;
END $$;

-- As version 1, without merged members: a merged member is never found or listed as a duplicate.
CREATE OR REPLACE FUNCTION hq.check_duplicate_mobile(m uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  mob text;
  home text;
  other record;
BEGIN
  SELECT mobile, home_store INTO mob, home FROM hq.members WHERE uuid = m AND erased_at IS NULL AND merged_into IS NULL;
  IF mob IS NULL THEN
    RETURN;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('patron.mobile:' || mob, 0));
  FOR other IN SELECT uuid, home_store FROM hq.members
               WHERE mobile = mob AND uuid <> m AND erased_at IS NULL AND merged_into IS NULL LOOP
    INSERT INTO hq.conflicts(kind, subject, member_uuid, other_uuid, store_code, details)
    VALUES ('duplicate_mobile', least(m, other.uuid)::text || '/' || greatest(m, other.uuid)::text,
            least(m, other.uuid), greatest(m, other.uuid), home,
            jsonb_build_object('mobile', mob, 'stores', jsonb_build_array(home, other.home_store)))
    ON CONFLICT (kind, subject) WHERE resolved_at IS NULL DO NOTHING;
  END LOOP;
END $$;

CREATE OR REPLACE FUNCTION hq.lookup_member(query text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hq, pg_catalog, pg_temp AS $$
DECLARE
  t hq.tills := hq.caller_till();
  found jsonb[] := '{}';
  m hq.members;
BEGIN
  IF coalesce(btrim(query), '') = '' THEN
    RAISE EXCEPTION 'an empty member lookup' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  FOR m IN SELECT * FROM hq.members
           WHERE erased_at IS NULL AND merged_into IS NULL AND (mobile = query OR card_no = query) LOOP
    PERFORM hq.note_member(t.id, m.uuid);
    found := found || jsonb_build_object(
      'member', to_jsonb(m),
      'points', coalesce((SELECT jsonb_agg(to_jsonb(p) ORDER BY p.at) FROM hq.points_ledger p WHERE p.member_uuid = m.uuid), '[]'),
      'wallet', coalesce((SELECT jsonb_agg(to_jsonb(w) ORDER BY w.at) FROM hq.wallet_ledger w WHERE w.member_uuid = m.uuid), '[]'));
  END LOOP;
  RETURN to_jsonb(found);
END $$;
)sql";
}

} // namespace patron::hqsql
