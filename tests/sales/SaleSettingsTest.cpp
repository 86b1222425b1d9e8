// Every sale reads the store settings it uses in one statement (a SettingsSnapshot), freshly for
// each sale: a setting another process changes while the till is open (patron-cli, the sync
// worker) applies to the next sale. The second connection here stands in for that process.

#include "SalesFixture.h"

#include "sales/CheckoutService.h"
#include "sales/SalesSettings.h"
#include "store/StoreSettings.h"
#include "sync/SyncConfig.h"

using namespace patron;
using namespace patron::test;

namespace {

// Another connection to the same store file, as patron-cli would open it.
Database otherConnection(SalesFixture& f)
{
    auto db = Database::open(f.ts.dir() + QStringLiteral("/patron.db"), f.ts.store().dataKey(), Database::Options());
    REQUIRE_OK(db);
    return std::move(*db);
}

void setElsewhere(Database& other, const QString& key, const QString& value)
{
    other.execute("INSERT OR REPLACE INTO settings(key, value, updated_at) VALUES (?, ?, '2024-01-01T00:00:00+08:00')",
                  key, value);
}

} // namespace

TEST_CASE("A setting changed on another connection applies to the next sale", "[sales][checkout][settings]")
{
    SalesFixture f;
    f.openShift();
    const Product a = f.product(QStringLiteral("A1"), 1037);
    Database other = otherConnection(f);

    const SaleResult unrounded = f.pay(f.cart({{a, 1000}}), {cash(2000)});
    CHECK(unrounded.totalMinor == 1037);

    setElsewhere(other, QStringLiteral("sales.rounding"), QStringLiteral("jiao_down"));
    const SaleResult rounded = f.pay(f.cart({{a, 1000}}), {cash(2000)});
    CHECK(rounded.totalMinor == 1030);
    CHECK(rounded.changeMinor == 970);

    // The business-day cut-off, read in the same statement: at 10:00 with a cut-off of 11:00 the
    // sale belongs to the day before.
    REQUIRE(f.clock().now().time().hour() == 10);
    const QString today = f.clock().now().date().toString(Qt::ISODate);
    const QString yesterday = f.clock().now().date().addDays(-1).toString(Qt::ISODate);
    CHECK(f.db().queryText("SELECT business_day FROM sales WHERE id = ?", rounded.saleId) == today);
    setElsewhere(other, QStringLiteral("sales.day_cutoff_hour"), QStringLiteral("11"));
    const SaleResult early = f.pay(f.cart({{a, 1000}}), {cash(2000)});
    CHECK(f.db().queryText("SELECT business_day FROM sales WHERE id = ?", early.saleId) == yesterday);
}

TEST_CASE("Joining head office on another connection makes a restored till refuse the next sale",
          "[sales][checkout][settings]")
{
    SalesFixture f;
    f.openShift();
    const Product a = f.product(QStringLiteral("A1"), 500);
    Database other = otherConnection(f);
    // A restored till: standalone, it sells at once.
    other.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('needs_resync', '1')");
    f.pay(f.cart({{a, 1000}}), {cash(500)});

    setElsewhere(other, QStringLiteral("sync.dsn"), QStringLiteral("host=hq.example port=5432 dbname=hq"));
    const Uuid refusedCart = f.cart({{a, 1000}});
    auto refused = f.checkout->pay(f.cashier, refusedCart, {cash(500)});
    CHECK(refused.code() == ErrorCode::Refused);
    CHECK(f.scalar("SELECT count(*) FROM sales") == 1);

    // Left head office again (SyncConfig::clear stores ""): the same cart sells.
    setElsewhere(other, QStringLiteral("sync.dsn"), QString::fromLatin1(""));
    CHECK(f.pay(refusedCart, {cash(500)}).totalMinor == 500);
}

TEST_CASE("A head-office join committed between the settings read and the sale's transaction is seen",
          "[sales][checkout][settings]")
{
    SalesFixture f;
    f.openShift();
    const Product a = f.product(QStringLiteral("A1"), 500);
    const Member m = f.member(QStringLiteral("13800000009"));
    f.topUp(m.id, 10000);
    Database other = otherConnection(f);
    other.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('needs_resync', '1')");  // a restored till

    // The stored-value check runs after the checkout has read its settings and before it begins
    // its transaction: the join is committed there, by "patron-cli" on the other connection.
    class JoinDuringReserve final : public LoyaltyPort {
    public:
        JoinDuringReserve(LoyaltyPort& real, Database& other) : m_real(real), m_other(other) {}
        std::optional<MemberPricing> pricingFor(qint64 id) override { return m_real.pricingFor(id); }
        Result<qint64> couponDiscount(qint64 id, const QString& code, const QList<LoyaltyLine>& lines) override
        {
            return m_real.couponDiscount(id, code, lines);
        }
        Result<qint64> pointsValue(qint64 id, qint64 points, qint64 order) override { return m_real.pointsValue(id, points, order); }
        Result<void> reserveWallet(qint64 id, qint64 amount, const Uuid& sale) override
        {
            auto reserved = m_real.reserveWallet(id, amount, sale);
            setElsewhere(m_other, QStringLiteral("sync.dsn"), QStringLiteral("host=hq.example port=5432 dbname=hq"));
            return reserved;
        }
        void releaseWallet(const Uuid& sale) override { m_real.releaseWallet(sale); }
        Result<LoyaltyOutcome> applySale(const SaleLoyaltyFacts& facts) override { return m_real.applySale(facts); }
        Result<LoyaltyOutcome> applyReturn(const ReturnLoyaltyFacts& facts) override { return m_real.applyReturn(facts); }

    private:
        LoyaltyPort& m_real;
        Database& m_other;
    } joining(*f.loyalty, other);
    SalesContext ctx = *f.ctx;
    SalesContext racing{ctx.db, ctx.clock, ctx.audit, ctx.outbox, ctx.catalog, joining, ctx.identity, ctx.receiptEpoch};
    CheckoutService checkout(racing);

    const Uuid c = f.cart({{a, 1000}});
    REQUIRE_OK(f.carts->attachMember(c, m.id));
    auto refused = checkout.pay(f.cashier, c, {wallet(500)});
    CHECK(refused.code() == ErrorCode::Refused);
    CHECK(f.scalar("SELECT count(*) FROM sales") == 0);
}

TEST_CASE("A sale needs a shift again once another connection turns require_shift back on", "[sales][checkout][settings]")
{
    SalesFixture f;
    const Product a = f.product(QStringLiteral("A1"), 500);
    Database other = otherConnection(f);
    setElsewhere(other, QStringLiteral("sales.require_shift"), QStringLiteral("0"));
    f.pay(f.cart({{a, 1000}}), {cash(500)});
    setElsewhere(other, QStringLiteral("sales.require_shift"), QStringLiteral("1"));
    CHECK(f.checkout->pay(f.cashier, f.cart({{a, 1000}}), {cash(500)}).code() == ErrorCode::Refused);
    CHECK(f.scalar("SELECT count(*) FROM sales") == 1);
}

TEST_CASE("SalesSettings from one snapshot equal the settings read one by one", "[sales][settings]")
{
    SalesFixture f;
    StoreSettings settings(f.db(), f.clock());
    SECTION("nothing stored: the documented defaults")
    {
        const SalesSettings s = SalesSettings::load(settings);
        CHECK(s.rounding == CashRounding::None);
        CHECK(s.dayCutoffHour == 4);
        CHECK(s.requireShift);
        CHECK(s.maxDiscountBp == 1000);
        CHECK(s.noReceiptRefundTender == QStringLiteral("cash"));
    }
    SECTION("stored values, clamped; text that is no number falls back")
    {
        f.setting(QStringLiteral("sales.rounding"), QStringLiteral("yuan_half_up"));
        f.setting(QStringLiteral("sales.day_cutoff_hour"), QStringLiteral("30"));
        f.setting(QStringLiteral("sales.require_shift"), QStringLiteral("0"));
        f.setting(QStringLiteral("sales.max_discount_bp"), QStringLiteral("lots"));
        f.setting(QStringLiteral("returns.no_receipt_tender"), QStringLiteral("wallet"));
        const SalesSettings s = SalesSettings::load(settings);
        CHECK(s.rounding == CashRounding::YuanHalfUp);
        CHECK(s.dayCutoffHour == 12);
        CHECK_FALSE(s.requireShift);
        CHECK(s.maxDiscountBp == 1000);
        CHECK(s.noReceiptRefundTender == QStringLiteral("wallet"));
        CHECK(settings.integer(QStringLiteral("sales.max_discount_bp"), 77) == 77);
    }
}

TEST_CASE("SyncConfig reads its five settings in one snapshot", "[sales][settings]")
{
    SalesFixture f;
    StoreSettings settings(f.db(), f.clock());
    SyncConfig config(settings);
    CHECK_FALSE(config.connectInfo().has_value());
    f.setting(QStringLiteral("sync.dsn"), QStringLiteral("host=hq port=5432"));
    f.setting(QStringLiteral("sync.sslrootcert"), QStringLiteral("/etc/patron/root.crt"));
    const auto info = config.connectInfo();
    REQUIRE(info.has_value());
    CHECK(info->dsn == QStringLiteral("host=hq port=5432"));
    CHECK(info->sslmode == QStringLiteral("verify-full"));  // not stored: the default
    CHECK(info->sslrootcert == QStringLiteral("/etc/patron/root.crt"));
    CHECK(info->sslcert.isEmpty());
    const auto fromSnapshot = SyncConfig::connectInfoFrom(settings.read(SyncConfig::keys()));
    REQUIRE(fromSnapshot.has_value());
    CHECK(fromSnapshot->dsn == info->dsn);
    CHECK(fromSnapshot->sslrootcert == info->sslrootcert);
    // A snapshot without the sync keys says "not joined", as an empty store does.
    CHECK_FALSE(SyncConfig::connectInfoFrom(settings.read(SalesSettings::keys())).has_value());
}
