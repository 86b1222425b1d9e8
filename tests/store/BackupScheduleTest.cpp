#include "TempStore.h"
#include "TestEnv.h"

#include "store/BackupSchedule.h"
#include "store/BackupScheduler.h"
#include "store/Store.h"
#include "auth/UserService.h"

#include <QTimeZone>

#include <QEventLoop>
#include <QTimer>

using namespace patron;
using namespace patron::test;

namespace {

// TempStore's clock starts on 2026-03-14 10:00 +08:00.
BackupScheduleConfig dailyAt(const QString& folder, QTime at, int keep = 3)
{
    BackupScheduleConfig c;
    c.enabled = true;
    c.dailyAt = at;
    c.folder = folder;
    c.keep = keep;
    return c;
}

QString makeFolder(TempStore& t, const QString& name)
{
    const QString dir = t.tempPath(name);
    QDir().mkpath(dir);
    return dir;
}

// One scheduled run as the till does it, on the store's own connection.
BackupRunOutcome runOnce(TempStore& t, BackupSchedule& s)
{
    BackupRunOutcome out = BackupSchedule::perform(t.store(), t.db(), s.config(), t.clock().now());
    REQUIRE_OK(s.record(QStringLiteral("scheduler"), out));
    return out;
}

qint64 auditCount(TempStore& t, const char* action)
{
    return t.db().queryInt64("SELECT count(*) FROM audit_log WHERE action = ?", QString::fromLatin1(action)).value_or(0);
}

} // namespace

TEST_CASE("A daily backup is due at its time, once, and not when disabled", "[backup][schedule]")
{
    TempStore t;
    BackupSchedule s(t.db(), t.audit(), t.clock());
    CHECK_FALSE(s.isDue());  // never configured
    const QString folder = makeFolder(t, QStringLiteral("backups"));
    REQUIRE_OK(s.save(t.admin(), dailyAt(folder, QTime(21, 30))));
    CHECK(auditCount(t, "backup.schedule") == 1);
    CHECK_FALSE(s.isDue());  // saved at 10:00: the first run is tonight, not now

    t.clock().set(QDateTime(QDate(2026, 3, 14), QTime(21, 29), QTimeZone(8 * 3600)));
    CHECK_FALSE(s.isDue());
    t.clock().set(QDateTime(QDate(2026, 3, 14), QTime(21, 30), QTimeZone(8 * 3600)));
    REQUIRE(s.isDue());
    const BackupRunOutcome out = runOnce(t, s);
    REQUIRE_OK(out.backup);
    CHECK(QFileInfo(out.backup->file).fileName() == u"patron-SH01-auto-20260314-2130.ptrnbak");
    CHECK_FALSE(s.isDue());
    t.clock().advanceSecs(3600);
    CHECK_FALSE(s.isDue());
    t.clock().advanceDays(1);
    CHECK(s.isDue());

    BackupScheduleConfig off = s.config();
    off.enabled = false;
    REQUIRE_OK(s.save(t.admin(), off));
    CHECK_FALSE(s.isDue());
    CHECK(s.config().dailyAt == QTime(21, 30));
    CHECK(s.config().folder == folder);
}

TEST_CASE("A backup missed while the till was closed runs once when it opens", "[backup][schedule]")
{
    TempStore t;
    BackupSchedule s(t.db(), t.audit(), t.clock());
    REQUIRE_OK(s.save(t.admin(), dailyAt(makeFolder(t, QStringLiteral("b")), QTime(2, 0))));
    // Closed from the 14th 10:00 until the 17th 08:00: three 02:00 slots passed.
    t.clock().set(QDateTime(QDate(2026, 3, 17), QTime(8, 0), QTimeZone(8 * 3600)));
    REQUIRE(s.isDue());
    REQUIRE_OK(runOnce(t, s).backup);
    CHECK_FALSE(s.isDue());  // one catch-up run, not three
    t.clock().set(QDateTime(QDate(2026, 3, 18), QTime(1, 59), QTimeZone(8 * 3600)));
    CHECK_FALSE(s.isDue());
    t.clock().set(QDateTime(QDate(2026, 3, 18), QTime(2, 0), QTimeZone(8 * 3600)));
    CHECK(s.isDue());
}

TEST_CASE("Automatic backups beyond 'keep' are pruned, oldest first; manual ones are kept", "[backup][schedule]")
{
    TempStore t;
    BackupSchedule s(t.db(), t.audit(), t.clock());
    const QString folder = makeFolder(t, QStringLiteral("b"));
    REQUIRE_OK(s.save(t.admin(), dailyAt(folder, QTime(21, 0), 2)));
    QFile manual(QDir(folder).filePath(QStringLiteral("patron-SH01-2026-03-01.ptrnbak")));
    REQUIRE(manual.open(QIODevice::WriteOnly));
    manual.write("a manual backup");
    manual.close();

    QStringList pruned;
    for (int day = 14; day <= 16; ++day) {
        t.clock().set(QDateTime(QDate(2026, 3, day), QTime(21, 0), QTimeZone(8 * 3600)));
        REQUIRE(s.isDue());
        const BackupRunOutcome out = runOnce(t, s);
        REQUIRE_OK(out.backup);
        pruned += out.pruned;
    }
    CHECK(pruned == QStringList{QStringLiteral("patron-SH01-auto-20260314-2100.ptrnbak")});
    const QStringList left = QDir(folder).entryList(QDir::Files, QDir::Name);
    CHECK(left == QStringList{QStringLiteral("patron-SH01-2026-03-01.ptrnbak"),
                              QStringLiteral("patron-SH01-auto-20260315-2100.ptrnbak"),
                              QStringLiteral("patron-SH01-auto-20260316-2100.ptrnbak")});
    const auto last = s.lastRun();
    REQUIRE(last);
    CHECK(last->ok);
    CHECK(last->file == QDir(folder).absoluteFilePath(QStringLiteral("patron-SH01-auto-20260316-2100.ptrnbak")));
    CHECK(auditCount(t, "backup.scheduled") == 3);
}

TEST_CASE("A full disk is recorded as a failed run and prunes nothing", "[backup][schedule]")
{
    TempStore t;
    BackupSchedule s(t.db(), t.audit(), t.clock());
    const QString folder = makeFolder(t, QStringLiteral("b"));
    REQUIRE_OK(s.save(t.admin(), dailyAt(folder, QTime(21, 0), 1)));
    t.clock().set(QDateTime(QDate(2026, 3, 14), QTime(21, 0), QTimeZone(8 * 3600)));
    REQUIRE_OK(runOnce(t, s).backup);
    // Tomorrow's file is a link to /dev/full: the write fails with ENOSPC, as on a full disk.
    t.clock().advanceDays(1);
    const QString target = QDir(folder).filePath(BackupSchedule::fileNameFor(QStringLiteral("SH01"), t.clock().now()));
    REQUIRE(QFile::link(QStringLiteral("/dev/full"), target));
    REQUIRE(s.isDue());
    const BackupRunOutcome out = runOnce(t, s);
    CHECK(out.backup.code() == ErrorCode::DiskFull);
    CHECK(out.pruned.isEmpty());
    CHECK(QFile::exists(QDir(folder).filePath(QStringLiteral("patron-SH01-auto-20260314-2100.ptrnbak"))));
    const auto last = s.lastRun();
    REQUIRE(last);
    CHECK_FALSE(last->ok);
    CHECK(last->message == out.backup.message());
    CHECK(last->at == t.clock().now());
    CHECK(auditCount(t, "backup.scheduled_failed") == 1);
    CHECK_FALSE(s.isDue());  // the failure is on the page; the next try is tomorrow's slot
}

TEST_CASE("A schedule with a bad folder or count is refused", "[backup][schedule]")
{
    TempStore t;
    BackupSchedule s(t.db(), t.audit(), t.clock());
    CHECK(s.save(t.admin(), dailyAt(t.tempPath(QStringLiteral("missing")), QTime(21, 0))).code()
          == ErrorCode::NotFound);
    CHECK(s.save(t.admin(), dailyAt(QString(), QTime(21, 0))).code() == ErrorCode::InvalidInput);
    CHECK(s.save(t.admin(), dailyAt(makeFolder(t, QStringLiteral("b")), QTime(21, 0), 0)).code()
          == ErrorCode::InvalidInput);
    CHECK(s.save(t.admin(), dailyAt(makeFolder(t, QStringLiteral("b")), QTime(), 3)).code()
          == ErrorCode::InvalidInput);
    Session cashier;
    cashier.userName = QStringLiteral("cashier");
    cashier.permissions = {perm::SaleCreate};
    CHECK(s.save(cashier, dailyAt(makeFolder(t, QStringLiteral("b")), QTime(21, 0))).code() == ErrorCode::PermissionDenied);
    CHECK_FALSE(s.config().enabled);
    CHECK(auditCount(t, "backup.schedule") == 0);
}

TEST_CASE("The scheduler runs a due backup on a worker thread, never inside an open transaction", "[backup][schedule]")
{
    TempStore t;
    const QString folder = makeFolder(t, QStringLiteral("b"));
    BackupScheduler scheduler(t.store(), t.audit(), t.clock());
    REQUIRE_OK(scheduler.schedule().save(t.admin(), dailyAt(folder, QTime(21, 0))));
    CHECK_FALSE(scheduler.checkNow());  // not due yet
    t.clock().set(QDateTime(QDate(2026, 3, 14), QTime(22, 0), QTimeZone(8 * 3600)));
    {
        Transaction tx(t.db());  // a checkout in progress on the till's connection
        CHECK_FALSE(scheduler.checkNow());
    }
    bool finished = false, ok = false;
    QEventLoop loop;
    QObject::connect(&scheduler, &BackupScheduler::runFinished, &loop, [&](bool good, const QString&) {
        finished = true;
        ok = good;
        loop.quit();
    });
    REQUIRE(scheduler.checkNow());
    CHECK(scheduler.isRunning());
    CHECK_FALSE(scheduler.checkNow());  // one run at a time
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(finished);
    CHECK(ok);
    CHECK_FALSE(scheduler.isRunning());
    CHECK(QFile::exists(QDir(folder).filePath(QStringLiteral("patron-SH01-auto-20260314-2200.ptrnbak"))));
    CHECK_FALSE(scheduler.schedule().isDue());
    CHECK(auditCount(t, "backup.scheduled") == 1);
    // The backup restores into a new folder (it is a real, verified store).
    const auto restored = restoreStore(t.tempPath(QStringLiteral("restored")),
                                       QDir(folder).filePath(QStringLiteral("patron-SH01-auto-20260314-2200.ptrnbak")),
                                       kPassphrase);
    REQUIRE_OK(restored);
    CHECK(restored->storeUuid == t.store().identity().storeUuid);
}
