#include "FaultVfs.h"
#include "TempStore.h"
#include "TestEnv.h"

using namespace patron;
using namespace patron::test;

namespace {
StoreOpenOptions faulty()
{
    StoreOpenOptions o;
    o.vfs = FaultVfs::name();
    return o;
}
struct ResetFaults {
    ~ResetFaults() { FaultVfs::reset(); }
};
} // namespace

TEST_CASE("A full disk in the middle of a business action loses nothing and half-writes nothing", "[store][fault]")
{
    ResetFaults reset;
    for (auto failure : {FaultVfs::Failure::DiskFull, FaultVfs::Failure::IoError}) {
        TempStore t(faulty());
        {
            Transaction tx(t.db());
            t.db().execute("INSERT INTO settings(key, value, updated_at) VALUES ('before', 'kept', 'x')");
            tx.commit();
        }
        FaultVfs::failWritesAfter(0, failure);
        auto r = guarded([&] {
            Transaction tx(t.db());
            for (int i = 0; i < 2000; ++i)
                t.db().execute("INSERT INTO settings(key, value, updated_at) VALUES (?, ?, 'x')",
                               QStringLiteral("bulk%1").arg(i), QString(200, u'x'));
            t.audit().append(QStringLiteral("admin"), QStringLiteral("bulk"), QStringLiteral("x"));
            tx.commit();
        });
        REQUIRE_FALSE(r.ok());
        CHECK(r.code() == (failure == FaultVfs::Failure::DiskFull ? ErrorCode::DiskFull : ErrorCode::IoError));
        CHECK_FALSE(r.message().isEmpty());
        FaultVfs::reset();
        // After "freeing space", the store opens, holds what was committed and nothing else.
        t.reopen();
        CHECK(t.db().queryText("SELECT value FROM settings WHERE key = 'before'") == QStringLiteral("kept"));
        CHECK(t.db().queryInt64("SELECT count(*) FROM settings WHERE key LIKE 'bulk%'") == 0);
        CHECK(t.db().integrityCheck() == QStringLiteral("ok"));
        CHECK(t.audit().verify().ok);
        // And it works again.
        Transaction tx(t.db());
        t.db().execute("INSERT INTO settings(key, value, updated_at) VALUES ('after', 'ok', 'x')");
        tx.commit();
    }
}

TEST_CASE("Creating a store on a full disk fails clearly and leaves no half store", "[store][fault]")
{
    ResetFaults reset;
    QTemporaryDir d;
    const QString dir = d.filePath(QStringLiteral("store"));
    FaultVfs::failWritesAfter(8192, FaultVfs::Failure::DiskFull);
    auto r = Store::create(dir, TempStore::defaultIdentity(), kPassphrase, KdfProfile::test(), faulty());
    FaultVfs::reset();
    CHECK(r.code() == ErrorCode::DiskFull);
    CHECK_FALSE(Store::exists(dir));
    CHECK_FALSE(QFile::exists(dir + QStringLiteral("/patron.db")));
    CHECK_FALSE(QFile::exists(dir + QStringLiteral("/patron.vault")));
    // With space back, the same folder takes a new store.
    auto again = Store::create(dir, TempStore::defaultIdentity(), kPassphrase, KdfProfile::test(), faulty());
    REQUIRE_OK(again);
}

TEST_CASE("A bug caught by a check inside a unit of work rolls it back as an Internal error", "[store][fault]")
{
    TempStore t;
    auto r = guarded([&] {
        Transaction tx(t.db());
        t.db().execute("INSERT INTO settings(key, value, updated_at) VALUES ('half', 'done', 'x')");
        throw std::logic_error("JsonWriter: a malformed JSON document was written");
        tx.commit();
    });
    REQUIRE_FALSE(r.ok());
    CHECK(r.code() == ErrorCode::Internal);
    CHECK(r.message().contains(QStringLiteral("malformed JSON")));
    CHECK_FALSE(t.db().queryText("SELECT value FROM settings WHERE key = 'half'").has_value());
}
