// Head-office schema step 10: a till's drawer movements and day closes.
// - shift.cash_moved: cash put into or taken out of a shift's drawer. Before, head office never
//   learnt of it, and a restored till's open shift expected less (or more) cash than its drawer.
// - day.closed: the day-end (Z) report, pushed by every till since schema 1 but kept as
//   unknown_type. One row per till and business day; another copy changes nothing.
// Both come back to a restored till with its sales and shifts (hq.own_sales), so its open shift's
// expected cash is what it was and it never closes, or sells into, a day it already reported.
// The day closes (and any movement) kept as unknown_type by an older head office are applied by
// this step's install, so a chain that upgrades late loses none of them.

#include "hq/HqSchemaSteps.h"

namespace patron::hqsql {

const char* v10DrawerAndDay()
{
    return R"sql(
CREATE TABLE hq.cash_movements (
  uuid         uuid PRIMARY KEY,
  store_code   text NOT NULL,
  till_code    text NOT NULL,
  shift_uuid   uuid NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('in', 'out')),
  amount_minor bigint NOT NULL CHECK (amount_minor > 0),
  reason       text NOT NULL,
  user_name    text,
  at           timestamptz NOT NULL,
  event_uuid   uuid NOT NULL
);
-- The shift is not a foreign key: its open may arrive later (an older till never pushed it).
CREATE INDEX cash_movements_by_shift ON hq.cash_movements(shift_uuid);

CREATE TABLE hq.z_reports (
  till_id      int NOT NULL REFERENCES hq.tills(id),
  business_day date NOT NULL,
  store_code   text NOT NULL,
  till_code    text NOT NULL,
  uuid         uuid,            -- the till's own; NULL from a till that did not send it yet
  closed_at    timestamptz NOT NULL,
  closed_by    text,
  report       jsonb NOT NULL,  -- the X/Z figures as the till made them (docs/sync-events.md)
  event_uuid   uuid NOT NULL,
  PRIMARY KEY (till_id, business_day)
);

INSERT INTO hq.event_formats(type, version) VALUES ('shift.cash_moved', 1), ('day.closed', 1);

CREATE FUNCTION hq.apply_shift_cash_moved(ev hq.events, p jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO hq.cash_movements(uuid, store_code, till_code, shift_uuid, kind, amount_minor, reason, user_name, at,
                                event_uuid)
  VALUES (hq.req(p, 'uuid')::uuid, ev.store_code, ev.till_code, hq.req(p, 'shift_uuid')::uuid, hq.req(p, 'kind'),
          hq.req(p, 'amount_minor')::bigint, hq.req(p, 'reason'), p ->> 'user', hq.req(p, 'at')::timestamptz, ev.uuid)
  ON CONFLICT (uuid) DO NOTHING
$$;

-- The payload is the report itself; "uuid", "closed_at" and "closed_by" travel with it since this
-- step (an older till's Z closed when it was made: the event's time).
CREATE FUNCTION hq.apply_day_closed(ev hq.events, p jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO hq.z_reports(till_id, business_day, store_code, till_code, uuid, closed_at, closed_by, report, event_uuid)
  VALUES (ev.till_id, hq.req(p, 'business_day')::date, ev.store_code, ev.till_code, (p ->> 'uuid')::uuid,
          coalesce((p ->> 'closed_at')::timestamptz, ev.created_at), p ->> 'closed_by',
          p - 'uuid' - 'closed_at' - 'closed_by', ev.uuid)
  ON CONFLICT (till_id, business_day) DO NOTHING
$$;

-- What an older head office kept without knowing the type, applied now, in push order.
DO $$
DECLARE
  ev hq.events;
BEGIN
  FOR ev IN SELECT * FROM hq.events WHERE status = 'unknown_type' AND type IN ('shift.cash_moved', 'day.closed')
             ORDER BY seq FOR UPDATE LOOP
    PERFORM set_config('hq.origin_till', ev.till_id::text, true);
    PERFORM hq.apply_event(ev);
  END LOOP;
END $$;

-- As schema 9, plus the calling till's shift.cash_moved and day.closed events, in push order (a
-- movement after its shift's open). A day.closed from a till that did not send "closed_at" yet
-- carries the event's time as it.
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
    FROM (SELECT ev.seq, ev.type,
                 CASE WHEN ev.type = 'day.closed' THEN jsonb_build_object('closed_at', ev.created_at) || ev.payload
                      ELSE ev.payload END AS payload,
                 CASE WHEN ev.type = 'sale.returned' THEN
                   (SELECT jsonb_build_object('store', s.store_code, 'till', s.till_code, 'sale', se.payload,
                                              'returned_elsewhere', hq.returned_elsewhere(s.uuid, t.id))
                      FROM hq.sales s JOIN hq.events se ON se.uuid = s.event_uuid
                     WHERE s.uuid = (ev.payload ->> 'sale_uuid')::uuid AND se.till_id IS DISTINCT FROM t.id
                       -- Only a sale this till was handed for the return (schema 8's look-up with
                       -- the receipt's total): a forged return naming any sale's uuid gets nothing.
                       AND EXISTS (SELECT 1 FROM hq.receipt_lookups l
                                    WHERE l.till_id = t.id AND l.receipt_no = s.receipt_no AND l.outcome = 'ok'))
                 END AS original
            FROM hq.events ev
           WHERE ev.till_id = t.id AND ev.seq > coalesce(after_seq, 0) AND ev.status = 'applied'
             AND ev.type IN ('sale.completed', 'sale.returned', 'shift.opened', 'shift.closed', 'shift.cash_moved',
                             'day.closed')
           ORDER BY ev.seq LIMIT max_rows) x;
  RETURN jsonb_build_object('after', coalesce(last, coalesce(after_seq, 0)), 'more', n = max_rows, 'events', page);
END $$;
)sql";
}

} // namespace patron::hqsql
