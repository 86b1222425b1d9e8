// Head-office schema version 3: what a till restored from an older backup needs back from head
// office before it sells again. hq.pull never returns a till's own ledger entries (the till wrote
// them), so a restored till would lose the points and stored value it moved after the backup;
// these feeds hand them back, and the receipt numbers it already used, so it never issues one
// twice.

#include "hq/HqSchemaSteps.h"

namespace patron::hqsql {

const char* v3OwnHistory()
{
    return R"sql(
-- The calling till's own points and stored-value entries, in the order it pushed them, as
-- hq.pull's changes ({"kind", "key", "data"}). `after_seq` is the "after" of the previous page
-- (0 to start). Only this till pushes its events, and it re-pulls once it has pushed, so a plain
-- sequence cursor cannot skip rows here.
CREATE FUNCTION hq.own_entries(after_seq bigint, max_rows int) RETURNS jsonb
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
  SELECT coalesce(jsonb_agg(x.change ORDER BY x.seq), '[]'), max(x.seq), count(*) INTO page, last, n
    FROM (SELECT ev.seq,
                 jsonb_build_object(
                   'kind', CASE ev.type WHEN 'points.entry' THEN 'points' ELSE 'wallet' END,
                   'key', ev.payload ->> 'entry_uuid',
                   'data', CASE ev.type
                             WHEN 'points.entry' THEN (SELECT to_jsonb(p) FROM hq.points_ledger p
                                                        WHERE p.uuid = (ev.payload ->> 'entry_uuid')::uuid)
                             ELSE (SELECT to_jsonb(w) FROM hq.wallet_ledger w
                                    WHERE w.uuid = (ev.payload ->> 'entry_uuid')::uuid)
                           END) AS change
            FROM hq.events ev
           WHERE ev.till_id = t.id AND ev.seq > coalesce(after_seq, 0) AND ev.status = 'applied'
             AND ev.type IN ('points.entry', 'wallet.entry')
           ORDER BY ev.seq LIMIT max_rows) x;
  RETURN jsonb_build_object('after', coalesce(last, coalesce(after_seq, 0)), 'more', n = max_rows, 'changes', page);
END $$;

-- The highest receipt sequence the calling till used in each receipt epoch, from the sales it
-- pushed (receipt numbers end in "-<epoch>-<sequence>"): [{"epoch", "last_seq"}].
CREATE FUNCTION hq.own_receipts() RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = hq, pg_catalog, pg_temp AS $$
DECLARE
  t hq.tills := hq.caller_till();
  store text := (SELECT code FROM hq.stores WHERE id = t.store_id);
BEGIN
  RETURN (SELECT coalesce(jsonb_agg(jsonb_build_object('epoch', epoch, 'last_seq', last_seq) ORDER BY epoch), '[]')
            FROM (SELECT m[1]::bigint AS epoch, max(m[2]::bigint) AS last_seq
                    FROM hq.sales s, regexp_match(s.receipt_no, '-([0-9]+)-([0-9]+)$') m
                   WHERE s.store_code = store AND s.till_code = t.code
                   GROUP BY 1) x);
END $$;
)sql";
}

} // namespace patron::hqsql
