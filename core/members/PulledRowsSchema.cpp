#include "members/PulledRowsSchema.h"

#include "store/Database.h"

namespace patron {

void pulledRowsSchema(Database& db)
{
    // ADD COLUMN with a constant default rewrites nothing, so a million-member store migrates in
    // the time the backfill's scans take.
    db.exec(R"sql(
ALTER TABLE members ADD COLUMN pulled INTEGER NOT NULL DEFAULT 0;
ALTER TABLE wallet_entries ADD COLUMN pulled INTEGER NOT NULL DEFAULT 0;
ALTER TABLE points_entries ADD COLUMN pulled INTEGER NOT NULL DEFAULT 0;
)sql");
    // Before this step the pull handlers marked their entries only by writing no user and the
    // origin "STORE/TILL" (wallet: ref; points: reason); entries this till wrote always carry the
    // user who made them (or, for expiry, no '/' in the reason). The till's own entries handed
    // back by a re-pull after a restore keep counting as its own.
    const QString own = db.queryText("SELECT value FROM meta WHERE key = 'store_code'").value_or(QString()) + u'/' +
                        db.queryText("SELECT value FROM meta WHERE key = 'till_code'").value_or(QString());
    db.execute("UPDATE wallet_entries SET pulled = 1 WHERE user_name = '' AND tender_code = '' AND ref LIKE '%/%'"
               " AND ref <> ? COLLATE NOCASE",
               own);
    db.execute("UPDATE points_entries SET pulled = 1 WHERE user_name = '' AND reason LIKE '%/%'"
               " AND reason <> ? COLLATE NOCASE",
               own);
    // A pulled member row had no marker at all; its home store is the best evidence left. A
    // member another till of this store registered stays counted here: the history cannot tell.
    db.execute("UPDATE members SET pulled = 1 WHERE home_store <> coalesce((SELECT value FROM meta WHERE key ="
               " 'store_code'), '')");

    // Joins per quarter hour (step 13) count the members this till registered.
    db.exec(R"sql(
DROP TRIGGER members_totals_insert;
DROP TRIGGER members_joins_update;
DROP TRIGGER members_totals_delete;
DELETE FROM member_joins;
INSERT INTO member_joins(bucket, members)
  SELECT joined_ms / 900000, count(*) FROM members WHERE merged_into IS NULL AND pulled = 0 GROUP BY 1;

CREATE TRIGGER members_totals_insert AFTER INSERT ON members BEGIN
  INSERT OR IGNORE INTO member_totals(tier_code) VALUES (NEW.tier_code);
  UPDATE member_totals SET active_members = active_members + (NEW.status = 'active' AND NEW.merged_into IS NULL),
    active_spend_minor = active_spend_minor + CASE WHEN (NEW.status = 'active' AND NEW.merged_into IS NULL) THEN NEW.spend_minor ELSE 0 END,
    principal_minor = principal_minor + NEW.wallet_principal_minor, bonus_minor = bonus_minor + NEW.wallet_bonus_minor,
    points = points + NEW.points_balance
  WHERE tier_code = NEW.tier_code;
  INSERT OR IGNORE INTO member_joins(bucket) VALUES (NEW.joined_ms / 900000);
  UPDATE member_joins SET members = members + (NEW.merged_into IS NULL AND NEW.pulled = 0)
  WHERE bucket = NEW.joined_ms / 900000;
END;

CREATE TRIGGER members_joins_update AFTER UPDATE OF joined_ms, merged_into, pulled ON members BEGIN
  UPDATE member_joins SET members = members - (OLD.merged_into IS NULL AND OLD.pulled = 0)
  WHERE bucket = OLD.joined_ms / 900000;
  INSERT OR IGNORE INTO member_joins(bucket) VALUES (NEW.joined_ms / 900000);
  UPDATE member_joins SET members = members + (NEW.merged_into IS NULL AND NEW.pulled = 0)
  WHERE bucket = NEW.joined_ms / 900000;
END;

CREATE TRIGGER members_totals_delete AFTER DELETE ON members BEGIN
  UPDATE member_totals SET active_members = active_members - (OLD.status = 'active' AND OLD.merged_into IS NULL),
    active_spend_minor = active_spend_minor - CASE WHEN (OLD.status = 'active' AND OLD.merged_into IS NULL) THEN OLD.spend_minor ELSE 0 END,
    principal_minor = principal_minor - OLD.wallet_principal_minor, bonus_minor = bonus_minor - OLD.wallet_bonus_minor,
    points = points - OLD.points_balance
  WHERE tier_code = OLD.tier_code;
  UPDATE member_joins SET members = members - (OLD.merged_into IS NULL AND OLD.pulled = 0)
  WHERE bucket = OLD.joined_ms / 900000;
END;
)sql");
}

} // namespace patron
