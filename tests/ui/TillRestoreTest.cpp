// The till's side of a restore from the back office (MainWindow): it closes its session and the
// back office, restores, and opens the restored store at the sign-in page; a restore that fails
// leaves the live store as it was and the till asks to open it again.

#include "TestEnv.h"
#include "UiApp.h"

#include "backoffice/BackOfficeWindow.h"
#include "common/Dialogs.h"
#include "shell/MainWindow.h"
#include "shell/StoreOpener.h"
#include "shell/TillSession.h"
#include "start/LoginPage.h"
#include "start/UnlockPage.h"
#include "store/Backup.h"
#include "store/SecretStore.h"
#include "store/TillSettings.h"
#include "till/CheckoutPage.h"

#include <QLineEdit>
#include <QTest>
#include <QTimeZone>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

namespace {

const QByteArray kTillPassphrase = "passphrase-123";

struct RestoringTill {
    QTemporaryDir tmp;
    TillSettings settings{tmp.filePath(QStringLiteral("till.ini"))};
    std::shared_ptr<ManualClock> clock =
        std::make_shared<ManualClock>(QDateTime(QDate(2026, 3, 14), QTime(9, 0), QTimeZone(8 * 3600)));
    MemorySecretStore keychain;
    StoreOpener opener{tmp.filePath(QStringLiteral("store")), &keychain, *clock};
    RecordingDialogs dialogs;
    std::unique_ptr<MainWindow> window;

    RestoringTill()
    {
        ensureApp();
        StoreIdentity id;
        id.storeName = QStringLiteral("Test");
        id.storeCode = QStringLiteral("S1");
        id.tillCode = QStringLiteral("T1");
        auto created = opener.create(id, kTillPassphrase, QStringLiteral("1234"));
        REQUIRE(created.ok());
        created->reset();
        window = std::make_unique<MainWindow>(opener, dialogs, settings, clock, MainWindowOptions{});
        window->resize(1024, 768);
        window->show();
        window->start();
        unlock();
        signIn();
    }
    void unlock()
    {
        auto* page = qobject_cast<UnlockPage*>(window->currentPage());
        REQUIRE(page);
        auto* pass = page->findChild<QLineEdit*>(QStringLiteral("passphrase"));
        REQUIRE(pass);
        QTest::keyClicks(pass, QString::fromLatin1(kTillPassphrase));
        QTest::keyClick(pass, Qt::Key_Return);
    }
    void signIn()
    {
        auto* login = qobject_cast<LoginPage*>(window->currentPage());
        REQUIRE(login);
        auto* pin = login->findChild<QLineEdit*>(QStringLiteral("pin"));
        REQUIRE(pin);
        QTest::keyClicks(pin, QStringLiteral("1234"));
        QTest::keyClick(pin, Qt::Key_Return);
        REQUIRE(qobject_cast<CheckoutPage*>(window->currentPage()));
    }
    Database& db() { return window->session()->store().db(); }
    void putSetting(const char* key)
    {
        Transaction tx(db());
        db().execute("INSERT INTO settings(key, value, updated_at) VALUES (?, 'x', 'x')", QString::fromLatin1(key));
        tx.commit();
    }
    qint64 settingCount(const char* key)
    {
        return db().queryInt64("SELECT count(*) FROM settings WHERE key = ?", QString::fromLatin1(key)).value_or(-1);
    }
    BackOfficeWindow* openBackOffice()
    {
        auto* checkout = qobject_cast<CheckoutPage*>(window->currentPage());
        REQUIRE(checkout);
        emit checkout->backOfficeRequested();
        REQUIRE(window->backOffice());
        return window->backOffice();
    }
};

} // namespace

TEST_CASE("The till restores a confirmed backup and reopens on the restored store", "[ui][restore]")
{
    useLanguage(QStringLiteral("en"));
    RestoringTill till;
    till.putSetting("before");
    const QString file = till.tmp.filePath(QStringLiteral("shop.ptrnbak"));
    REQUIRE(backupStore(till.window->session()->store(), file).ok());
    till.putSetting("after");

    BackOfficeWindow* backOffice = till.openBackOffice();
    emit backOffice->restoreRequested(file, makeSecret(kTillPassphrase));
    // Queued: the back office is closed after its signal returns, then the till restores.
    REQUIRE(QTest::qWaitFor([&] { return till.dialogs.last.contains(QStringLiteral("restored")); }, 20000));
    CHECK(till.dialogs.warnings == 0);
    CHECK(till.dialogs.last.contains(QStringLiteral("before-restore")));  // where the safety copy is
    CHECK_FALSE(till.window->backOffice());
    REQUIRE(till.window->session());
    CHECK(qobject_cast<LoginPage*>(till.window->currentPage()));  // everyone signs in again
    CHECK_FALSE(till.window->session()->user().has_value());
    CHECK(till.settingCount("before") == 1);
    CHECK(till.settingCount("after") == 0);
    CHECK(till.window->session()->store().receiptEpoch() == 2);
    CHECK(till.db().queryInt64("SELECT count(*) FROM audit_log WHERE action = 'store.restored' AND user_name = 'admin'")
              .value_or(0)
          == 1);
    till.signIn();  // the restored store works as a till
}

TEST_CASE("A restore that fails leaves the live store and asks to open it again", "[ui][restore]")
{
    useLanguage(QStringLiteral("en"));
    RestoringTill till;
    till.putSetting("live");
    const QString file = till.tmp.filePath(QStringLiteral("shop.ptrnbak"));
    REQUIRE(backupStore(till.window->session()->store(), file).ok());
    till.putSetting("after");

    BackOfficeWindow* backOffice = till.openBackOffice();
    emit backOffice->restoreRequested(file, makeSecret("a different passphrase"));
    REQUIRE(QTest::qWaitFor([&] { return till.dialogs.warnings == 1; }, 20000));
    CHECK(till.dialogs.last.contains(QStringLiteral("was not restored")));
    // No keychain on this till: the start-up unlock page, then the live store as it was.
    REQUIRE(qobject_cast<UnlockPage*>(till.window->currentPage()));
    till.unlock();
    till.signIn();
    CHECK(till.settingCount("after") == 1);
    CHECK(till.window->session()->store().receiptEpoch() == 1);
}
