// Head-office schema step 9: a restored till's re-pull made complete.
// - Shifts: a till pushes shift.opened when a shift opens (before, only its close was pushed), and
//   its sales and returns name their shift (`shift_uuid`). Head office keeps a shift from its open
//   on, and hands a till its own shift events back with its sales, in push order, so a restored
//   till recreates the shifts its backup lacks, closes the ones it missed closing, and books each
//   sale to its own shift's drawer.
// - A till's own return of another store's receipt comes back with that sale (the till fetched it
//   for the return; after a restore its copy may be gone): without it the return had nothing to
//   be written against.

#include "hq/HqSchemaSteps.h"

namespace patron::hqsql {

const char* v9RepullShifts()
{
    return R"sql(
-- A shift is known from its open; closed_at stays NULL until the close arrives.
ALTER TABLE hq.shifts ALTER COLUMN closed_at DROP NOT NULL,
  ADD COLUMN business_day date,
  ADD COLUMN float_minor bigint;

INSERT INTO hq.event_formats(type, version) VALUES ('shift.opened', 1);

CREATE FUNCTION hq.apply_shift_opened(ev hq.events, p jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO hq.shifts(uuid, store_code, till_code, cashier, opened_at, business_day, float_minor, summary)
  VALUES (hq.req(p, 'shift_uuid')::uuid, ev.store_code, ev.till_code, p ->> 'cashier',
          hq.req(p, 'opened_at')::timestamptz, hq.req(p, 'business_day')::date, hq.req(p, 'float_minor')::bigint, '{}')
  -- The close already here (the open was kept as unknown_type by an older head office and applied
  -- by "hq reapply" later): the open only adds what the close did not carry.
  ON CONFLICT (uuid) DO UPDATE SET business_day = coalesce(hq.shifts.business_day, EXCLUDED.business_day),
                                   float_minor = coalesce(hq.shifts.float_minor, EXCLUDED.float_minor)
$$;

-- As schema 1, but the shift may be here already, open: the close completes it. A close applied
-- once is never changed by another copy.
CREATE OR REPLACE FUNCTION hq.apply_shift_closed(ev hq.events, p jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO hq.shifts(uuid, store_code, till_code, cashier, opened_at, closed_at, business_day, float_minor, summary)
  VALUES (hq.req(p, 'shift_uuid')::uuid, ev.store_code, ev.till_code, p ->> 'cashier',
          hq.req(p, 'opened_at')::timestamptz, hq.req(p, 'closed_at')::timestamptz, (p ->> 'business_day')::date,
          (p #>> '{summary,float_minor}')::bigint, coalesce(p -> 'summary', '{}'))
  ON CONFLICT (uuid) DO UPDATE SET closed_at = EXCLUDED.closed_at, summary = EXCLUDED.summary,
                                   business_day = coalesce(hq.shifts.business_day, EXCLUDED.business_day),
                                   float_minor = coalesce(hq.shifts.float_minor, EXCLUDED.float_minor)
  WHERE hq.shifts.closed_at IS NULL
$$;

-- What tills other than `till` returned of `sale`, per line, as hq.sale_for_return's
-- "returned_elsewhere".
CREATE FUNCTION hq.returned_elsewhere(sale uuid, till int) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT coalesce(jsonb_agg(jsonb_build_object(
           'line_no', x.line_no, 'qty_milli', x.qty, 'exact_qty_milli', x.exact,
           'tenders', coalesce((SELECT jsonb_agg(tn) FROM hq.sale_returns(sale, NULL, NULL) r2,
                                       jsonb_array_elements(r2.tenders) tn
                                 WHERE r2.line_no = x.line_no AND r2.till_id IS DISTINCT FROM till), '[]'))
         ORDER BY x.line_no), '[]')
    FROM (SELECT r.line_no, sum(r.qty_milli) AS qty,
                 coalesce(sum(r.qty_milli) FILTER (WHERE r.tenders IS NOT NULL), 0) AS exact
            FROM hq.sale_returns(sale, NULL, NULL) r
           WHERE r.till_id IS DISTINCT FROM till
           GROUP BY r.line_no) x
$$;

-- As schema 6, plus the calling till's shift.opened and shift.closed events (in push order among
-- its sales, so a shift is there before the sales booked to it), and, with a sale.returned of a
-- sale another till made, that sale: "original": {"store", "till", "sale" (its sale.completed
-- payload), "returned_elsewhere"} (the till fetched it for the return; it is entitled to it).
CREATE OR REPLACE FUNCTION hq.own_sales(after_seq bigint, max_rows int) RETURNS jsonb
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
  SELECT coalesce(jsonb_agg(jsonb_build_object('type', x.type, 'payload', x.payload)
                            || CASE WHEN x.original IS NULL THEN '{}' ELSE jsonb_build_object('original', x.original) END
                            ORDER BY x.seq), '[]'),
         max(x.seq), count(*) INTO page, last, n
    FROM (SELECT ev.seq, ev.type, ev.payload,
                 CASE WHEN ev.type = 'sale.returned' THEN
                   (SELECT jsonb_build_object('store', s.store_code, 'till', s.till_code, 'sale', se.payload,
                                              'returned_elsewhere', hq.returned_elsewhere(s.uuid, t.id))
                      FROM hq.sales s JOIN hq.events se ON se.uuid = s.event_uuid
                     WHERE s.uuid = (ev.payload ->> 'sale_uuid')::uuid AND se.till_id IS DISTINCT FROM t.id)
                 END AS original
            FROM hq.events ev
           WHERE ev.till_id = t.id AND ev.seq > coalesce(after_seq, 0) AND ev.status = 'applied'
             AND ev.type IN ('sale.completed', 'sale.returned', 'shift.opened', 'shift.closed')
           ORDER BY ev.seq LIMIT max_rows) x;
  RETURN jsonb_build_object('after', coalesce(last, coalesce(after_seq, 0)), 'more', n = max_rows, 'events', page);
END $$;
)sql";
}

} // namespace patron::hqsql
