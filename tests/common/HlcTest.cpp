#include "TestEnv.h"

#include "common/Clock.h"
#include "sync/Hlc.h"

#include <QTimeZone>

using namespace patron;

TEST_CASE("Hybrid logical clock never goes back and passes what it saw", "[hlc]")
{
    ManualClock clock(QDateTime::fromMSecsSinceEpoch(1000000, QTimeZone::utc()));
    Hlc hlc(QStringLiteral("SH01/T1"), clock);
    const auto a = hlc.tick();
    const auto b = hlc.tick();  // same wall time
    CHECK(a < b);
    CHECK(b.counter == a.counter + 1);

    clock.advanceMs(-5000);  // the wall clock jumps back
    const auto c = hlc.tick();
    CHECK(b < c);

    HlcTimestamp remote{9000000, 7, QStringLiteral("SH02/T3")};  // a till far ahead
    const auto d = hlc.observe(remote);
    CHECK(remote < d);
    CHECK(d.wallMs == 9000000);
    CHECK(d.counter == 8);
    CHECK(d < hlc.tick());

    // Text form sorts like the timestamps and round-trips.
    CHECK(HlcTimestamp::parse(d.toString()) == d);
    CHECK(c.toString() < d.toString());
    // Same wall time and counter: the node breaks the tie, deterministically.
    HlcTimestamp x{5, 1, QStringLiteral("A/1")}, y{5, 1, QStringLiteral("B/1")};
    CHECK(x < y);
    CHECK_FALSE(y < x);
    CHECK(HlcTimestamp::parse(QStringLiteral("garbage")).isNull());
}

TEST_CASE("Hybrid logical clock restores from the last persisted value", "[hlc]")
{
    ManualClock clock(QDateTime::fromMSecsSinceEpoch(1000, QTimeZone::utc()));
    Hlc hlc(QStringLiteral("S/T"), clock);
    hlc.restore(HlcTimestamp{50000, 3, QStringLiteral("S/T")});
    const auto t = hlc.tick();
    CHECK(t.wallMs == 50000);
    CHECK(t.counter == 4);
}
