#include "TestEnv.h"

#include "common/Uuid.h"

#include <QSet>

using namespace patron;

TEST_CASE("UUID v7 is time-ordered, versioned and round-trips", "[uuid]")
{
    const qint64 t = 1773453600000;  // 2026-03-14
    Uuid prev = Uuid::v7(t);
    CHECK(prev.unixMs() == t);
    CHECK(prev.toString().at(14) == u'7');
    CHECK((prev.bytes()[8] & 0xC0) == 0x80);
    QSet<QByteArray> seen{prev.bytes()};
    for (int i = 0; i < 10000; ++i) {
        const Uuid u = Uuid::v7(t + i / 100);  // many in the same millisecond
        REQUIRE(prev < u);
        REQUIRE_FALSE(seen.contains(u.bytes()));
        seen.insert(u.bytes());
        prev = u;
    }
    const Uuid a = Uuid::v7(t);
    CHECK(Uuid::fromString(a.toString()) == a);
    CHECK(Uuid::fromBytes(a.bytes()) == a);
    CHECK(Uuid::fromString(QStringLiteral("not-a-uuid")).isNull());
    CHECK(Uuid::fromString(QStringLiteral("0192f1f0-0000-7000-8000-00000000000g")).isNull());
    CHECK(Uuid::fromBytes(QByteArray(15, 'x')).isNull());
}
