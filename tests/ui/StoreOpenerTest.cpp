// The till opens its store through a runner (the BusyRunner), because opening migrates a store
// from an earlier version first, minutes on a large store: the window must not freeze meanwhile.

#include "TestEnv.h"
#include "UiApp.h"

#include "common/BlockingRunner.h"
#include "common/BusyRunner.h"
#include "common/Clock.h"
#include "shell/StoreOpener.h"
#include "store/Database.h"
#include "store/SecretStore.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

namespace {

// Runs the work inline and notes what it was told.
class RecordingRunner final : public BlockingRunner {
public:
    void run(const QString& what, std::function<void()> work) override
    {
        told << what;
        work();
    }
    QStringList told;
};

StoreIdentity identity()
{
    StoreIdentity id;
    id.storeName = QStringLiteral("南京路店");
    id.storeCode = QStringLiteral("S1");
    id.tillCode = QStringLiteral("T1");
    return id;
}

} // namespace

TEST_CASE("Opening the store, by passphrase or from the keychain, runs through the runner", "[ui][start][open]")
{
    ensureApp();
    useLanguage(QStringLiteral("en"));
    QTemporaryDir tmp;
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone(8 * 3600)));
    MemorySecretStore keychain;
    const QString dir = tmp.filePath(QStringLiteral("store"));
    {
        StoreOpener creator(dir, &keychain, clock);
        REQUIRE(creator.create(identity(), "correct horse battery", QStringLiteral("2468")));
    }
    RecordingRunner runner;
    StoreOpener opener(dir, &keychain, clock, &runner);

    SECTION("a wrong passphrase is refused, through the runner, and says so")
    {
        auto wrong = opener.openWithPassphrase("wrong horse battery", false);
        REQUIRE_FALSE(wrong);
        CHECK(wrong.code() == ErrorCode::WrongPassphrase);
        CHECK_FALSE(wrong.message().isEmpty());
        CHECK(runner.told.size() == 1);
    }
    SECTION("the passphrase, then the keychain it was remembered in")
    {
        {
            auto opened = opener.openWithPassphrase("correct horse battery", true);
            REQUIRE(opened);
            CHECK((*opened)->db().queryInt64("SELECT count(*) FROM users") == 1);
        }
        REQUIRE(runner.told.size() == 1);
        CHECK(runner.told.first().contains(QStringLiteral("Opening the store")));
        auto again = opener.openFromKeychain();
        REQUIRE(again);
        CHECK(runner.told.size() == 2);
    }
}

TEST_CASE("A store opened on the busy runner's worker thread is used on the UI thread", "[ui][start][open]")
{
    ensureApp();
    QTemporaryDir tmp;
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone(8 * 3600)));
    MemorySecretStore keychain;
    const QString dir = tmp.filePath(QStringLiteral("store"));
    {
        StoreOpener creator(dir, &keychain, clock);
        REQUIRE(creator.create(identity(), "correct horse battery", QStringLiteral("2468")));
    }
    // The till's runner, watched: on which thread did the open run?
    class WatchedBusyRunner final : public BlockingRunner {
    public:
        void run(const QString& what, std::function<void()> work) override
        {
            busy.run(what, [&] {
                workThread = QThread::currentThread();
                work();
            });
        }
        BusyRunner busy;
        QThread* workThread = nullptr;
    } runner;
    StoreOpener opener(dir, &keychain, clock, &runner);
    auto opened = opener.openWithPassphrase("correct horse battery", false);
    REQUIRE(opened);
    REQUIRE(runner.workThread);
    CHECK(runner.workThread != QCoreApplication::instance()->thread());
    Database& db = (*opened)->db();
    {
        Transaction tx(db);
        db.execute("INSERT INTO settings(key, value, updated_at) VALUES ('test.thread', ?, '2026-11-23T09:00:00+08:00')",
                   QString::number(quintptr(QThread::currentThreadId())));
        tx.commit();
    }
    CHECK(db.queryText("SELECT value FROM settings WHERE key = 'test.thread'").value_or(QString())
          == QString::number(quintptr(QThread::currentThreadId())));
}
