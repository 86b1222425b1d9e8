#include "members/MemberReportsSchema.h"

#include "store/Database.h"

namespace patron {

void memberReportSummaries(Database& db)
{
    // Each trigger first makes the row it adds to (SQLite 3.15 has no UPSERT). A member's update
    // moves its contribution from the old row to the new one, so a tier change or an erasure is
    // one update like a sale's points. Members are never deleted by Patron (erasure blanks the
    // row); the delete trigger keeps the totals right if one ever is. A member merged into another
    // (merged_into set, by the back office or head office) counts neither as a member nor a join:
    // it is a duplicate of its survivor.
    db.exec(R"sql(
CREATE TABLE member_totals (
  tier_code          TEXT PRIMARY KEY,
  active_members     INTEGER NOT NULL DEFAULT 0,
  active_spend_minor INTEGER NOT NULL DEFAULT 0,
  principal_minor    INTEGER NOT NULL DEFAULT 0,
  bonus_minor        INTEGER NOT NULL DEFAULT 0,
  points             INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
INSERT INTO member_totals(tier_code, active_members, active_spend_minor, principal_minor, bonus_minor, points)
  SELECT tier_code, sum(status = 'active' AND merged_into IS NULL), sum(CASE WHEN status = 'active' AND merged_into IS NULL THEN spend_minor ELSE 0 END),
         sum(wallet_principal_minor), sum(wallet_bonus_minor), sum(points_balance)
  FROM members GROUP BY tier_code;

CREATE TABLE member_joins (
  bucket  INTEGER PRIMARY KEY,  -- joined_ms / 900000: quarter hours since 1970 (UTC)
  members INTEGER NOT NULL DEFAULT 0
);
INSERT INTO member_joins(bucket, members) SELECT joined_ms / 900000, count(*) FROM members WHERE merged_into IS NULL GROUP BY 1;

CREATE TRIGGER members_totals_insert AFTER INSERT ON members BEGIN
  INSERT OR IGNORE INTO member_totals(tier_code) VALUES (NEW.tier_code);
  UPDATE member_totals SET active_members = active_members + (NEW.status = 'active' AND NEW.merged_into IS NULL),
    active_spend_minor = active_spend_minor + CASE WHEN (NEW.status = 'active' AND NEW.merged_into IS NULL) THEN NEW.spend_minor ELSE 0 END,
    principal_minor = principal_minor + NEW.wallet_principal_minor, bonus_minor = bonus_minor + NEW.wallet_bonus_minor,
    points = points + NEW.points_balance
  WHERE tier_code = NEW.tier_code;
  INSERT OR IGNORE INTO member_joins(bucket) VALUES (NEW.joined_ms / 900000);
  UPDATE member_joins SET members = members + (NEW.merged_into IS NULL) WHERE bucket = NEW.joined_ms / 900000;
END;

CREATE TRIGGER members_totals_update
AFTER UPDATE OF tier_code, status, merged_into, spend_minor, wallet_principal_minor, wallet_bonus_minor, points_balance
ON members BEGIN
  INSERT OR IGNORE INTO member_totals(tier_code) VALUES (NEW.tier_code);
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

CREATE TRIGGER members_joins_update AFTER UPDATE OF joined_ms, merged_into ON members BEGIN
  UPDATE member_joins SET members = members - (OLD.merged_into IS NULL) WHERE bucket = OLD.joined_ms / 900000;
  INSERT OR IGNORE INTO member_joins(bucket) VALUES (NEW.joined_ms / 900000);
  UPDATE member_joins SET members = members + (NEW.merged_into IS NULL) WHERE bucket = NEW.joined_ms / 900000;
END;

CREATE TRIGGER members_totals_delete AFTER DELETE ON members BEGIN
  UPDATE member_totals SET active_members = active_members - (OLD.status = 'active' AND OLD.merged_into IS NULL),
    active_spend_minor = active_spend_minor - CASE WHEN (OLD.status = 'active' AND OLD.merged_into IS NULL) THEN OLD.spend_minor ELSE 0 END,
    principal_minor = principal_minor - OLD.wallet_principal_minor, bonus_minor = bonus_minor - OLD.wallet_bonus_minor,
    points = points - OLD.points_balance
  WHERE tier_code = OLD.tier_code;
  UPDATE member_joins SET members = members - (OLD.merged_into IS NULL) WHERE bucket = OLD.joined_ms / 900000;
END;

-- Birthdays and birthday coupons look for active members by month-day: this index answers
-- both without reading the wide rows (82,000 of them for 30 days at a million members).
DROP INDEX members_birth;
CREATE INDEX members_birth_active ON members(birth_mmdd, status) WHERE status = 'active';
)sql");
}

} // namespace patron
