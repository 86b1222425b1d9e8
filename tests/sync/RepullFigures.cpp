#include "RepullFigures.h"

#include "common/Uuid.h"
#include "store/Database.h"

#include <catch2/catch.hpp>

namespace patron::test {

QString rows(Database& db, const char* sql)
{
    const QByteArray query = QByteArray("SELECT coalesce(group_concat(r, ';'), '') FROM (").append(sql).append(")");
    Statement s = db.prepare(query.constData());
    REQUIRE(s.step());
    return s.text(0);
}

QString dayFigures(Database& db)
{
    return rows(
        db, "SELECT d.business_day || '/' || d.kind || '/' || "
            "CASE WHEN d.kind <> 's' THEN d.key WHEN sh.id IS NULL THEN 'no shift ' || d.key ELSE hex(sh.uuid) END || "
            "':' || "
            "d.n || ',' || d.returns || ',' || d.list_minor || ',' || d.discount_minor || ',' || d.net_minor || ',' "
            "|| d.returns_minor || ',' || d.cost_minor || ',' || d.items_milli || ',' || d.member_sales AS r "
            "FROM sum_daily d LEFT JOIN shifts sh ON d.kind = 's' AND sh.id = d.key "
            "ORDER BY d.business_day, d.kind, CASE d.kind WHEN 's' THEN hex(sh.uuid) ELSE d.key END");
}

QString tenderFigures(Database& db)
{
    return rows(db,
                "SELECT p.tender || ':' || count(*) || ',' || sum(p.amount_minor) || ',' || sum(p.tendered_minor) AS r "
                "FROM sale_payments p WHERE p.sale_id NOT IN (SELECT sale_id FROM foreign_sales) "
                "GROUP BY p.tender ORDER BY p.tender");
}

QString memberFigures(Database& db, const Uuid& member)
{
    const auto id = db.queryInt64("SELECT id FROM members WHERE uuid = ?", member.bytes());
    REQUIRE(id);
    const QByteArray m = QByteArray::number(*id);
    return rows(
        db, QByteArray("SELECT visits || ',' || spend_minor || ',' || coalesce(last_visit_ms, '-') AS r FROM members "
                       "WHERE id = ")
                .append(m)
                .append(" UNION ALL SELECT * FROM (SELECT day || ':' || visits || ',' || spend_minor FROM "
                        "member_activity_days WHERE member_id = ")
                .append(m)
                .append(" ORDER BY day) UNION ALL SELECT * FROM (SELECT tier_code || ':' || active_members || ',' || "
                        "active_spend_minor FROM member_totals ORDER BY tier_code)")
                .constData());
}

QString shiftFigures(Database& db)
{
    return rows(
        db,
        "SELECT hex(uuid) || ':' || cashier || ',' || business_day || ',' || opened_at || ',' || float_minor || ',' "
        "|| coalesce(closed_at, 'open') || ',' || coalesce(counted_minor, '-') || ',' || "
        "coalesce(expected_minor, '-') AS r FROM shifts ORDER BY uuid");
}

QString bookings(Database& db)
{
    return rows(
        db, "SELECT s.receipt_no || ':' || CASE WHEN sh.id IS NULL THEN 'none' ELSE hex(sh.uuid) END AS r FROM sales s "
            "LEFT JOIN shifts sh ON sh.id = s.shift_id "
            "WHERE s.id NOT IN (SELECT sale_id FROM foreign_sales) ORDER BY s.receipt_no");
}

QString cashMovements(Database& db)
{
    return rows(db, "SELECT hex(m.uuid) || ':' || hex(sh.uuid) || ',' || m.kind || ',' || m.amount_minor || ',' || "
                    "m.reason || ',' || m.user_name || ',' || m.at AS r FROM cash_movements m "
                    "JOIN shifts sh ON sh.id = m.shift_id ORDER BY m.uuid");
}

QString dayCloses(Database& db)
{
    return rows(db, "SELECT business_day || ',' || closed_at || ',' || closed_by || ',' || report AS r FROM z_reports "
                    "ORDER BY business_day");
}

} // namespace patron::test
