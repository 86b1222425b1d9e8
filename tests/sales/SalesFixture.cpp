#include "SalesFixture.h"

#include "store/StoreSettings.h"

namespace patron::test {

QJsonObject salesRules()
{
    // normal: member prices, 1 point per ￥1 paid in cash-like tenders.
    // gold: 5% off list prices (not stacked with promotions), reached by one top-up of ￥2000.
    // Points pay 1 fen each, at least 100 points, at most half the order.
    // Stored value: proportional spending; a ￥100 top-up gets ￥10 bonus.
    // Coupons: AMT5 (￥5 off from ￥20, restored on a full return), PCT10 (10% off, cap ￥20).
    const char* json = R"json({
  "tiers": [
    {"code": "normal", "name": "普通", "rank": 0},
    {"code": "gold", "name": "金卡", "rank": 1, "single_topup_minor": 200000, "discount_bps": 500,
     "window_days": 365, "validity_days": 365, "grace_days": 30}
  ],
  "points": {
    "minor_per_point": 100,
    "expiry": "rolling", "expiry_months": 12,
    "redeem_points_per_yuan": 100, "redeem_min_points": 100, "redeem_max_order_bps": 5000
  },
  "wallet": {
    "spend_order": "proportional",
    "topup_bonus": [{"threshold_minor": 10000, "bonus_minor": 1000}]
  },
  "coupons": {
    "templates": [
      {"code": "AMT5", "name": "满20减5", "kind": "amount_off", "value": 500, "threshold_minor": 2000,
       "restore_on_return": true},
      {"code": "PCT10", "name": "九折券", "kind": "percent_off", "value": 1000, "cap_minor": 2000}
    ]
  }
})json";
    return QJsonDocument::fromJson(json).object();
}

SalesFixture::SalesFixture()
{
    build();
    auto set = members->rules().set(admin(), salesRules());
    INFO(set.message());
    REQUIRE(set.ok());
    cashier = user(QStringLiteral("xiaoli"), QStringLiteral("cashier"));
    supervisor = user(QStringLiteral("laowang"), QStringLiteral("supervisor"));
    manager = user(QStringLiteral("boss"), QStringLiteral("manager"));
}

SalesFixture::~SalesFixture() = default;

void SalesFixture::build()
{
    shifts.reset();
    returns.reset();
    checkout.reset();
    promotions.reset();
    carts.reset();
    ctx.reset();
    loyalty.reset();
    members.reset();
    catalog.reset();
    catalog = std::make_unique<ProductCatalog>(db(), ts.audit(), ts.outbox(), clock());
    members = std::make_unique<MembersModule>(db(), clock(), ts.audit(), ts.outbox(), ts.store().identity().storeCode,
                                              [](const QString&) { return QStringList(); });
    loyalty = std::make_unique<MembersLoyalty>(*members, db(), clock());
    ctx.reset(new SalesContext{db(), clock(), ts.audit(), ts.outbox(), *catalog, *loyalty, ts.store().identity(),
                               ts.store().receiptEpoch()});
    carts = std::make_unique<CartService>(*ctx);
    promotions = std::make_unique<PromotionService>(*ctx);
    checkout = std::make_unique<CheckoutService>(*ctx);
    returns = std::make_unique<ReturnService>(*ctx);
    shifts = std::make_unique<ShiftService>(*ctx);
}

void SalesFixture::reopen()
{
    closeStore();
    ts.reopen();
    build();
}

void SalesFixture::closeStore()
{
    shifts.reset();
    returns.reset();
    checkout.reset();
    promotions.reset();
    carts.reset();
    ctx.reset();
    loyalty.reset();
    members.reset();
    catalog.reset();
    ts.close();
}

Session SalesFixture::user(const QString& name, const QString& role)
{
    REQUIRE_OK(ts.users().add(admin(), name, name, role, QStringLiteral("8642")));
    auto s = ts.users().authenticate(name, QStringLiteral("8642"));
    REQUIRE_OK(s);
    return *s;
}

Product SalesFixture::product(const ProductSpec& spec)
{
    ProductInput in;
    in.sku = spec.sku;
    in.name = QStringLiteral("商品 %1").arg(spec.sku);
    in.priceMinor = spec.priceMinor;
    in.costMinor = spec.costMinor;
    if (spec.memberPriceMinor)
        in.memberPriceMinor = spec.memberPriceMinor;
    if (!spec.category.isEmpty())
        in.categoryPath = spec.category;
    if (!spec.unit.isEmpty())
        in.unit = spec.unit;
    if (spec.weighed) {
        in.weighed = true;
        in.unit = spec.unit.isEmpty() ? QStringLiteral("kg") : spec.unit;
    }
    auto p = catalog->add(admin(), in);
    REQUIRE_OK(p);
    return *p;
}

qint64 SalesFixture::categoryId(const QString& path)
{
    Transaction tx(db());
    const qint64 id = catalog->ensureCategory(path);
    tx.commit();
    return id;
}

Member SalesFixture::member(const QString& mobile, const QString& name)
{
    MemberFields f;
    f.mobile = mobile;
    f.name = name;
    auto m = members->members().registerMember(admin(), f);
    REQUIRE_OK(m);
    return *m;
}

Member SalesFixture::reloadMember(qint64 id)
{
    auto m = members->members().byId(id);
    REQUIRE_OK(m);
    return *m;
}

void SalesFixture::topUp(qint64 memberId, qint64 amountMinor)
{
    REQUIRE_OK(members->wallet().topUp(admin(), memberId, amountMinor, QStringLiteral("cash"), QString()));
}

void SalesFixture::givePoints(qint64 memberId, qint64 n)
{
    REQUIRE_OK(members->points().adjust(admin(), memberId, n, QStringLiteral("test")));
}

QString SalesFixture::coupon(qint64 memberId, const QString& templateCode)
{
    auto c = members->coupons().issueManually(admin(), memberId, templateCode);
    REQUIRE_OK(c);
    return QString::number(c->id);
}

Shift SalesFixture::openShift(qint64 floatMinor)
{
    auto s = shifts->open(cashier, floatMinor);
    REQUIRE_OK(s);
    return *s;
}

void SalesFixture::setting(const QString& key, const QString& value)
{
    Transaction tx(db());
    StoreSettings(db(), clock()).set(key, value);
    tx.commit();
}

Uuid SalesFixture::openCart()
{
    auto c = carts->openCart(cashier);
    REQUIRE_OK(c);
    return c->uuid;
}

Uuid SalesFixture::cart(const QList<std::pair<Product, qint64>>& lines)
{
    const Uuid u = openCart();
    for (const auto& [p, qty] : lines)
        REQUIRE_OK(carts->addProduct(u, p, qty));
    return u;
}

Cart SalesFixture::load(const Uuid& u)
{
    auto c = carts->load(u);
    REQUIRE_OK(c);
    return *c;
}

Quote SalesFixture::quote(const Uuid& u)
{
    auto q = checkout->quote(u);
    REQUIRE_OK(q);
    return *q;
}

SaleResult SalesFixture::pay(const Uuid& u, const QList<TenderInput>& tenders)
{
    auto r = checkout->pay(cashier, u, tenders);
    REQUIRE_OK(r);
    return *r;
}

TenderInput cash(qint64 minor) { return {TenderKind::Cash, minor, 0, {}}; }
TenderInput card(qint64 minor) { return {TenderKind::Card, minor, 0, QStringLiteral("T123456")}; }
TenderInput wallet(qint64 minor) { return {TenderKind::Wallet, minor, 0, {}}; }
TenderInput points(qint64 n) { return {TenderKind::Points, 0, n, {}}; }

} // namespace patron::test
