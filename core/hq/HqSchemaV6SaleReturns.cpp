// Head-office schema version 6: a till hands a sale to another till for a return, and the
// quantities returned are held chain-wide. A customer may bring a receipt of store A to store B:
// B asks head office for the sale (hq.sale_for_return), keeps a copy its own totals never count,
// and holds the quantities it takes back (hq.reserve_return) before its own transaction, so two
// tills returning the same line at once cannot both succeed. A restored till gets back the sales
// and returns it made after its backup (hq.own_sales).

#include "hq/HqSchemaSteps.h"

namespace patron::hqsql {

const char* v6SaleReturns()
{
    return R"sql(
CREATE INDEX sales_by_receipt ON hq.sales(receipt_no);
CREATE INDEX returns_by_sale ON hq.returns(sale_uuid);

-- A return without a receipt names no sale; schema 1 refused it, so the store's totals at head
-- office missed it ("hq reapply" applies those kept as rejected).
ALTER TABLE hq.returns ALTER COLUMN sale_uuid DROP NOT NULL;

-- A line returned beyond what was sold (a till returned its own sale offline while another store
-- returned it online) is listed for a manager, never silently corrected.
ALTER TABLE hq.conflicts DROP CONSTRAINT conflicts_kind_check;
ALTER TABLE hq.conflicts ADD CONSTRAINT conflicts_kind_check
  CHECK (kind IN ('duplicate_mobile', 'negative_points', 'negative_wallet', 'over_returned'));
ALTER TABLE hq.conflicts ALTER COLUMN member_uuid DROP NOT NULL;

CREATE OR REPLACE FUNCTION hq.apply_sale_returned(ev hq.events, p jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  sale uuid := (p ->> 'sale_uuid')::uuid;
  o record;
BEGIN
  IF sale IS NULL AND coalesce((p ->> 'without_receipt')::boolean, false) IS FALSE THEN
    PERFORM hq.req(p, 'sale_uuid');  -- raises: a return with a receipt must name its sale
  END IF;
  IF sale IS NOT NULL THEN
    -- The same lock as hq.reserve_return: a hold and this return see each other.
    PERFORM pg_advisory_xact_lock(hashtextextended('patron.sale:' || sale::text, 0));
  END IF;
  INSERT INTO hq.returns(uuid, event_uuid, sale_uuid, store_code, till_code, returned_at, total_minor, detail)
  VALUES (hq.req(p, 'return_uuid')::uuid, ev.uuid, sale, ev.store_code, ev.till_code,
          hq.req(p, 'returned_at')::timestamptz, hq.req(p, 'total_minor')::bigint, p)
  ON CONFLICT (uuid) DO NOTHING;
  IF NOT FOUND OR sale IS NULL THEN
    RETURN;
  END IF;
  FOR o IN SELECT sl.line_no, sl.qty_milli AS sold, x.qty AS returned, s.receipt_no, s.member_uuid
             FROM hq.sale_lines sl
             JOIN hq.sales s ON s.uuid = sl.sale_uuid
             JOIN (SELECT (l ->> 'original_line_no')::int AS line_no, sum(-(l ->> 'qty_milli')::bigint) AS qty
                     FROM hq.returns r, jsonb_array_elements(coalesce(r.detail -> 'lines', '[]')) l
                    WHERE r.sale_uuid = sale GROUP BY 1) x ON x.line_no = sl.line_no
            WHERE sl.sale_uuid = sale AND x.qty > sl.qty_milli LOOP
    INSERT INTO hq.conflicts(kind, subject, member_uuid, store_code, details)
    VALUES ('over_returned', sale::text || '/' || o.line_no, o.member_uuid, ev.store_code,
            jsonb_build_object('sale_uuid', sale, 'receipt_no', o.receipt_no, 'line_no', o.line_no,
                               'sold_milli', o.sold, 'returned_milli', o.returned, 'return_uuid', p ->> 'return_uuid'))
    ON CONFLICT (kind, subject) WHERE resolved_at IS NULL DO UPDATE SET details = EXCLUDED.details;
  END LOOP;
END $$;

-- Quantities a till is about to take back, held until its sale.returned event arrives (then the
-- return itself counts) or the hold expires (a return abandoned, or a till that stayed offline:
-- it then sends the return in `pending` when it asks again).
CREATE TABLE hq.return_holds (
  return_uuid uuid NOT NULL,
  sale_uuid   uuid NOT NULL,
  line_no     int NOT NULL,
  qty_milli   bigint NOT NULL CHECK (qty_milli > 0),
  till_id     int NOT NULL REFERENCES hq.tills(id),
  held_at     timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  PRIMARY KEY (return_uuid, line_no)
);
CREATE INDEX return_holds_by_sale ON hq.return_holds(sale_uuid);
INSERT INTO hq.config VALUES ('return_hold_ttl_s', '900');

CREATE FUNCTION hq.caller_till_id() RETURNS int LANGUAGE sql STABLE AS $$
  SELECT (hq.caller_till()).id
$$;

-- Every return of `sale` head office knows of, line by line, each return counted once: returns
-- applied (their refunds per original payment when the till sent them, else NULL), open holds of returns
-- not applied yet, and the calling till's returns still in its outbox (`pending`: sale.returned
-- payloads). `skip`: the return being reserved now (a retry does not count against itself).
CREATE FUNCTION hq.sale_returns(sale uuid, pending jsonb, skip uuid)
RETURNS TABLE (return_uuid uuid, till_id int, line_no int, qty_milli bigint, tenders jsonb)
LANGUAGE sql STABLE AS $$
  SELECT r.uuid, (SELECT ev.till_id FROM hq.events ev WHERE ev.uuid = r.event_uuid),
         (l ->> 'original_line_no')::int, -(l ->> 'qty_milli')::bigint, l -> 'tenders'
    FROM hq.returns r, jsonb_array_elements(coalesce(r.detail -> 'lines', '[]')) l
   WHERE r.sale_uuid = sale AND r.uuid IS DISTINCT FROM skip
  UNION ALL
  SELECT h.return_uuid, h.till_id, h.line_no, h.qty_milli, NULL
    FROM hq.return_holds h
   WHERE h.sale_uuid = sale AND h.expires_at > now() AND h.return_uuid IS DISTINCT FROM skip
     AND NOT EXISTS (SELECT 1 FROM hq.returns r WHERE r.uuid = h.return_uuid)
  UNION ALL
  SELECT (p ->> 'return_uuid')::uuid, hq.caller_till_id(), (l ->> 'original_line_no')::int,
         -(l ->> 'qty_milli')::bigint, NULL
    FROM jsonb_array_elements(coalesce(pending, '[]')) p, jsonb_array_elements(coalesce(p -> 'lines', '[]')) l
   WHERE (p ->> 'sale_uuid')::uuid = sale AND (p ->> 'return_uuid')::uuid IS DISTINCT FROM skip
     AND NOT EXISTS (SELECT 1 FROM hq.returns r WHERE r.uuid = (p ->> 'return_uuid')::uuid)
     AND NOT EXISTS (SELECT 1 FROM hq.return_holds h
                      WHERE h.return_uuid = (p ->> 'return_uuid')::uuid AND h.expires_at > now())
$$;

-- The sale behind a receipt number, for a return at the calling till: the sale.completed payload
-- as its till sent it (lines, payments, each payment's shares of the lines), its store and till,
-- what other tills returned of it (per line: the quantity, held or applied; the part of it whose
-- refunds per original payment head office knows, and those refunds), and its member with their whole ledger (the till caches the member, as after
-- hq.lookup_member, and from now on pulls their changes). NULL when head office has no such sale.
CREATE FUNCTION hq.sale_for_return(receipt text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hq, pg_catalog, pg_temp AS $$
DECLARE
  t hq.tills := hq.caller_till();
  s hq.sales;
  m hq.members;
  answer jsonb;
BEGIN
  SELECT * INTO s FROM hq.sales WHERE receipt_no = upper(btrim(receipt));
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  answer := jsonb_build_object(
    'store', s.store_code, 'till', s.till_code,
    'sale', (SELECT ev.payload FROM hq.events ev WHERE ev.uuid = s.event_uuid),
    'returned_elsewhere', (
      SELECT coalesce(jsonb_agg(jsonb_build_object(
               'line_no', x.line_no, 'qty_milli', x.qty, 'exact_qty_milli', x.exact,
               'tenders', coalesce((SELECT jsonb_agg(tn) FROM hq.sale_returns(s.uuid, NULL, NULL) r2,
                                           jsonb_array_elements(r2.tenders) tn
                                     WHERE r2.line_no = x.line_no AND r2.till_id IS DISTINCT FROM t.id), '[]'))
             ORDER BY x.line_no), '[]')
        FROM (SELECT r.line_no, sum(r.qty_milli) AS qty,
                     coalesce(sum(r.qty_milli) FILTER (WHERE r.tenders IS NOT NULL), 0) AS exact
                FROM hq.sale_returns(s.uuid, NULL, NULL) r
               WHERE r.till_id IS DISTINCT FROM t.id
               GROUP BY r.line_no) x));
  IF s.member_uuid IS NOT NULL THEN
    SELECT * INTO m FROM hq.members WHERE uuid = s.member_uuid AND merged_into IS NULL;
    IF NOT FOUND THEN
      -- A member merged into another since the sale: the survivor holds the ledgers now.
      SELECT * INTO m FROM hq.members
       WHERE uuid = (SELECT merged_into FROM hq.members WHERE uuid = s.member_uuid);
    END IF;
    IF m.uuid IS NOT NULL THEN
      PERFORM hq.note_member(t.id, m.uuid);
      answer := answer || jsonb_build_object('member', jsonb_build_object(
        'member', to_jsonb(m),
        'points', coalesce((SELECT jsonb_agg(to_jsonb(p) ORDER BY p.at) FROM hq.points_ledger p WHERE p.member_uuid = m.uuid), '[]'),
        'wallet', coalesce((SELECT jsonb_agg(to_jsonb(w) ORDER BY w.at) FROM hq.wallet_ledger w WHERE w.member_uuid = m.uuid), '[]')));
    END IF;
  END IF;
  RETURN answer;
END $$;

-- Holds `lines` ([{"line_no", "qty_milli"}]) of `sale` for the calling till's return `ret`.
-- Refused (an answer, not an error) when a line would be returned beyond what was sold across the
-- chain: returns applied, other open holds, and the caller's own returns not pushed yet
-- (`pending`). The sale's lock makes two tills reserving at once see each other. A sale head
-- office has not received yet can only be on its own till (no other till can find it), so it is
-- granted without a hold. Returns {"reserved", "known", "repeated", "lines": [{"line_no",
-- "sold_milli", "returned_milli"}]}.
CREATE FUNCTION hq.reserve_return(ret uuid, sale uuid, lines jsonb, pending jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hq, pg_catalog, pg_temp AS $$
DECLARE
  t hq.tills := hq.caller_till();
  ttl int := (SELECT value::int FROM hq.config WHERE key = 'return_hold_ttl_s');
  state jsonb;
  short boolean;
BEGIN
  IF ret IS NULL OR sale IS NULL OR jsonb_typeof(lines) IS DISTINCT FROM 'array' OR jsonb_array_length(lines) = 0 THEN
    RAISE EXCEPTION 'a return hold needs a return, a sale and lines' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF EXISTS (SELECT 1 FROM jsonb_array_elements(lines) l WHERE coalesce((l ->> 'qty_milli')::bigint, 0) <= 0) THEN
    RAISE EXCEPTION 'a return hold needs positive quantities' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('patron.sale:' || sale::text, 0));
  IF NOT EXISTS (SELECT 1 FROM hq.sales WHERE uuid = sale) THEN
    RETURN jsonb_build_object('reserved', true, 'known', false, 'repeated', false, 'lines', '[]'::jsonb);
  END IF;
  IF EXISTS (SELECT 1 FROM hq.return_holds h WHERE h.return_uuid = ret AND h.till_id <> t.id) THEN
    RAISE EXCEPTION 'return % is held by another till', ret USING ERRCODE = 'unique_violation';
  END IF;
  SELECT jsonb_agg(jsonb_build_object('line_no', sl.line_no, 'sold_milli', sl.qty_milli,
                                      'returned_milli', coalesce(r.qty, 0), 'wanted_milli', w.qty)
                   ORDER BY sl.line_no),
         bool_or(w.qty IS NOT NULL AND coalesce(r.qty, 0) + w.qty > sl.qty_milli)
    INTO state, short
    FROM hq.sale_lines sl
    LEFT JOIN (SELECT x.line_no, sum(x.qty_milli) AS qty FROM hq.sale_returns(sale, pending, ret) x GROUP BY 1) r
           ON r.line_no = sl.line_no
    LEFT JOIN (SELECT (l ->> 'line_no')::int AS line_no, sum((l ->> 'qty_milli')::bigint) AS qty
                 FROM jsonb_array_elements(lines) l GROUP BY 1) w ON w.line_no = sl.line_no
   WHERE sl.sale_uuid = sale;
  IF EXISTS (SELECT 1 FROM jsonb_array_elements(lines) l
              WHERE NOT EXISTS (SELECT 1 FROM hq.sale_lines sl WHERE sl.sale_uuid = sale AND sl.line_no = (l ->> 'line_no')::int)) THEN
    short := true;
  END IF;
  IF short THEN
    RETURN jsonb_build_object('reserved', false, 'known', true, 'repeated', false, 'lines', state);
  END IF;
  IF EXISTS (SELECT 1 FROM hq.return_holds WHERE return_uuid = ret) THEN
    -- A retry of the same return: the hold is renewed, never doubled.
    DELETE FROM hq.return_holds WHERE return_uuid = ret;
    INSERT INTO hq.return_holds(return_uuid, sale_uuid, line_no, qty_milli, till_id, expires_at)
    SELECT ret, sale, (l ->> 'line_no')::int, sum((l ->> 'qty_milli')::bigint), t.id, now() + make_interval(secs => ttl)
      FROM jsonb_array_elements(lines) l GROUP BY 3;
    RETURN jsonb_build_object('reserved', true, 'known', true, 'repeated', true, 'lines', state);
  END IF;
  INSERT INTO hq.return_holds(return_uuid, sale_uuid, line_no, qty_milli, till_id, expires_at)
  SELECT ret, sale, (l ->> 'line_no')::int, sum((l ->> 'qty_milli')::bigint), t.id, now() + make_interval(secs => ttl)
    FROM jsonb_array_elements(lines) l GROUP BY 3;
  RETURN jsonb_build_object('reserved', true, 'known', true, 'repeated', false, 'lines', state);
END $$;

-- Drops the calling till's hold for a return that did not complete; true when there was one.
CREATE FUNCTION hq.release_return(ret uuid) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hq, pg_catalog, pg_temp AS $$
DECLARE
  t hq.tills := hq.caller_till();
  released int;
BEGIN
  DELETE FROM hq.return_holds WHERE return_uuid = ret AND till_id = t.id;
  GET DIAGNOSTICS released = ROW_COUNT;
  RETURN released > 0;
END $$;

-- Schema 3 counted only sales: a return slip's number (taken from the same sequence) was missed,
-- so a till restored twice into the same epoch could issue it again.
CREATE OR REPLACE FUNCTION hq.own_receipts() RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = hq, pg_catalog, pg_temp AS $$
DECLARE
  t hq.tills := hq.caller_till();
  store text := (SELECT code FROM hq.stores WHERE id = t.store_id);
BEGIN
  RETURN (SELECT coalesce(jsonb_agg(jsonb_build_object('epoch', epoch, 'last_seq', last_seq) ORDER BY epoch), '[]')
            FROM (SELECT m[1]::bigint AS epoch, max(m[2]::bigint) AS last_seq
                    FROM (SELECT s.receipt_no FROM hq.sales s WHERE s.store_code = store AND s.till_code = t.code
                          UNION ALL
                          SELECT r.detail ->> 'receipt_no' FROM hq.returns r
                           WHERE r.store_code = store AND r.till_code = t.code) n,
                         regexp_match(n.receipt_no, '-([0-9]+)-([0-9]+)$') m
                   GROUP BY 1) x);
END $$;

-- The calling till's own applied sale.completed and sale.returned events after `after_seq`, in
-- push order, for a till restored from a backup older than them: {"after", "more", "events":
-- [{"type", "payload"}]}. As hq.own_entries: only this till pushes them, so a sequence cursor
-- cannot skip one.
CREATE FUNCTION hq.own_sales(after_seq bigint, max_rows int) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = hq, pg_catalog, pg_temp AS $$
DECLARE
  t hq.tills := hq.caller_till();
  page jsonb;
  last bigint;
  n int;
BEGIN
  IF max_rows IS NULL OR max_rows < 1 OR max_rows > 10000 THEN
    RAISE EXCEPTION 'a page takes 1 to 10000 rows, not %', max_rows USING ERRCODE = 'invalid_parameter_value';
  END IF;
  SELECT coalesce(jsonb_agg(jsonb_build_object('type', x.type, 'payload', x.payload) ORDER BY x.seq), '[]'),
         max(x.seq), count(*) INTO page, last, n
    FROM (SELECT ev.seq, ev.type, ev.payload FROM hq.events ev
           WHERE ev.till_id = t.id AND ev.seq > coalesce(after_seq, 0) AND ev.status = 'applied'
             AND ev.type IN ('sale.completed', 'sale.returned')
           ORDER BY ev.seq LIMIT max_rows) x;
  RETURN jsonb_build_object('after', coalesce(last, coalesce(after_seq, 0)), 'more', n = max_rows, 'events', page);
END $$;
)sql";
}

} // namespace patron::hqsql
