// Head-office schema step 8: another till's sale is handed over for a return only with the total
// printed on its receipt, every look-up is logged, and a till that keeps guessing is refused.
// Receipt numbers are sequential: with schema 6, any till could read any sale (its lines,
// payments and member) by counting. A wrong total answers exactly like an unknown receipt, so a
// guesser learns nothing from the difference. Also: the tills journal their return holds and
// settle them at their next sync (till schema 18), so an unconfirmed hold now lasts a day; only
// a till that never comes back (dead, stolen) leaves one to expire.

#include "hq/HqSchemaSteps.h"

namespace patron::hqsql {

const char* v8ReceiptCheck()
{
    return R"sql(
-- Every receipt look-up by a till: 'ok' (the sale was handed over), 'refused' (no such receipt,
-- or not with that total), 'limited' (the till was over its failures for the hour).
CREATE TABLE hq.receipt_lookups (
  id         bigserial PRIMARY KEY,
  till_id    int NOT NULL REFERENCES hq.tills(id),
  receipt_no text NOT NULL,
  outcome    text NOT NULL CHECK (outcome IN ('ok', 'refused', 'limited')),
  at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX receipt_lookups_refused ON hq.receipt_lookups(till_id, at) WHERE outcome = 'refused';
INSERT INTO hq.config VALUES ('receipt_lookup_failures_per_hour', '20');
UPDATE hq.config SET value = '86400' WHERE key = 'return_hold_ttl_s';

-- The one-argument look-up stays as the part that builds the answer, callable by head office's
-- own functions only: a till older than schema 8 finds no hq.sale_for_return(text) and treats
-- another store's receipt as needing head office.
ALTER FUNCTION hq.sale_for_return(text) RENAME TO sale_for_return_unchecked;
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = hq.role_prefix() || '_tills') THEN
    EXECUTE format('REVOKE ALL ON FUNCTION hq.sale_for_return_unchecked(text) FROM %I', hq.role_prefix() || '_tills');
  END IF;
END $$;

-- The sale behind `receipt` (as schema 6's answer) when `receipt_total` is its total in minor
-- units. The calling till's own receipts (R<store>-<till>-…) need no total (a restored till has
-- no receipt to read), are neither limited nor counted as failures (a sale not pushed yet is
-- not a guess), and are not logged: a till reading its own sales leaks nothing. Another till's:
-- NULL when there is no such sale or the total differs; {"limited": true} when the till failed
-- receipt_lookup_failures_per_hour look-ups in the last hour.
CREATE FUNCTION hq.sale_for_return(receipt text, receipt_total bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hq, pg_catalog, pg_temp AS $$
DECLARE
  t hq.tills := hq.caller_till();
  failures_allowed int := (SELECT value::int FROM hq.config WHERE key = 'receipt_lookup_failures_per_hour');
  number text := upper(btrim(receipt));
  own_prefix text := upper('R' || (SELECT code FROM hq.stores WHERE id = t.store_id) || '-' || t.code || '-');
  s hq.sales;
BEGIN
  IF left(number, length(own_prefix)) = own_prefix THEN
    IF NOT EXISTS (SELECT 1 FROM hq.sales WHERE receipt_no = number) THEN
      RETURN NULL;
    END IF;
    RETURN hq.sale_for_return_unchecked(number);
  END IF;
  -- One till's look-ups one at a time, so parallel guesses cannot all pass the count below.
  PERFORM pg_advisory_xact_lock(hashtext('hq.receipt_lookups'), t.id);
  IF (SELECT count(*) FROM hq.receipt_lookups
       WHERE till_id = t.id AND outcome = 'refused' AND at > now() - interval '1 hour') >= failures_allowed THEN
    INSERT INTO hq.receipt_lookups(till_id, receipt_no, outcome) VALUES (t.id, number, 'limited');
    RETURN jsonb_build_object('limited', true);
  END IF;
  SELECT * INTO s FROM hq.sales WHERE receipt_no = number;
  IF s.uuid IS NULL OR receipt_total IS NULL OR receipt_total <> s.total_minor THEN
    INSERT INTO hq.receipt_lookups(till_id, receipt_no, outcome) VALUES (t.id, number, 'refused');
    RETURN NULL;
  END IF;
  INSERT INTO hq.receipt_lookups(till_id, receipt_no, outcome) VALUES (t.id, number, 'ok');
  RETURN hq.sale_for_return_unchecked(number);
END $$;
)sql";
}

} // namespace patron::hqsql
