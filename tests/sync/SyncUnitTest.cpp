// Pieces of sync that need no head office: backoff, DSN redaction, configuration storage.

#include "TempStore.h"
#include "TestEnv.h"
#include "hq/PgConnectInfo.h"
#include "store/StoreSettings.h"
#include "sync/SyncBackoff.h"
#include "sync/SyncConfig.h"

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

TEST_CASE("backoff doubles after each failure up to the cap and resets after a success", "[sync][unit]")
{
    SyncBackoff::Policy policy;
    policy.jitterPercent = 0;
    SyncBackoff b(policy, 42);
    CHECK(b.afterFailure() == 1000);
    CHECK(b.afterFailure() == 2000);
    CHECK(b.afterFailure() == 4000);
    for (int i = 0; i < 20; ++i)
        (void)b.afterFailure();
    CHECK(b.afterFailure() == 300000);
    CHECK(b.afterSuccess() == 30000);
    CHECK(b.afterFailure() == 1000);
}

TEST_CASE("backoff jitter stays within its bounds and differs between tills", "[sync][unit]")
{
    SyncBackoff a(SyncBackoff::Policy{}, 1), b(SyncBackoff::Policy{}, 2);
    bool differ = false;
    for (int i = 0; i < 8; ++i) {
        const qint64 x = a.afterFailure(), y = b.afterFailure();
        const qint64 base = std::min<qint64>(1000LL << i, 300000);
        CHECK(x >= base * 8 / 10);
        CHECK(x <= base * 12 / 10);
        differ = differ || x != y;
    }
    CHECK(differ);
}

TEST_CASE("a DSN's password never appears in status output", "[sync][unit]")
{
    PgConnectInfo i;
    i.dsn = QStringLiteral("host=hq.example.cn port=5432 dbname=hq user=till password=s3cr3t-Pass");
    CHECK(i.redactedDsn() == QStringLiteral("host=hq.example.cn port=5432 dbname=hq user=till password=********"));
    i.dsn = QStringLiteral(R"(host=a password = 'it\'s secret' user=b)");
    CHECK_FALSE(i.redactedDsn().contains(QStringLiteral("secret")));
    i.dsn = QStringLiteral("postgresql://till:s3cr3t@hq.example.cn/hq?sslmode=verify-full");
    CHECK(i.redactedDsn() == QStringLiteral("postgresql://till:********@hq.example.cn/hq?sslmode=verify-full"));
}

TEST_CASE("the head-office DSN is stored inside the encrypted store only", "[sync][unit]")
{
    TempStore t;
    StoreSettings settings(t.db(), t.clock());
    SyncConfig config(settings);
    CHECK_FALSE(config.connectInfo().has_value());
    PgConnectInfo bad;
    bad.dsn = QStringLiteral("host=x");
    bad.sslmode = QStringLiteral("sometimes");
    CHECK(config.save(bad).code() == ErrorCode::InvalidInput);
    bad.sslmode = QStringLiteral("verify-full");
    bad.sslrootcert = t.tempPath(QStringLiteral("missing.pem"));
    CHECK(config.save(bad).code() == ErrorCode::InvalidInput);

    PgConnectInfo good;
    good.dsn = QStringLiteral("host=hq.example.cn user=till password=Zq8-unique-till-secret");
    REQUIRE_OK(config.save(good));
    auto loaded = config.connectInfo();
    REQUIRE(loaded.has_value());
    CHECK(loaded->dsn == good.dsn);
    CHECK(loaded->sslmode == QStringLiteral("verify-full"));
    t.close();
    CHECK(filesContaining(t.dir(), "Zq8-unique-till-secret").isEmpty());
    CHECK(filesContaining(t.tempPath(QString()), "Zq8-unique-till-secret").isEmpty());
}
