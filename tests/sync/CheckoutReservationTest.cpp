// The checkout of a till joined to head office reserves stored value before its SQLite write
// transaction (a wait on head office never holds the till's writer), finds the hold again inside
// it without asking, and lets the hold go when the sale does not complete.

#include "HqFixture.h"
#include "TestEnv.h"

#include "catalog/Pinyin.h"
#include "catalog/ProductCatalog.h"
#include "members/Member.h"
#include "members/MembersLoyalty.h"
#include "members/MembersModule.h"
#include "sales/CartService.h"
#include "sales/CheckoutService.h"
#include "sales/SalesContext.h"
#include "sales/ShiftService.h"
#include "store/Database.h"
#include "common/InlineRunner.h"
#include "sync/HqWalletReservation.h"

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

namespace {

// Head office's reservation, noting for each call whether the till was inside a write transaction.
class RecordingReservation final : public WalletReservation {
public:
    RecordingReservation(Database& db, WalletReservation& inner) : m_db(db), m_inner(inner) {}
    Result<void> reserve(const Member& member, qint64 amountMinor, const Uuid& saleUuid) override
    {
        inTransaction.append(m_db.inTransaction());
        return m_inner.reserve(member, amountMinor, saleUuid);
    }
    void release(const Uuid& saleUuid) override
    {
        released.append(saleUuid);
        m_inner.release(saleUuid);
    }
    QList<bool> inTransaction;
    QList<Uuid> released;

private:
    Database& m_db;
    WalletReservation& m_inner;
};

qint64 holds(HqFixture& hq, const Uuid& sale, const char* state)
{
    const QByteArray sql = QByteArray("SELECT count(*) FROM hq.wallet_reservations WHERE sale_uuid = $1::uuid AND ") + state;
    return hq.scalar(sql.constData(), {sale.toString()});
}
} // namespace

TEST_CASE("a joined till reserves stored value before its write transaction and releases a sale that fails",
          "[sync][wallet][reservation]")
{
    HqFixture hq;
    TestTill till(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    TempStore& t = till.local();
    InlineRunner headOffice;
    HqWalletReservation atHeadOffice(t.db(), t.clock(), t.audit(), t.outbox(), till.connectInfo(), headOffice);
    RecordingReservation reservation(t.db(), atHeadOffice);
    ProductCatalog catalog(t.db(), t.audit(), t.outbox(), t.clock());
    MembersModule members(t.db(), t.clock(), t.audit(), t.outbox(), QStringLiteral("SH01"),
                          [](const QString& s) { return pinyinInitials(s, 8); }, &reservation);
    MembersLoyalty loyalty(members, t.db(), t.clock());
    SalesContext ctx{t.db(), t.clock(), t.audit(), t.outbox(), catalog, loyalty, t.store().identity(), t.store().receiptEpoch()};

    ProductInput in;
    in.sku = QStringLiteral("W1");
    in.name = QStringLiteral("矿泉水");
    in.priceMinor = 300;
    auto product = catalog.add(t.admin(), in);
    REQUIRE_OK(product);
    MemberFields fields;
    fields.name = QStringLiteral("王小明");
    fields.mobile = QStringLiteral("13812345678");
    auto member = members.members().registerMember(t.admin(), fields);
    REQUIRE_OK(member);
    REQUIRE_OK(members.wallet().topUp(t.admin(), member->id, 5000, QStringLiteral("cash"), QString()));
    REQUIRE_OK(till.worker().runOnce());  // head office knows the member and their ￥50.00
    REQUIRE_OK(ShiftService(ctx).open(t.admin(), 10000));
    CartService carts(ctx);
    auto openCart = [&] {
        auto cart = carts.openCart(t.admin());
        REQUIRE_OK(cart);
        REQUIRE_OK(carts.addProduct(cart->uuid, *product, 4000));  // ￥12.00
        REQUIRE_OK(carts.attachMember(cart->uuid, member->id));
        return cart->uuid;
    };

    SECTION("a completed sale: asked outside the transaction, then found again inside it")
    {
        const Uuid cart = openCart();
        auto sale = CheckoutService(ctx).pay(t.admin(), cart, {{TenderKind::Wallet, 500, 0, {}}, {TenderKind::Cash, 700, 0, {}}});
        REQUIRE_OK(sale);
        CHECK(reservation.inTransaction == QList<bool>{false, true});
        CHECK(reservation.released.isEmpty());
        CHECK(holds(hq, cart, "settled_at IS NULL") == 1);
        REQUIRE_OK(till.worker().runOnce());  // the spend arrives and settles the hold
        CHECK(holds(hq, cart, "settled_at IS NOT NULL") == 1);
    }

    SECTION("a sale refused after the reservation lets the hold go at head office")
    {
        const Uuid cart = openCart();
        // ￥5.00 stored value and ￥1.00 cash for ￥12.00: refused, ￥6.00 still due.
        auto short1 = CheckoutService(ctx).pay(t.admin(), cart, {{TenderKind::Wallet, 500, 0, {}}, {TenderKind::Cash, 100, 0, {}}});
        REQUIRE_FALSE(short1.ok());
        CHECK(short1.code() == ErrorCode::Refused);
        CHECK(reservation.inTransaction == QList<bool>{false});
        CHECK(reservation.released == QList<Uuid>{cart});
        CHECK(holds(hq, cart, "true") == 0);
        // The whole balance is free again for any store: ￥50.00 can be held for another sale.
        auto conn = PgConnection::connect(till.connectInfo());
        REQUIRE_OK(conn);
        auto all = HqClient(*conn).reserveWallet(member->uuid, Uuid::v7(t.clock().nowMs()), 5000, {});
        REQUIRE_OK(all);
        CHECK(all->reserved);
        // Paying the same cart properly afterwards reserves it again and completes.
        REQUIRE_OK(HqClient(*conn).releaseWallet(Uuid::v7(t.clock().nowMs())));  // nothing to release: harmless
        auto refusedNow = CheckoutService(ctx).pay(t.admin(), cart, {{TenderKind::Wallet, 500, 0, {}}, {TenderKind::Cash, 700, 0, {}}});
        REQUIRE_FALSE(refusedNow.ok());  // the ￥50.00 is held for the other sale now
        CHECK(refusedNow.code() == ErrorCode::Refused);
    }

    SECTION("a till cannot release another till's hold")
    {
        TestTill other(hq, QStringLiteral("SH02"), QStringLiteral("T1"));
        const Uuid sale = Uuid::v7(t.clock().nowMs());
        auto mine = PgConnection::connect(till.connectInfo());
        REQUIRE_OK(mine);
        auto held = HqClient(*mine).reserveWallet(member->uuid, sale, 1000, {});
        REQUIRE_OK(held);
        REQUIRE(held->reserved);
        auto theirs = PgConnection::connect(other.connectInfo());
        REQUIRE_OK(theirs);
        auto released = HqClient(*theirs).releaseWallet(sale);
        REQUIRE_OK(released);
        CHECK_FALSE(*released);
        CHECK(holds(hq, sale, "true") == 1);
        auto own = HqClient(*mine).releaseWallet(sale);
        REQUIRE_OK(own);
        CHECK(*own);
        CHECK(holds(hq, sale, "true") == 0);
    }
}
