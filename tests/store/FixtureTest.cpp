#include "TestEnv.h"

#include "auth/AuditLog.h"
#include "common/Clock.h"
#include "store/Migrations.h"
#include "store/Store.h"

using namespace patron;
using namespace patron::test;

// tests/fixtures/store-v1 was made by the first released schema (see tests/fixtures/README.md).
// Every later version must still open it (after migrating a copy).
TEST_CASE("The committed v1 fixture store opens in this version", "[store][fixture]")
{
    QTemporaryDir d;
    const QString dir = d.filePath(QStringLiteral("store"));
    QDir().mkpath(dir);
    for (const char* f : {"patron.db", "patron.vault"})
        REQUIRE(QFile::copy(QStringLiteral(PATRON_FIXTURE_DIR "/store-v1/") + QString::fromLatin1(f),
                            dir + u'/' + QString::fromLatin1(f)));
    auto opened = Store::openWithPassphrase(dir, "fixture-passphrase");
    REQUIRE_OK(opened);
    Store& s = **opened;
    CHECK(s.identity().storeName == QStringLiteral("样例店 Fixture Shop"));
    CHECK(s.identity().storeCode == QStringLiteral("FX01"));
    CHECK(s.identity().tillCode == QStringLiteral("T9"));
    CHECK(schemaVersion(s.db()) == latestSchemaVersion());
    CHECK(s.db().queryInt64("SELECT count(*) FROM users") == 2);
    CHECK(s.db().queryText("SELECT role FROM users WHERE name = 'cashier1'") == QStringLiteral("cashier"));
    CHECK(s.db().integrityCheck() == QStringLiteral("ok"));
    SystemClock clock;
    CHECK(AuditLog(s.db(), clock).verify().ok);
}
