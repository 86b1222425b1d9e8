#include "SalesFixture.h"

#include "sales/IdleCheckpoint.h"

#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

TEST_CASE("The till checkpoints between sales; the automatic checkpoint is only a safety net", "[sales][checkpoint]")
{
    SalesFixture f;
    IdleCheckpoint idle(f.db());
    CHECK(f.scalar("PRAGMA wal_autocheckpoint") == IdleCheckpoint::kBackstopFrames);
    f.openShift();
    const Product a = f.product(QStringLiteral("A1"), 1250);
    for (int i = 0; i < 3; ++i)
        f.pay(f.cart({{a, 1000}}), {cash(2000)});

    // The sales' frames wait in the WAL until the till is idle, then go into the store.
    auto copied = idle.run();
    REQUIRE_OK(copied);
    CHECK(*copied > 0);
    // Nothing new since: a second run finds the same frames copied, and the next sale starts
    // the WAL over.
    auto again = idle.run();
    REQUIRE_OK(again);
    CHECK(*again == *copied);
    f.pay(f.cart({{a, 1000}}), {cash(2000)});
    auto after = idle.run();
    REQUIRE_OK(after);
    CHECK(*after < *copied);
    CHECK(f.scalar("SELECT count(*) FROM sales") == 4);
    f.reopen();
    CHECK(f.scalar("SELECT count(*) FROM sales") == 4);
}
