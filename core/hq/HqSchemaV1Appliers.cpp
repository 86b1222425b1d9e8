// Head-office schema version 1: applying events. One function per event type; apply_event picks
// it by type and format version, and records what became of the event. An event head office
// cannot apply yet (unknown type, newer format, bad payload) is kept with its reason, never lost:
// `hq reapply` retries them after an upgrade.

#include "hq/HqSchemaSteps.h"

namespace patron::hqsql {

const char* v1Appliers()
{
    return R"sql(
-- The current payload format of each event type; NULL for a type head office does not know.
CREATE FUNCTION hq.event_format(event_type text) RETURNS int LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE event_type
    WHEN 'store.initialized' THEN 1 WHEN 'store.restored' THEN 1
    WHEN 'user.added' THEN 1        WHEN 'user.changed' THEN 1
    WHEN 'sale.completed' THEN 1    WHEN 'sale.returned' THEN 1
    WHEN 'member.registered' THEN 2 WHEN 'member.updated' THEN 1 WHEN 'member.erased' THEN 1
    WHEN 'points.entry' THEN 1      WHEN 'wallet.entry' THEN 1
    WHEN 'shift.closed' THEN 1      WHEN 'audit.anchored' THEN 1
  END $$;

-- Brings a payload in the previous format up to the current one.
CREATE FUNCTION hq.upgrade_payload(event_type text, version int, payload jsonb) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  IF event_type = 'member.registered' AND version = 1 THEN
    -- Format 2 added the marketing consent (PIPL art. 13-14). Format 1 tills never asked for
    -- it, so a member they registered has not consented.
    RETURN jsonb_build_object('marketing_consent', false) || payload;
  END IF;
  RETURN payload;
END $$;

-- A required payload field as text; a missing one rejects the event with a clear reason.
CREATE FUNCTION hq.req(p jsonb, field text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  IF p ->> field IS NULL THEN
    RAISE EXCEPTION 'the payload has no "%"', field USING ERRCODE = 'not_null_violation';
  END IF;
  RETURN p ->> field;
END $$;

CREATE FUNCTION hq.note_member(till int, member uuid) RETURNS void LANGUAGE sql AS $$
  INSERT INTO hq.till_members(till_id, member_uuid) VALUES (till, member) ON CONFLICT DO NOTHING
$$;

-- Two members with one mobile: typically registered offline in two stores. Listed for a
-- manager to merge; never merged automatically. The advisory lock makes two concurrent
-- registrations of one mobile see each other.
CREATE FUNCTION hq.check_duplicate_mobile(m uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  mob text;
  home text;
  other record;
BEGIN
  SELECT mobile, home_store INTO mob, home FROM hq.members WHERE uuid = m AND erased_at IS NULL;
  IF mob IS NULL THEN
    RETURN;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('patron.mobile:' || mob, 0));
  FOR other IN SELECT uuid, home_store FROM hq.members
               WHERE mobile = mob AND uuid <> m AND erased_at IS NULL LOOP
    INSERT INTO hq.conflicts(kind, subject, member_uuid, other_uuid, store_code, details)
    VALUES ('duplicate_mobile', least(m, other.uuid)::text || '/' || greatest(m, other.uuid)::text,
            least(m, other.uuid), greatest(m, other.uuid), home,
            jsonb_build_object('mobile', mob, 'stores', jsonb_build_array(home, other.home_store)))
    ON CONFLICT (kind, subject) WHERE resolved_at IS NULL DO NOTHING;
  END LOOP;
END $$;

-- Last writer wins, field by field, by HLC. Fields this version does not know are ignored.
CREATE FUNCTION hq.merge_member_fields(m uuid, fields jsonb, hlc text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  cur jsonb;
  erased timestamptz;
  win jsonb := '{}';
  f text;
BEGIN
  SELECT field_hlc, erased_at INTO cur, erased FROM hq.members WHERE uuid = m FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'member % is not known at head office', m USING ERRCODE = 'foreign_key_violation';
  END IF;
  IF erased IS NOT NULL THEN
    RETURN;  -- an erased member's personal data is never brought back
  END IF;
  FOR f IN SELECT jsonb_object_keys(coalesce(fields, '{}')) LOOP
    IF f = ANY (ARRAY['mobile', 'name', 'card_no', 'birthday', 'tier', 'marketing_consent'])
       AND ((cur ->> f) IS NULL OR (cur ->> f) COLLATE "C" < hlc COLLATE "C") THEN
      win := win || jsonb_build_object(f, fields -> f);
    END IF;
  END LOOP;
  IF win = '{}' THEN
    RETURN;
  END IF;
  UPDATE hq.members SET
    mobile = CASE WHEN win ? 'mobile' THEN win ->> 'mobile' ELSE mobile END,
    name = CASE WHEN win ? 'name' THEN win ->> 'name' ELSE name END,
    card_no = CASE WHEN win ? 'card_no' THEN win ->> 'card_no' ELSE card_no END,
    birthday = CASE WHEN win ? 'birthday' THEN (win ->> 'birthday')::date ELSE birthday END,
    tier = CASE WHEN win ? 'tier' THEN win ->> 'tier' ELSE tier END,
    marketing_consent = CASE WHEN win ? 'marketing_consent'
                             THEN coalesce((win ->> 'marketing_consent')::boolean, false)
                             ELSE marketing_consent END,
    field_hlc = field_hlc || (SELECT jsonb_object_agg(k, hlc) FROM jsonb_object_keys(win) k)
  WHERE uuid = m;
  IF win ? 'mobile' THEN
    PERFORM hq.check_duplicate_mobile(m);
  END IF;
END $$;

CREATE FUNCTION hq.apply_store_initialized(ev hq.events, p jsonb) RETURNS void LANGUAGE sql AS $$
  UPDATE hq.stores SET store_uuid = coalesce(store_uuid, (p ->> 'store_uuid')::uuid),
                       currency = coalesce(p ->> 'currency', currency)
  WHERE code = ev.store_code
$$;

CREATE FUNCTION hq.apply_store_restored(ev hq.events, p jsonb) RETURNS void LANGUAGE sql AS $$
  UPDATE hq.tills SET receipt_epoch = greatest(receipt_epoch, hq.req(p, 'receipt_epoch')::int)
  WHERE id = ev.till_id
$$;

CREATE FUNCTION hq.apply_user_added(ev hq.events, p jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO hq.staff(store_code, name, uuid, display_name, role)
  VALUES (ev.store_code, hq.req(p, 'name'), (p ->> 'uuid')::uuid, p ->> 'display_name', p ->> 'role')
  ON CONFLICT (store_code, name) DO UPDATE
    SET uuid = EXCLUDED.uuid, display_name = EXCLUDED.display_name, role = EXCLUDED.role, updated_at = now()
$$;

CREATE FUNCTION hq.apply_user_changed(ev hq.events, p jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO hq.staff(store_code, name, disabled, role, display_name)
  VALUES (ev.store_code, hq.req(p, 'name'), coalesce((p ->> 'disabled')::boolean, false), p ->> 'role',
          p ->> 'display_name')
  ON CONFLICT (store_code, name) DO UPDATE
    SET disabled = coalesce((p ->> 'disabled')::boolean, hq.staff.disabled),
        role = coalesce(p ->> 'role', hq.staff.role),
        display_name = coalesce(p ->> 'display_name', hq.staff.display_name),
        updated_at = now()
$$;

CREATE FUNCTION hq.apply_sale_completed(ev hq.events, p jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  sale uuid := hq.req(p, 'sale_uuid')::uuid;
  total bigint := hq.req(p, 'total_minor')::bigint;
  member uuid := (p ->> 'member_uuid')::uuid;
  l jsonb;
  pay jsonb;
  lines_total bigint := 0;
  paid bigint := 0;
BEGIN
  INSERT INTO hq.sales(uuid, event_uuid, store_code, till_code, receipt_no, business_day, sold_at, cashier,
                       member_uuid, currency, subtotal_minor, discount_minor, total_minor, points_earned)
  VALUES (sale, ev.uuid, ev.store_code, ev.till_code, hq.req(p, 'receipt_no'), hq.req(p, 'business_day')::date,
          hq.req(p, 'sold_at')::timestamptz, p ->> 'cashier', member, hq.req(p, 'currency'),
          hq.req(p, 'subtotal_minor')::bigint, coalesce((p ->> 'discount_minor')::bigint, 0), total,
          coalesce((p ->> 'points_earned')::bigint, 0))
  ON CONFLICT (uuid) DO NOTHING;
  IF NOT FOUND THEN
    RETURN;  -- the same sale arrived in another event already
  END IF;
  FOR l IN SELECT * FROM jsonb_array_elements(coalesce(p -> 'lines', '[]')) LOOP
    INSERT INTO hq.sale_lines(uuid, sale_uuid, line_no, product_code, name, qty_milli, unit_price_minor,
                              discount_minor, total_minor, cost_minor, tax_rate_bp)
    VALUES (hq.req(l, 'line_uuid')::uuid, sale, hq.req(l, 'line_no')::int, l ->> 'product_code', hq.req(l, 'name'),
            hq.req(l, 'qty_milli')::bigint, hq.req(l, 'unit_price_minor')::bigint,
            coalesce((l ->> 'discount_minor')::bigint, 0), hq.req(l, 'total_minor')::bigint,
            (l ->> 'cost_minor')::bigint, (l ->> 'tax_rate_bp')::int);
    lines_total := lines_total + (l ->> 'total_minor')::bigint;
  END LOOP;
  FOR pay IN SELECT * FROM jsonb_array_elements(coalesce(p -> 'payments', '[]')) LOOP
    INSERT INTO hq.payments(uuid, sale_uuid, tender, amount_minor, reference)
    VALUES (hq.req(pay, 'payment_uuid')::uuid, sale, hq.req(pay, 'tender'), hq.req(pay, 'amount_minor')::bigint,
            pay ->> 'reference');
    paid := paid + (pay ->> 'amount_minor')::bigint;
  END LOOP;
  -- A sale whose parts do not add up is a bug on the till: keep the event, refuse the figures.
  IF lines_total <> total THEN
    RAISE EXCEPTION 'sale %: the lines add up to % but the total is %', sale, lines_total, total
      USING ERRCODE = 'check_violation';
  END IF;
  IF paid <> total THEN
    RAISE EXCEPTION 'sale %: the payments add up to % but the total is %', sale, paid, total
      USING ERRCODE = 'check_violation';
  END IF;
  IF member IS NOT NULL THEN
    PERFORM hq.note_member(ev.till_id, member);
  END IF;
END $$;

CREATE FUNCTION hq.apply_sale_returned(ev hq.events, p jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO hq.returns(uuid, event_uuid, sale_uuid, store_code, till_code, returned_at, total_minor, detail)
  VALUES (hq.req(p, 'return_uuid')::uuid, ev.uuid, hq.req(p, 'sale_uuid')::uuid, ev.store_code, ev.till_code,
          hq.req(p, 'returned_at')::timestamptz, hq.req(p, 'total_minor')::bigint, p)
  ON CONFLICT (uuid) DO NOTHING
$$;

CREATE FUNCTION hq.apply_member_registered(ev hq.events, p jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  m uuid := hq.req(p, 'member_uuid')::uuid;
BEGIN
  INSERT INTO hq.members(uuid, home_store, registered_at)
  VALUES (m, ev.store_code, coalesce((p ->> 'registered_at')::timestamptz, ev.created_at))
  ON CONFLICT (uuid) DO NOTHING;
  PERFORM hq.merge_member_fields(m, p - 'member_uuid' - 'registered_at', ev.hlc);
  PERFORM hq.note_member(ev.till_id, m);
END $$;

CREATE FUNCTION hq.apply_member_updated(ev hq.events, p jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  m uuid := hq.req(p, 'member_uuid')::uuid;
BEGIN
  PERFORM hq.merge_member_fields(m, p -> 'fields', ev.hlc);
  PERFORM hq.note_member(ev.till_id, m);
END $$;

-- PIPL art. 47: personal fields go, the member's UUID and ledgers stay (they are the shop's books).
CREATE FUNCTION hq.apply_member_erased(ev hq.events, p jsonb) RETURNS void LANGUAGE sql AS $$
  UPDATE hq.members
     SET mobile = NULL, name = NULL, card_no = NULL, birthday = NULL, marketing_consent = false,
         erased_at = coalesce(erased_at, coalesce((p ->> 'at')::timestamptz, ev.created_at))
   WHERE uuid = hq.req(p, 'member_uuid')::uuid
$$;

-- A balance below zero after a merge (two stores spent the same points offline) is listed for a
-- manager. The member lock makes two concurrent batches for one member see each other's entries.
CREATE FUNCTION hq.apply_points_entry(ev hq.events, p jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  m uuid := hq.req(p, 'member_uuid')::uuid;
  bal bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('patron.member:' || m::text, 0));
  INSERT INTO hq.points_ledger(uuid, member_uuid, store_code, till_code, points, reason, sale_uuid, at, event_uuid)
  VALUES (hq.req(p, 'entry_uuid')::uuid, m, ev.store_code, ev.till_code, hq.req(p, 'points')::bigint,
          hq.req(p, 'reason'), (p ->> 'sale_uuid')::uuid, coalesce((p ->> 'at')::timestamptz, ev.created_at), ev.uuid)
  ON CONFLICT (uuid) DO NOTHING;
  PERFORM hq.note_member(ev.till_id, m);
  SELECT coalesce(sum(points), 0) INTO bal FROM hq.points_ledger WHERE member_uuid = m;
  IF bal < 0 THEN
    INSERT INTO hq.conflicts(kind, subject, member_uuid, store_code, details)
    VALUES ('negative_points', m::text, m, ev.store_code, jsonb_build_object('balance', bal, 'event_uuid', ev.uuid))
    ON CONFLICT (kind, subject) WHERE resolved_at IS NULL DO NOTHING;
  END IF;
END $$;

CREATE FUNCTION hq.apply_wallet_entry(ev hq.events, p jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  m uuid := hq.req(p, 'member_uuid')::uuid;
  principal bigint;
  bonus bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('patron.member:' || m::text, 0));
  INSERT INTO hq.wallet_ledger(uuid, member_uuid, store_code, till_code, principal_minor, bonus_minor, reason,
                               sale_uuid, at, event_uuid)
  VALUES (hq.req(p, 'entry_uuid')::uuid, m, ev.store_code, ev.till_code,
          coalesce((p ->> 'principal_minor')::bigint, 0), coalesce((p ->> 'bonus_minor')::bigint, 0),
          hq.req(p, 'reason'), (p ->> 'sale_uuid')::uuid, coalesce((p ->> 'at')::timestamptz, ev.created_at), ev.uuid)
  ON CONFLICT (uuid) DO NOTHING;
  PERFORM hq.note_member(ev.till_id, m);
  SELECT coalesce(sum(principal_minor), 0), coalesce(sum(bonus_minor), 0) INTO principal, bonus
    FROM hq.wallet_ledger WHERE member_uuid = m;
  IF principal < 0 OR bonus < 0 THEN
    INSERT INTO hq.conflicts(kind, subject, member_uuid, store_code, details)
    VALUES ('negative_wallet', m::text, m, ev.store_code,
            jsonb_build_object('principal_minor', principal, 'bonus_minor', bonus, 'event_uuid', ev.uuid))
    ON CONFLICT (kind, subject) WHERE resolved_at IS NULL DO NOTHING;
  END IF;
END $$;

CREATE FUNCTION hq.apply_shift_closed(ev hq.events, p jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO hq.shifts(uuid, store_code, till_code, cashier, opened_at, closed_at, summary)
  VALUES (hq.req(p, 'shift_uuid')::uuid, ev.store_code, ev.till_code, p ->> 'cashier',
          hq.req(p, 'opened_at')::timestamptz, hq.req(p, 'closed_at')::timestamptz, coalesce(p -> 'summary', '{}'))
  ON CONFLICT (uuid) DO NOTHING
$$;

CREATE FUNCTION hq.apply_audit_anchored(ev hq.events, p jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO hq.audit_anchors(store_code, till_code, audit_id, hash, at)
  VALUES (ev.store_code, ev.till_code, hq.req(p, 'audit_id')::bigint, hq.req(p, 'hash'),
          coalesce((p ->> 'at')::timestamptz, ev.created_at))
  ON CONFLICT DO NOTHING
$$;

-- Applies one stored event and records the outcome. Errors that mean "try again" (deadlock,
-- serialization, lock timeout, cancel) abort the whole batch so the till retries it; any other
-- error is the event's own fault and is recorded against it.
CREATE FUNCTION hq.apply_event(ev hq.events) RETURNS text LANGUAGE plpgsql AS $$
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
      CASE ev.type
        WHEN 'store.initialized' THEN PERFORM hq.apply_store_initialized(ev, p);
        WHEN 'store.restored' THEN PERFORM hq.apply_store_restored(ev, p);
        WHEN 'user.added' THEN PERFORM hq.apply_user_added(ev, p);
        WHEN 'user.changed' THEN PERFORM hq.apply_user_changed(ev, p);
        WHEN 'sale.completed' THEN PERFORM hq.apply_sale_completed(ev, p);
        WHEN 'sale.returned' THEN PERFORM hq.apply_sale_returned(ev, p);
        WHEN 'member.registered' THEN PERFORM hq.apply_member_registered(ev, p);
        WHEN 'member.updated' THEN PERFORM hq.apply_member_updated(ev, p);
        WHEN 'member.erased' THEN PERFORM hq.apply_member_erased(ev, p);
        WHEN 'points.entry' THEN PERFORM hq.apply_points_entry(ev, p);
        WHEN 'wallet.entry' THEN PERFORM hq.apply_wallet_entry(ev, p);
        WHEN 'shift.closed' THEN PERFORM hq.apply_shift_closed(ev, p);
        WHEN 'audit.anchored' THEN PERFORM hq.apply_audit_anchored(ev, p);
      END CASE;
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
)sql";
}

} // namespace patron::hqsql
