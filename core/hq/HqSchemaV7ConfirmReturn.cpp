// Head-office schema step 7: a return's hold is confirmed the moment the till committed it.
// A hold used to expire after return_hold_ttl_s whether or not its return was made; a till that
// committed the return and then stayed offline longer than that let another till return the same
// units again (only listed afterwards as over_returned). A confirmed hold lasts until the
// sale.returned event arrives (the return itself then counts) and never expires before.

#include "hq/HqSchemaSteps.h"

namespace patron::hqsql {

const char* v7ConfirmReturn()
{
    return R"sql(
-- The calling till made the return `ret` (committed locally): its hold no longer expires. True
-- when there was a hold of this till's to confirm.
CREATE FUNCTION hq.confirm_return(ret uuid) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hq, pg_catalog, pg_temp AS $$
DECLARE
  t hq.tills := hq.caller_till();
  confirmed int;
BEGIN
  UPDATE hq.return_holds SET expires_at = 'infinity' WHERE return_uuid = ret AND till_id = t.id;
  GET DIAGNOSTICS confirmed = ROW_COUNT;
  RETURN confirmed > 0;
END $$;
)sql";
}

} // namespace patron::hqsql
