// Head-office schema version 2: stored value reserved online before a till completes a spend.
// A reservation holds part of the member's chain-wide balance for one sale (keyed by the sale's
// UUID, so a retry of the same sale holds once) until the sale's wallet entry arrives by push,
// which settles it, or until it expires (a sale abandoned after the reservation, or a till that
// never came back online), after which it no longer holds anything.

#include "hq/HqSchemaSteps.h"

namespace patron::hqsql {

const char* v2Reservations()
{
    return R"sql(
CREATE TABLE hq.wallet_reservations (
  sale_uuid    uuid PRIMARY KEY,
  member_uuid  uuid NOT NULL,
  till_id      int NOT NULL REFERENCES hq.tills(id),
  amount_minor bigint NOT NULL CHECK (amount_minor > 0),
  reserved_at  timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  settled_at   timestamptz,
  entry_uuid   uuid
);
CREATE INDEX wallet_reservations_open ON hq.wallet_reservations(member_uuid) WHERE settled_at IS NULL;

-- Long enough for a slow checkout and a push after a short outage; short enough that an
-- abandoned sale does not lock a member's money for the day.
INSERT INTO hq.config VALUES ('reservation_ttl_s', '900');

-- The spend of a reserved sale reached the ledger: the ledger now carries it, the hold ends.
CREATE FUNCTION hq.settle_reservation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.sale_uuid IS NOT NULL AND NEW.principal_minor + NEW.bonus_minor < 0 THEN
    UPDATE hq.wallet_reservations SET settled_at = now(), entry_uuid = NEW.uuid
     WHERE sale_uuid = NEW.sale_uuid AND member_uuid = NEW.member_uuid AND settled_at IS NULL;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER wallet_settles_reservation AFTER INSERT ON hq.wallet_ledger
  FOR EACH ROW EXECUTE FUNCTION hq.settle_reservation();

-- Reserves `amount` of the member's chain balance for `sale`. The balance is head office's
-- ledger, plus the calling till's own entries for this member it has not pushed yet (`pending`:
-- [{"entry_uuid", "amount_minor", "sale_uuid"?}]; one already at head office, or one of a sale
-- whose open reservation already holds it, is not counted twice), minus every open reservation. The member lock
-- makes two tills reserving at once see each other. Returns {"reserved", "repeated",
-- "available_minor", "expires_at"}; a shortfall is an answer, not an error.
CREATE FUNCTION hq.reserve_wallet(member uuid, sale uuid, amount bigint, pending jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hq, pg_catalog, pg_temp AS $$
DECLARE
  t hq.tills := hq.caller_till();
  r hq.wallet_reservations;
  ledger bigint;
  unpushed bigint;
  held bigint;
  available bigint;
  ttl int := (SELECT value::int FROM hq.config WHERE key = 'reservation_ttl_s');
BEGIN
  IF member IS NULL OR sale IS NULL OR amount IS NULL OR amount <= 0 THEN
    RAISE EXCEPTION 'a reservation needs a member, a sale and a positive amount'
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('patron.member:' || member::text, 0));
  SELECT * INTO r FROM hq.wallet_reservations WHERE sale_uuid = sale;
  IF FOUND THEN
    IF r.member_uuid <> member OR r.amount_minor <> amount OR r.till_id <> t.id THEN
      RAISE EXCEPTION 'sale % already holds a different reservation', sale USING ERRCODE = 'unique_violation';
    END IF;
    RETURN jsonb_build_object('reserved', true, 'repeated', true, 'expires_at', r.expires_at);
  END IF;
  SELECT coalesce(sum(principal_minor + bonus_minor), 0) INTO ledger FROM hq.wallet_ledger WHERE member_uuid = member;
  SELECT coalesce(sum((p ->> 'amount_minor')::bigint), 0) INTO unpushed
    FROM jsonb_array_elements(coalesce(pending, '[]')) p
   WHERE NOT EXISTS (SELECT 1 FROM hq.wallet_ledger w WHERE w.uuid = (p ->> 'entry_uuid')::uuid)
     AND NOT EXISTS (SELECT 1 FROM hq.wallet_reservations h WHERE h.sale_uuid = (p ->> 'sale_uuid')::uuid
                       AND h.settled_at IS NULL AND h.expires_at > now());
  SELECT coalesce(sum(amount_minor), 0) INTO held FROM hq.wallet_reservations
   WHERE member_uuid = member AND settled_at IS NULL AND expires_at > now();
  available := ledger + unpushed - held;
  IF amount > available THEN
    RETURN jsonb_build_object('reserved', false, 'repeated', false, 'available_minor', greatest(available, 0));
  END IF;
  INSERT INTO hq.wallet_reservations(sale_uuid, member_uuid, till_id, amount_minor, expires_at)
  VALUES (sale, member, t.id, amount, now() + make_interval(secs => ttl))
  RETURNING * INTO r;
  RETURN jsonb_build_object('reserved', true, 'repeated', false, 'available_minor', available - amount,
                            'expires_at', r.expires_at);
END $$;
)sql";
}

} // namespace patron::hqsql
