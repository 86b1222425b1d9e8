#include "TestEnv.h"
#include "UiApp.h"

#include "common/Dialogs.h"
#include "till/CheckoutPage.h"
#include "sales/IdleCheckpoint.h"
#include "shell/IdleLock.h"
#include "shell/MainWindow.h"
#include "shell/StoreOpener.h"
#include "shell/TillSession.h"
#include "start/FirstRunPage.h"
#include "start/LoginPage.h"
#include "start/UnlockPage.h"
#include "store/Database.h"
#include "store/SecretStore.h"
#include "store/TillSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimeZone>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

namespace {
StoreIdentity TempStoreIdentity()
{
    StoreIdentity id;
    id.storeName = QStringLiteral("Test");
    id.storeCode = QStringLiteral("S1");
    id.tillCode = QStringLiteral("T1");
    return id;
}

struct Till {
    QTemporaryDir tmp;
    TillSettings settings{tmp.filePath(QStringLiteral("till.ini"))};
    std::shared_ptr<ManualClock> clock =
        std::make_shared<ManualClock>(QDateTime(QDate(2026, 3, 14), QTime(9, 0), QTimeZone(8 * 3600)));
    MemorySecretStore keychain;
    StoreOpener opener{tmp.filePath(QStringLiteral("store")), &keychain, *clock};
    RecordingDialogs dialogs;
    std::unique_ptr<MainWindow> window;

    explicit Till(MainWindowOptions options = {})
    {
        ensureApp();
        if (options.demoDir.isEmpty())
            options.demoDir = tmp.filePath(QStringLiteral("demo"));
        window = std::make_unique<MainWindow>(opener, dialogs, settings, clock, options);
        window->resize(1024, 768);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
    template <typename T>
    T* find(const char* name)
    {
        T* w = window->findChild<T*>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }
    template <typename T>
    T* findIn(QWidget* parent, const char* name)
    {
        T* w = parent->findChild<T*>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }
};
} // namespace

TEST_CASE("The till starts on the first-run page, creates a store and signs in", "[ui][start]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    till.window->start();
    auto* first = qobject_cast<FirstRunPage*>(till.window->currentPage());
    REQUIRE(first);
    maybeScreenshot(till.window.get(), QStringLiteral("first-run-en"));

    // Chinese arrives from the input method as a committed string, not as key presses.
    QInputMethodEvent ime;
    ime.setCommitString(QStringLiteral("南京路店"));
    QCoreApplication::sendEvent(till.findIn<QLineEdit>(first, "storeName"), &ime);
    CHECK(till.findIn<QLineEdit>(first, "storeName")->text() == QStringLiteral("南京路店"));
    QTest::keyClicks(till.findIn<QLineEdit>(first, "storeCode"), QStringLiteral("SH01"));
    QTest::keyClicks(till.findIn<QLineEdit>(first, "passphrase"), QStringLiteral("correct horse battery"));
    QTest::keyClicks(till.findIn<QLineEdit>(first, "passphraseAgain"), QStringLiteral("correct horse batterx"));
    QTest::keyClicks(till.findIn<QLineEdit>(first, "adminPin"), QStringLiteral("2468"));
    QTest::mouseClick(till.findIn<QPushButton>(first, "createStore"), Qt::LeftButton);
    // Mismatched passphrases: an error on the page, no store.
    CHECK(till.window->currentPage() == first);
    CHECK_FALSE(till.findIn<QLabel>(first, "error")->text().isEmpty());
    CHECK_FALSE(till.opener.storeExists());

    auto* again = till.findIn<QLineEdit>(first, "passphraseAgain");
    again->clear();
    QTest::keyClicks(again, QStringLiteral("correct horse battery"));
    QTest::mouseClick(till.findIn<QPushButton>(first, "createStore"), Qt::LeftButton);
    REQUIRE(till.opener.storeExists());
    auto* login = qobject_cast<LoginPage*>(till.window->currentPage());
    REQUIRE(login);

    // Enter on an empty PIN asks for one and is not an attempt.
    auto* pin = till.findIn<QLineEdit>(login, "pin");
    QTest::keyClick(pin, Qt::Key_Return);
    CHECK(till.window->currentPage() == login);
    CHECK(till.findIn<QLabel>(login, "error")->text().contains(QStringLiteral("Enter your PIN")));
    CHECK(till.window->session()->store().db().queryInt64("SELECT failed_attempts FROM users WHERE name = 'admin'") == 0);

    // Wrong PIN, then the right one through the touch pad.
    QTest::keyClicks(pin, QStringLiteral("1111"));
    QTest::keyClick(pin, Qt::Key_Return);
    CHECK(till.window->currentPage() == login);
    CHECK(till.findIn<QLabel>(login, "error")->text().contains(QStringLiteral("wrong PIN")));
    for (const char* key : {"pinKey_2", "pinKey_4", "pinKey_6", "pinKey_8", "pinKey_ok"})
        QTest::mouseClick(till.findIn<QPushButton>(login, key), Qt::LeftButton);
    REQUIRE(qobject_cast<CheckoutPage*>(till.window->currentPage()));
    CHECK(till.window->session()->user()->userName == QStringLiteral("admin"));
    CHECK(till.find<QLabel>("statusUser")->text().contains(QStringLiteral("admin")));

    // F12 locks back to the sign-in page.
    QTest::keyClick(till.window.get(), Qt::Key_F12);
    CHECK(qobject_cast<LoginPage*>(till.window->currentPage()));
    CHECK_FALSE(till.window->session()->user().has_value());
}

TEST_CASE("A later start asks for the passphrase, or uses the keychain when remembered", "[ui][start]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    auto created = till.opener.create(TempStoreIdentity(), "passphrase-123", QStringLiteral("1234"));
    REQUIRE_OK(created);
    created->reset();
    till.window->start();
    auto* unlock = qobject_cast<UnlockPage*>(till.window->currentPage());
    REQUIRE(unlock);
    auto* pass = till.findIn<QLineEdit>(unlock, "passphrase");
    QTest::keyClicks(pass, QStringLiteral("not it at all"));
    QTest::keyClick(pass, Qt::Key_Return);
    CHECK(till.window->currentPage() == unlock);
    CHECK(till.findIn<QLabel>(unlock, "error")->text().contains(QStringLiteral("not correct")));
    pass->clear();
    QTest::keyClicks(pass, QStringLiteral("passphrase-123"));
    till.findIn<QCheckBox>(unlock, "remember")->setChecked(true);
    QTest::keyClick(pass, Qt::Key_Return);
    REQUIRE(qobject_cast<LoginPage*>(till.window->currentPage()));
    CHECK(till.settings.useKeychain());

    // Next start: straight to sign-in through the keychain.
    till.window.reset();
    till.window = std::make_unique<MainWindow>(till.opener, till.dialogs, till.settings, till.clock, MainWindowOptions{});
    till.window->show();
    till.window->start();
    CHECK(qobject_cast<LoginPage*>(till.window->currentPage()));
}

TEST_CASE("The demo store opens with its users", "[ui][start][demo]")
{
    useLanguage(QStringLiteral("zh_CN"));
    MainWindowOptions options;
    options.demo = true;
    Till till(options);
    till.window->start();
    auto* login = qobject_cast<LoginPage*>(till.window->currentPage());
    REQUIRE(login);
    CHECK(till.findIn<QComboBox>(login, "user")->count() == 3);
    CHECK(till.findIn<QLabel>(login, "hint")->text().contains(QStringLiteral("0000")));
    maybeScreenshot(till.window.get(), QStringLiteral("sign-in-zh_CN"));
    useLanguage(QStringLiteral("en"));
}

TEST_CASE("The till checkpoints its WAL when the input pauses, not inside a sale", "[ui][start][checkpoint]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    auto created = till.opener.create(TempStoreIdentity(), "passphrase-123", QStringLiteral("1234"));
    REQUIRE_OK(created);
    created->reset();
    till.window->start();
    auto* unlock = qobject_cast<UnlockPage*>(till.window->currentPage());
    REQUIRE(unlock);
    auto* pass = till.findIn<QLineEdit>(unlock, "passphrase");
    QTest::keyClicks(pass, QStringLiteral("passphrase-123"));
    QTest::keyClick(pass, Qt::Key_Return);
    REQUIRE(qobject_cast<LoginPage*>(till.window->currentPage()));
    TillSession* session = till.window->session();
    REQUIRE(session);

    // The checkpointer lives on the till's own connection: SQLite's automatic checkpoint there
    // is only the safety net now.
    Database& db = session->store().db();
    CHECK(db.queryInt64("PRAGMA wal_autocheckpoint").value_or(0) == IdleCheckpoint::kBackstopFrames);
    auto* pause = till.find<IdleLock>("checkpointIdle");

    // Something written (a cart opened by the cashier), then a pause in the input.
    auto cashier = session->users().authenticate(QStringLiteral("admin"), QStringLiteral("1234"));
    REQUIRE_OK(cashier);
    REQUIRE_OK(session->carts().openCart(*cashier));
    CHECK(session->checkpoints().runs() == 0);
    emit pause->idle();
    CHECK(session->checkpoints().runs() == 1);
    // The cart's frames are in the store now.
    auto copied = session->checkpoint();
    REQUIRE_OK(copied);
    CHECK(*copied > 0);

    // Each pause checkpoints once more, nobody signed in or not.
    emit pause->idle();
    CHECK(session->checkpoints().runs() == 3);
}
