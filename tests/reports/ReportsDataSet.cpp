#include "ReportsDataSet.h"

#include "sales/CartService.h"
#include "sales/CheckoutService.h"
#include "sales/ShiftService.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

namespace patron::test {

// The history (all +08:00, business-day cut-off 04:00, the rules below: 1 point per ￥1,
// 100 points = ￥1; top-up bonus: ￥100 → +￥10, ￥500 → +￥100 and 500 points):
//
//   2026-03-14 Sat 10:00  admin  M1  2 × cola (3.00, cost 2.00) + 1 × chips (8.00, cost 5.00)
//                                      = 14.00 cash 20.00                      M1 +14 points
//   2026-03-14 Sat 10:30  admin  M1  tops up ￥100 (cash): principal 10000, bonus 1000
//   2026-03-14 Sat 15:20  li     —   1 × water (2.00, cost 1.00, no category) = 2.00 WeChat
//   2026-03-15 Sun 11:00  admin  M2  3 × chips = 24.00 card                    M2 +24 points
//   2026-04-02 Thu 09:30  admin  M1  1 × cola = 3.00 cash                       M1 +3 points
//   2026-04-02 Thu 10:00  admin  M2  tops up ￥500 (card): principal 50000, bonus 10000, +500 points
//   2026-04-02 Thu 11:00         M3  registers (birthday 1990-04-10), never buys
//
// M1 and M2 register on 2026-03-14 at 09:00.
ReportsDataSet::ReportsDataSet(Database& db, ManualClock& c, AuditLog& audit, Outbox& outbox, const Session& admin,
                               const StoreIdentity& identity)
    : clock(c),
      members(db, c, audit, outbox, identity.storeCode, [](const QString&) { return QStringList(); }),
      loyalty(members, db, c),
      catalog(db, audit, outbox, c),
      ctx{db, c, audit, outbox, catalog, loyalty, identity, 1}
{
    Session li = admin;
    li.userName = QStringLiteral("li");

    at(3, 14, 9);
    const char* rules = R"json({
      "tiers": [
        {"code": "normal", "name": "普通", "rank": 0},
        {"code": "silver", "name": "银卡", "rank": 1, "spend_minor": 100000, "window_days": 365, "validity_days": 365},
        {"code": "gold", "name": "金卡", "rank": 2, "spend_minor": 500000, "window_days": 365, "validity_days": 365}
      ],
      "points": {"minor_per_point": 100, "expiry": "never", "redeem_points_per_yuan": 100, "redeem_min_points": 100,
                 "redeem_max_order_bps": 5000},
      "wallet": {"spend_order": "proportional", "topup_bonus": [
        {"threshold_minor": 10000, "bonus_minor": 1000},
        {"threshold_minor": 50000, "bonus_minor": 10000, "bonus_points": 500}]}
    })json";
    auto set = members.rules().set(admin, QJsonDocument::fromJson(rules).object());
    INFO(set.message());
    REQUIRE(set.ok());
    auto product = [&](const char* sku, const char* name, const char* category, qint64 price, qint64 cost) {
        ProductInput in;
        in.sku = QString::fromUtf8(sku);
        in.name = QString::fromUtf8(name);
        if (*category)
            in.categoryPath = QString::fromUtf8(category);
        in.unit = QStringLiteral("件");
        in.priceMinor = price;
        in.costMinor = cost;
        auto p = catalog.add(admin, in);
        INFO(p.message());
        REQUIRE(p.ok());
        return p->id;
    };
    cola = product("A1", "可乐", "饮料/碳酸饮料", 300, 200);
    chips = product("B1", "薯片", "零食", 800, 500);
    water = product("C1", "矿泉水", "", 200, 100);

    auto member = [&](const char* mobile, const char* name, QDate birthday = {}) {
        MemberFields f;
        f.mobile = QString::fromUtf8(mobile);
        f.name = QString::fromUtf8(name);
        if (birthday.isValid())
            f.birthday = birthday;
        auto m = members.members().registerMember(admin, f);
        INFO(m.message());
        REQUIRE(m.ok());
        return m->id;
    };
    m1 = member("13800000001", "张三");
    m2 = member("13800000002", "李四");

    auto shift = ShiftService(ctx).open(admin, 0);
    INFO(shift.message());
    REQUIRE(shift.ok());

    at(3, 14, 10);
    sell(admin, m1, {{cola, 2000}, {chips, 1000}}, {TenderKind::Cash, 2000});
    at(3, 14, 10, 30);
    auto top1 = members.wallet().topUp(admin, m1, 10000, QStringLiteral("cash"), QString());
    INFO(top1.message());
    REQUIRE(top1.ok());
    at(3, 14, 15, 20);
    sell(li, std::nullopt, {{water, 1000}}, {TenderKind::WeChat, 200, 0, QStringLiteral("WX1")});
    at(3, 15, 11);
    sell(admin, m2, {{chips, 3000}}, {TenderKind::Card, 2400, 0, QStringLiteral("T1")});
    at(4, 2, 9, 30);
    sell(admin, m1, {{cola, 1000}}, {TenderKind::Cash, 300});
    at(4, 2, 10);
    auto top2 = members.wallet().topUp(admin, m2, 50000, QStringLiteral("card"), QStringLiteral("T2"));
    INFO(top2.message());
    REQUIRE(top2.ok());
    at(4, 2, 11);
    m3 = member("13800000003", "王五", QDate(1990, 4, 10));
    at(4, 2, 12);
}

void ReportsDataSet::at(int month, int day, int hour, int minute)
{
    clock.set(QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone(8 * 3600)));
}

void ReportsDataSet::sell(const Session& cashier, std::optional<qint64> member,
                          const QList<std::pair<qint64, qint64>>& items, const TenderInput& tender)
{
    CartService carts(ctx);
    auto cart = carts.openCart(cashier);
    REQUIRE(cart.ok());
    for (const auto& [productId, qtyMilli] : items) {
        auto p = catalog.findById(productId);
        REQUIRE(p);
        auto added = carts.addProduct(cart->uuid, *p, qtyMilli);
        INFO(added.message());
        REQUIRE(added.ok());
    }
    if (member)
        REQUIRE(carts.attachMember(cart->uuid, member).ok());
    auto sale = CheckoutService(ctx).pay(cashier, cart->uuid, {tender});
    INFO(sale.message());
    REQUIRE(sale.ok());
}

} // namespace patron::test
