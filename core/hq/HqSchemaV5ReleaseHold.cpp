// Head-office schema version 5: a till lets go of a stored-value hold whose sale did not complete.
// The till reserves before its checkout transaction (so its writer never waits on head office);
// when the sale then fails (a payment short, a write refused) the hold would otherwise keep the
// member's money from every store until it expires.

#include "hq/HqSchemaSteps.h"

namespace patron::hqsql {

const char* v5ReleaseHold()
{
    return R"sql(
-- Drops the calling till's open (unsettled) hold for `sale`; true when there was one. Another
-- till's hold, or a settled one (the ledger carries that spend), is never touched.
CREATE FUNCTION hq.release_wallet(sale uuid) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hq, pg_catalog, pg_temp AS $$
DECLARE
  t hq.tills := hq.caller_till();
  released int;
BEGIN
  DELETE FROM hq.wallet_reservations
   WHERE sale_uuid = sale AND till_id = t.id AND settled_at IS NULL;
  GET DIAGNOSTICS released = ROW_COUNT;
  RETURN released > 0;
END $$;
)sql";
}

} // namespace patron::hqsql
