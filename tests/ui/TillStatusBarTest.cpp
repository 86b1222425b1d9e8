// The till's status bar against a real head office (PostgreSQL from tests/support/pg): online and
// offline, the last good sync, events not yet sent, "sending" while a push is held up at head
// office, "safe to shut down", the clock-drift warning and its one notice, joining and leaving
// head office without a restart, and closing the till with events waiting.

#include "TextChecks.h"
#include "TillFixture.h"

#include "../sync/HqFixture.h"
#include "backoffice/BackOfficeWindow.h"
#include "backoffice/HeadOfficeSettings.h"
#include "backoffice/HeadOfficeSettingsPage.h"
#include "shell/ClockDriftIndicator.h"
#include "shell/TillSync.h"
#include "till/PaymentDialog.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTcpServer>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

namespace {

QLabel* syncLabel(Till& till) { return till.window->findChild<QLabel*>(QStringLiteral("statusSync")); }
QLabel* clockLabel(Till& till) { return till.window->findChild<QLabel*>(QStringLiteral("statusClock")); }
TillSync& tillSync(Till& till)
{
    auto* sync = till.window->findChild<TillSync*>();
    REQUIRE(sync);
    return *sync;
}

// Events the till's store still holds for head office, counted apart from the outbox code.
qint64 unsent(Till& till)
{
    return till.window->session()->store().db().queryInt64("SELECT count(*) FROM outbox WHERE pushed_at IS NULL").value_or(-1);
}

QList<QMessageBox*> clockNotices(Till& till)
{
    QList<QMessageBox*> open;
    for (auto* box : till.window->findChildren<QMessageBox*>(QStringLiteral("clockDriftNotice")))
        if (box->isVisible())
            open << box;
    return open;
}

int closedPort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost));
    const int port = probe.serverPort();
    probe.close();
    return port;
}

// Waits for the label to read `expected`. (QtTest's QTRY_ macros would only return from the case
// on a timeout, which Catch counts as a pass.)
void requireText(QLabel* label, const QString& expected, int ms = 30000)
{
    QTest::qWaitFor([&] { return label->text() == expected; }, ms);
    REQUIRE(label->text() == expected);
}

// The manager closes the back office; the cashier sells on.
void backToTheTill(Till& till)
{
    QPointer<BackOfficeWindow> bo = till.window->backOffice();
    REQUIRE(bo);
    bo->close();
    REQUIRE(QTest::qWaitFor([&] { return bo.isNull(); }, 5000));
    till.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(till.window.get()));
    till.scanField()->setFocus();
}

// The real path: the back office's head-office page, filled in and saved by an administrator.
HeadOfficeSettingsPage* headOfficePage(Till& till)
{
    emit till.checkout()->backOfficeRequested();
    BackOfficeWindow* bo = till.window->backOffice();
    REQUIRE(bo);
    REQUIRE(bo->showPage(QStringLiteral("headOfficePage")));
    auto* page = qobject_cast<HeadOfficeSettingsPage*>(bo->currentPage());
    REQUIRE(page);
    return page;
}

void join(Till& till, const HeadOfficeFields& f)
{
    auto* page = headOfficePage(till);
    page->findChild<QLineEdit*>(QStringLiteral("host"))->setText(f.host);
    page->findChild<QSpinBox*>(QStringLiteral("port"))->setValue(f.port);
    page->findChild<QLineEdit*>(QStringLiteral("database"))->setText(f.database);
    page->findChild<QLineEdit*>(QStringLiteral("user"))->setText(f.user);
    page->findChild<QLineEdit*>(QStringLiteral("password"))->setText(f.password);
    auto* sslmode = page->findChild<QComboBox*>(QStringLiteral("sslmode"));
    sslmode->setCurrentIndex(sslmode->findData(f.sslmode));
    page->findChild<QLineEdit*>(QStringLiteral("rootCert"))->setText(f.sslrootcert);
    REQUIRE(page->join());
    backToTheTill(till);
}

HeadOfficeFields tillFields(HqFixture& hq)
{
    const HqTillCredentials creds = hq.provision(QStringLiteral("DEMO"), QStringLiteral("T1"));
    HeadOfficeFields f = HeadOfficeSettings::parseDsn(creds.dsn);
    f.sslmode = QStringLiteral("verify-full");
    f.sslrootcert = hq.database().server().caFile();
    return f;
}

// Waits until the sync thread has finished a cycle after now and the status bar shows its result.
void waitForCycle(Till& till, bool wake = true)
{
    TillSync& sync = tillSync(till);
    const qint64 before = sync.cyclesFinished();
    if (wake)
        sync.sendNow();
    // Well under the 30 s (±20 %) between successful cycles: only sendNow() can start it in time.
    REQUIRE(QTest::qWaitFor([&] { return sync.cyclesFinished() > before; }, 15000));
    REQUIRE(QTest::qWaitFor([&] { return !sync.board().status().syncing; }, 5000));
    QTest::qWait(20);  // the queued statusChanged of that last publication
}

// A bottle of water (￥2.00) paid in cash: a real sale, with its events in the outbox.
void sellWater(Till& till)
{
    if (!till.window->session()->shifts().current())
        till.prompts.answers = {QStringLiteral("100")};  // the float of the shift the sale opens
    till.keys(ean("1005"), 8);
    REQUIRE(till.lines() == 1);
    QTest::keyClick(till.scanField(), Qt::Key_F9);
    PaymentDialog* pay = till.checkout()->paymentDialog();
    REQUIRE(pay);
    QTest::mouseClick(pay->findChild<QPushButton*>(QStringLiteral("tender_cash")), Qt::LeftButton);
    QTest::mouseClick(pay->findChild<QPushButton*>(QStringLiteral("finish")), Qt::LeftButton);
    REQUIRE(pay->sale().has_value());
    pay->finish();
}

// Status-bar texts wider than their label, once the layout has taken the latest texts in.
std::string statusBarClipped(Till& till)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return clippedTexts(till.window->statusBar()).join(u'\n').toStdString();
}

// A sync within the last day shows its time alone.
QString lastSyncText(Till& till) { return till.clock->now().toLocalTime().toString(QStringLiteral("HH:mm")); }

} // namespace

TEST_CASE("Status bar: online, last sync, events not yet sent, sending, safe to shut down", "[ui][till][sync][pg]")
{
    useLanguage(QStringLiteral("en"));
    Till till(QStringLiteral("admin"), QStringLiteral("1234"));
    till.clock->set(QDateTime::currentDateTime());  // agrees with head office's clock
    HqFixture hq;
    CHECK(syncLabel(till)->text().startsWith(QStringLiteral("Standalone")));
    join(till, tillFields(hq));
    REQUIRE(tillSync(till).running());

    // The first cycle runs as soon as the till joins: the demo store's events go up.
    const qint64 demoEvents = till.window->session()->store().db().queryInt64("SELECT count(*) FROM outbox").value_or(0);
    REQUIRE(demoEvents > 0);
    requireText(syncLabel(till),
                              QStringLiteral("Online · last sync %1 · safe to shut down").arg(lastSyncText(till)), 30000);
    CHECK(unsent(till) == 0);
    CHECK(hq.scalar("SELECT count(*) FROM hq.events") == demoEvents);
    CHECK(syncLabel(till)->property("role").toString().isEmpty());
    CHECK(clockLabel(till)->isHidden());
    CHECK(statusBarClipped(till) == "");
    maybeScreenshot(till.window->statusBar(), QStringLiteral("statusbar-online-en"));

    // A sale: counted at once, before any cycle.
    const qint64 cyclesBefore = tillSync(till).cyclesFinished();
    sellWater(till);
    const qint64 waiting = unsent(till);
    REQUIRE(waiting > 0);
    requireText(syncLabel(till), QStringLiteral("Online · last sync %1 · %2 event%3 not yet sent")
                                              .arg(lastSyncText(till))
                                              .arg(waiting)
                                              .arg(waiting == 1 ? QString() : QStringLiteral("s")));
    CHECK(tillSync(till).cyclesFinished() == cyclesBefore);
    CHECK(syncLabel(till)->toolTip().contains(QStringLiteral("shutting down loses nothing")));

    // Head office holds the events table: the push waits there, and the till says it is sending.
    REQUIRE_OK(hq.admin().exec("BEGIN"));
    REQUIRE_OK(hq.admin().exec("LOCK TABLE hq.events IN ACCESS EXCLUSIVE MODE"));
    till.clock->advanceSecs(60);
    tillSync(till).sendNow();
    const QString sending = QStringLiteral("sending %1 event%2…").arg(waiting).arg(waiting == 1 ? QString() : QStringLiteral("s"));
    REQUIRE(QTest::qWaitFor([&] { return syncLabel(till)->text().endsWith(sending); }, 10000));
    CHECK(statusBarClipped(till) == "");
    maybeScreenshot(till.window->statusBar(), QStringLiteral("statusbar-sending-en"));
    CHECK(unsent(till) == waiting);
    REQUIRE_OK(hq.admin().exec("COMMIT"));
    requireText(syncLabel(till), QStringLiteral("Online · last sync %1 · safe to shut down").arg(lastSyncText(till)));
    CHECK(unsent(till) == 0);
    CHECK(hq.scalar("SELECT count(*) FROM hq.events") == demoEvents + waiting);

    useLanguage(QStringLiteral("zh_CN"));
    waitForCycle(till);
    CHECK(syncLabel(till)->text() == QStringLiteral("在线 · 上次同步 %1 · 可以安全关机").arg(lastSyncText(till)));
    useLanguage(QStringLiteral("en"));
}

TEST_CASE("Status bar: offline, never synced, events not yet sent; closing asks nothing", "[ui][till][sync][pg]")
{
    const QString lang = GENERATE(QStringLiteral("en"), QStringLiteral("zh_CN"));
    useLanguage(lang);  // from the start, so every label of the status bar is in it
    Till till(QStringLiteral("admin"), QStringLiteral("1234"));
    HeadOfficeFields f;
    f.host = QStringLiteral("127.0.0.1");
    f.port = closedPort();  // nothing listens: head office is unreachable
    f.database = QStringLiteral("patron");
    f.user = QStringLiteral("till_demo_t1");
    f.password = QStringLiteral("secret");
    f.sslmode = QStringLiteral("disable");
    join(till, f);
    waitForCycle(till, false);
    const qint64 waiting = unsent(till);
    REQUIRE(waiting > 1);
    const QString expected = lang == u"en" ? QStringLiteral("Offline · never synced · %1 events not yet sent")
                                           : QStringLiteral("离线 · 从未同步 · %1 条事件尚未发送");
    CHECK(syncLabel(till)->text() == expected.arg(waiting));
    CHECK(syncLabel(till)->property("role").toString() == QStringLiteral("error"));
    CHECK_FALSE(syncLabel(till)->toolTip().isEmpty());  // libpq's reason
    CHECK(statusBarClipped(till) == "");
    maybeScreenshot(till.window->statusBar(), QStringLiteral("statusbar-offline-") + lang);

    // Offline, "send now" could not send anything: the till closes without asking.
    const int asked = till.dialogs.count;
    CHECK(till.window->close());
    CHECK(till.dialogs.count == asked);
    CHECK(unsent(till) == waiting);  // still in the store for the next start
    useLanguage(QStringLiteral("en"));
}

TEST_CASE("Clock drift beyond head office's limit: a warning in the status bar, one notice, cleared when fixed",
          "[ui][till][sync][pg]")
{
    useLanguage(QStringLiteral("en"));
    Till till(QStringLiteral("admin"), QStringLiteral("1234"));
    // 3 h 12 min 30 s ahead; head office's limit is 2 minutes (hq.config drift_warn_ms).
    till.clock->set(QDateTime::currentDateTime().addSecs(3 * 3600 + 12 * 60 + 30));
    HqFixture hq;
    join(till, tillFields(hq));
    REQUIRE(QTest::qWaitFor([&] { return clockLabel(till)->isVisible(); }, 30000));
    CHECK(clockLabel(till)->text() == QStringLiteral("Clock 3 h 12 min ahead of head office"));
    REQUIRE(QTest::qWaitFor([&] { return clockNotices(till).size() == 1; }, 5000));
    QMessageBox* notice = clockNotices(till).first();
    CHECK(notice->windowModality() == Qt::NonModal);  // selling goes on
    CHECK(notice->text().startsWith(QStringLiteral("Clock 3 h 12 min ahead of head office.")));
    CHECK(statusBarClipped(till) == "");
    maybeScreenshot(till.window->statusBar(), QStringLiteral("statusbar-clock-ahead-en"));
    // Recorded on both sides.
    CHECK(hq.scalar("SELECT count(*) FROM hq.clock_drift WHERE warned") >= 1);
    CHECK(till.window->session()->store().db().queryInt64("SELECT count(*) FROM clock_drift WHERE warned = 1").value_or(0) >= 1);

    // The manager's head-office page says the same.
    auto* page = headOfficePage(till);
    CHECK(page->findChild<QLabel*>(QStringLiteral("status"))->text().contains(
        QStringLiteral("Clock 3 h 12 min ahead of head office: set the PC's date and time.")));
    backToTheTill(till);

    // The next syncs measure the same drift: still one notice, not one per sync.
    waitForCycle(till);
    waitForCycle(till);
    CHECK(clockLabel(till)->isVisible());
    CHECK(clockNotices(till).size() == 1);
    notice->close();

    // The PC's clock is corrected: the warning goes at the next sync.
    till.clock->set(QDateTime::currentDateTime());
    waitForCycle(till);
    CHECK(clockLabel(till)->isHidden());
    CHECK(clockNotices(till).isEmpty());

    // Behind by five hours later on: warned again, once.
    till.clock->set(QDateTime::currentDateTime().addSecs(-5 * 3600 - 59));
    waitForCycle(till);
    CHECK(clockLabel(till)->text() == QStringLiteral("Clock 5 h 0 min behind head office"));
    REQUIRE(QTest::qWaitFor([&] { return clockNotices(till).size() == 1; }, 5000));

    CHECK(statusBarClipped(till) == "");
    maybeScreenshot(till.window->statusBar(), QStringLiteral("statusbar-clock-behind-en"));
}

TEST_CASE("Status bar in Chinese: online, safe to shut down, clock ahead of head office", "[ui][till][sync][pg]")
{
    useLanguage(QStringLiteral("zh_CN"));
    Till till(QStringLiteral("admin"), QStringLiteral("1234"));
    till.clock->set(QDateTime::currentDateTime().addSecs(3 * 3600 + 12 * 60 + 30));
    HqFixture hq;
    join(till, tillFields(hq));
    REQUIRE(QTest::qWaitFor([&] { return clockLabel(till)->isVisible(); }, 30000));
    CHECK(clockLabel(till)->text() == QStringLiteral("时钟比总部快 3 小时 12 分钟"));
    requireText(syncLabel(till), QStringLiteral("在线 · 上次同步 %1 · 可以安全关机").arg(lastSyncText(till)));
    REQUIRE(QTest::qWaitFor([&] { return clockNotices(till).size() == 1; }, 5000));
    CHECK(clockNotices(till).first()->text().startsWith(QStringLiteral("时钟比总部快 3 小时 12 分钟。")));
    CHECK(statusBarClipped(till) == "");
    maybeScreenshot(till.window->statusBar(), QStringLiteral("statusbar-clock-ahead-zh_CN"));
    maybeScreenshot(clockNotices(till).first(), QStringLiteral("clock-drift-notice-zh_CN"));
    useLanguage(QStringLiteral("en"));
}

TEST_CASE("Drift sizes read as days, hours, minutes or seconds", "[ui][till][sync]")
{
    useLanguage(QStringLiteral("en"));
    CHECK(ClockDriftIndicator::describeDuration(45'000) == QStringLiteral("45 s"));
    CHECK(ClockDriftIndicator::describeDuration(-125'000) == QStringLiteral("2 min"));
    CHECK(ClockDriftIndicator::describeDuration((3 * 3600 + 12 * 60 + 59) * 1000LL) == QStringLiteral("3 h 12 min"));
    CHECK(ClockDriftIndicator::describeDuration((2 * 86400 + 4 * 3600 + 1) * 1000LL) == QStringLiteral("2 d 4 h"));
    CHECK(ClockDriftIndicator::describeDrift(-90'000) == QStringLiteral("Clock 1 min behind head office"));
}

TEST_CASE("Joining and leaving head office in the back office applies to the running till", "[ui][till][sync][pg]")
{
    useLanguage(QStringLiteral("en"));
    Till till(QStringLiteral("admin"), QStringLiteral("1234"));
    till.clock->set(QDateTime::currentDateTime());
    HqFixture hq;
    CHECK_FALSE(tillSync(till).running());
    CHECK_FALSE(till.window->session()->reservesAtHeadOffice());

    join(till, tillFields(hq));
    CHECK(till.dialogs.last.contains(QStringLiteral("now syncs with head office")));
    CHECK(tillSync(till).running());
    CHECK(till.window->session()->reservesAtHeadOffice());
    REQUIRE(QTest::qWaitFor([&] { return syncLabel(till)->text().startsWith(QStringLiteral("Online")); }, 30000));
    CHECK(hq.scalar("SELECT count(*) FROM hq.events") > 0);  // sent without a restart

    auto* page = headOfficePage(till);
    till.dialogs.nextAnswer = true;
    REQUIRE(page->leave());
    backToTheTill(till);
    CHECK_FALSE(tillSync(till).running());
    CHECK_FALSE(till.window->session()->reservesAtHeadOffice());
    CHECK(syncLabel(till)->text().startsWith(QStringLiteral("Standalone")));
    // A sale after leaving stays on the till: head office does not receive it.
    const qint64 atHq = hq.scalar("SELECT count(*) FROM hq.events");
    sellWater(till);
    QTest::qWait(200);
    CHECK(hq.scalar("SELECT count(*) FROM hq.events") == atHq);
    CHECK(unsent(till) > 0);
}

TEST_CASE("Closing with events waiting while head office answers: send now, or close anyway", "[ui][till][sync][pg]")
{
    useLanguage(QStringLiteral("en"));
    HqFixture hq;
    const HeadOfficeFields fields = tillFields(hq);
    const bool sendFirst = GENERATE(true, false);
    Till till(QStringLiteral("admin"), QStringLiteral("1234"));
    till.clock->set(QDateTime::currentDateTime());
    join(till, fields);
    REQUIRE(QTest::qWaitFor([&] { return syncLabel(till)->text().endsWith(QStringLiteral("safe to shut down")); }, 30000));
    const qint64 atHq = hq.scalar("SELECT count(*) FROM hq.events");
    sellWater(till);
    const qint64 waiting = unsent(till);
    REQUIRE(waiting > 0);

    till.dialogs.nextAnswer = sendFirst;
    const bool closedAtOnce = till.window->close();
    CHECK(till.dialogs.last.contains(QStringLiteral("not reached head office yet")));
    CHECK(till.dialogs.last.contains(QStringLiteral("Nothing is lost either way")));
    if (sendFirst) {
        CHECK_FALSE(closedAtOnce);  // it waits for the cycle it asked for
        CHECK(till.window->isVisible());
        REQUIRE(QTest::qWaitFor([&] { return !till.window->isVisible(); }, 30000));
        CHECK(unsent(till) == 0);
        CHECK(hq.scalar("SELECT count(*) FROM hq.events") == atHq + waiting);
    } else {
        CHECK(closedAtOnce);
        CHECK(unsent(till) == waiting);  // kept for the next start
    }
}
