#include "MembersFixture.h"

namespace patron::test {

QJsonObject standardRules()
{
    const char* json = R"json({
  "tiers": [
    {"code": "normal", "name": "普通", "rank": 0},
    {"code": "silver", "name": "银卡", "rank": 1, "spend_minor": 100000, "points_multiplier_bps": 12000,
     "window_days": 365, "validity_days": 365, "grace_days": 30},
    {"code": "gold", "name": "金卡", "rank": 2, "spend_minor": 500000, "single_topup_minor": 200000,
     "discount_bps": 500, "points_multiplier_bps": 15000, "window_days": 365, "validity_days": 365, "grace_days": 30}
  ],
  "points": {
    "minor_per_point": 100,
    "category_multipliers_bps": {"TOBACCO": 0, "FRESH": 20000},
    "campaigns": [{"name": "双倍积分日", "from": "2026-05-01", "to": "2026-05-03", "multiplier_bps": 20000}],
    "birthday_month_multiplier_bps": 20000,
    "expiry": "rolling", "expiry_months": 12,
    "redeem_points_per_yuan": 100, "redeem_min_points": 100, "redeem_max_order_bps": 5000
  },
  "wallet": {
    "spend_order": "proportional",
    "topup_bonus": [
      {"threshold_minor": 10000, "bonus_minor": 1000},
      {"threshold_minor": 50000, "bonus_minor": 10000, "bonus_points": 500},
      {"threshold_minor": 100000, "bonus_minor": 30000, "coupon": "TOPUP20"}
    ]
  },
  "coupons": {
    "templates": [
      {"code": "WELCOME10", "name": "新人券", "kind": "amount_off", "value": 1000, "threshold_minor": 5000,
       "valid_days": 30, "restore_on_return": true},
      {"code": "PCT10", "name": "九折券", "kind": "percent_off", "value": 1000, "cap_minor": 2000},
      {"code": "SKU5", "name": "单品券", "kind": "product", "value": 500, "skus": ["A1"]},
      {"code": "TOPUP20", "name": "充值券", "kind": "amount_off", "value": 2000},
      {"code": "BDAY", "name": "生日券", "kind": "amount_off", "value": 888}
    ],
    "on_registration": ["WELCOME10"],
    "birthday": "BDAY"
  },
  "gifts": [{"code": "CUP", "name": "保温杯", "points": 2000, "stock": 1}]
})json";
    return QJsonDocument::fromJson(json).object();
}

namespace {
// The catalog's pinyin table stands behind this in the till; a few names are enough here.
QStringList fakeInitials(const QString& name)
{
    if (name == u"张三") return {QStringLiteral("zs")};
    if (name == u"张三丰") return {QStringLiteral("zsf")};
    if (name == u"长城") return {QStringLiteral("cc"), QStringLiteral("zc")};
    return {};
}
} // namespace

MembersFixture::MembersFixture()
    : engine(ts.db(), ts.clock(), ts.audit(), ts.outbox(), QStringLiteral("SH01"), fakeInitials)
{
    auto set = engine.rules().set(ts.admin(), standardRules());
    INFO(set.message());
    REQUIRE(set.ok());
}

Member MembersFixture::add(const QString& mobile, const QString& name, QDate birthday)
{
    MemberFields f;
    f.mobile = mobile;
    f.name = name;
    if (birthday.isValid())
        f.birthday = birthday;
    auto m = engine.members().registerMember(ts.admin(), f);
    INFO(m.message());
    REQUIRE(m.ok());
    return *m;
}

Member MembersFixture::reload(qint64 id)
{
    auto m = engine.members().byId(id);
    REQUIRE(m.ok());
    return *m;
}

void MembersFixture::purchase(qint64 memberId, qint64 amountMinor)
{
    Transaction tx(db());
    engine.activity().recordPurchase(memberId, amountMinor, clock().now());
    engine.tiers().evaluateOnActivity(memberId);
    tx.commit();
}

qint64 MembersFixture::outboxCount(const QString& type)
{
    if (type.isEmpty())
        return db().queryInt64("SELECT count(*) FROM outbox").value_or(0);
    return db().queryInt64("SELECT count(*) FROM outbox WHERE type = ?", type).value_or(0);
}

qint64 MembersFixture::scalar(const char* sql, qint64 arg) { return db().queryInt64(sql, arg).value_or(0); }

} // namespace patron::test
