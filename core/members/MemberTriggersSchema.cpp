#include "members/MemberTriggersSchema.h"

#include "store/Database.h"

namespace patron {

void memberTriggersWithoutConflictClauses(Database& db)
{
    // members_totals_delete has no conflict clause and stays as step 19 left it.
    db.exec(R"sql(
DROP TRIGGER members_totals_update;
DROP TRIGGER members_totals_insert;
DROP TRIGGER members_joins_update;

CREATE TRIGGER members_totals_update
AFTER UPDATE OF tier_code, status, merged_into, spend_minor, wallet_principal_minor, wallet_bonus_minor, points_balance
ON members BEGIN
  INSERT INTO member_totals(tier_code) SELECT NEW.tier_code
  WHERE NOT EXISTS (SELECT 1 FROM member_totals WHERE tier_code = NEW.tier_code);
  UPDATE member_totals SET active_members = active_members - (OLD.status = 'active' AND OLD.merged_into IS NULL),
    active_spend_minor = active_spend_minor - CASE WHEN (OLD.status = 'active' AND OLD.merged_into IS NULL) THEN OLD.spend_minor ELSE 0 END,
    principal_minor = principal_minor - OLD.wallet_principal_minor, bonus_minor = bonus_minor - OLD.wallet_bonus_minor,
    points = points - OLD.points_balance
  WHERE tier_code = OLD.tier_code;
  UPDATE member_totals SET active_members = active_members + (NEW.status = 'active' AND NEW.merged_into IS NULL),
    active_spend_minor = active_spend_minor + CASE WHEN (NEW.status = 'active' AND NEW.merged_into IS NULL) THEN NEW.spend_minor ELSE 0 END,
    principal_minor = principal_minor + NEW.wallet_principal_minor, bonus_minor = bonus_minor + NEW.wallet_bonus_minor,
    points = points + NEW.points_balance
  WHERE tier_code = NEW.tier_code;
END;

CREATE TRIGGER members_totals_insert AFTER INSERT ON members BEGIN
  INSERT INTO member_totals(tier_code) SELECT NEW.tier_code
  WHERE NOT EXISTS (SELECT 1 FROM member_totals WHERE tier_code = NEW.tier_code);
  UPDATE member_totals SET active_members = active_members + (NEW.status = 'active' AND NEW.merged_into IS NULL),
    active_spend_minor = active_spend_minor + CASE WHEN (NEW.status = 'active' AND NEW.merged_into IS NULL) THEN NEW.spend_minor ELSE 0 END,
    principal_minor = principal_minor + NEW.wallet_principal_minor, bonus_minor = bonus_minor + NEW.wallet_bonus_minor,
    points = points + NEW.points_balance
  WHERE tier_code = NEW.tier_code;
  INSERT INTO member_joins(bucket) SELECT NEW.joined_ms / 900000
  WHERE NOT EXISTS (SELECT 1 FROM member_joins WHERE bucket = NEW.joined_ms / 900000);
  UPDATE member_joins SET members = members + (NEW.merged_into IS NULL AND NEW.pulled = 0)
  WHERE bucket = NEW.joined_ms / 900000;
END;

CREATE TRIGGER members_joins_update AFTER UPDATE OF joined_ms, merged_into, pulled ON members BEGIN
  UPDATE member_joins SET members = members - (OLD.merged_into IS NULL AND OLD.pulled = 0)
  WHERE bucket = OLD.joined_ms / 900000;
  INSERT INTO member_joins(bucket) SELECT NEW.joined_ms / 900000
  WHERE NOT EXISTS (SELECT 1 FROM member_joins WHERE bucket = NEW.joined_ms / 900000);
  UPDATE member_joins SET members = members + (NEW.merged_into IS NULL AND NEW.pulled = 0)
  WHERE bucket = NEW.joined_ms / 900000;
END;
)sql");
}

} // namespace patron
