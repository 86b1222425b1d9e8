// The store's till keys (TillKeyMap): remapped in the back office's "Till keys" page, the checkout
// answers the new key and no longer the old one, and its captions and F1 help name the new key;
// keys the scanner needs and keys given twice are refused; the defaults come back.

#include "BackOfficeFixture.h"
#include "TillFixture.h"

#include "auth/AuditLog.h"
#include "backoffice/TillKeysPage.h"
#include "store/StoreSettings.h"
#include "till/HelpOverlay.h"
#include "till/PaymentDialog.h"
#include "till/TillKeyMap.h"

#include <QApplication>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

namespace {

qint64 audits(Database& db)
{
    return db.queryInt64("SELECT count(*) FROM audit_log WHERE action = 'settings.till_keys'").value_or(0);
}

QStringList helpRows(CheckoutPage* page)
{
    QStringList rows;
    auto* help = page->findChild<HelpOverlay*>(QStringLiteral("helpOverlay"));
    const auto keys = help->findChildren<QLabel*>(QStringLiteral("helpKey"));
    const auto actions = help->findChildren<QLabel*>(QStringLiteral("helpAction"));
    for (int i = 0; i < keys.size() && i < actions.size(); ++i)
        rows << keys[i]->text() + QStringLiteral(" = ") + actions[i]->text();
    return rows;
}

TillKeysPage* keysPage(BackOfficeWindow* bo)
{
    REQUIRE(bo->showPage(QStringLiteral("tillKeysPage")));
    auto* page = qobject_cast<TillKeysPage*>(bo->currentPage());
    REQUIRE(page);
    return page;
}

} // namespace

TEST_CASE("Till keys: pay moved from F9 to F12 pays on F12 only, and the screen says F12", "[ui][till][keys]")
{
    useLanguage(QStringLiteral("en"));
    Till till(QStringLiteral("zhang"), QStringLiteral("2222"));
    CheckoutPage* page = till.checkout();
    CHECK(page->findChild<QPushButton*>(QStringLiteral("keyPay"))->text() == QStringLiteral("Pay (F9)"));

    QTest::keyClick(till.scanField(), Qt::Key_B, Qt::ControlModifier);
    BackOfficeWindow* bo = till.window->backOffice();
    REQUIRE(bo);
    TillKeysPage* keys = keysPage(bo);
    // The key is pressed into the edit, as a manager does.
    keys->editor(TillAction::Pay)->setFocus();
    keys->editor(TillAction::Pay)->clear();
    QTest::keyClick(keys->editor(TillAction::Pay), Qt::Key_F12);
    REQUIRE(QTest::qWaitFor([&] { return keys->editor(TillAction::Pay)->keySequence() == QKeySequence(Qt::Key_F12); }));
    // F12 still locks the till: refused, with both actions named, nothing saved.
    CHECK_FALSE(keys->save());
    CHECK(keys->error().contains(QStringLiteral("F12")));
    CHECK(keys->error().contains(QStringLiteral("\"Pay\"")));
    CHECK(keys->error().contains(QStringLiteral("\"Lock\"")));
    CHECK(audits(till.window->session()->store().db()) == 0);

    keys->editor(TillAction::Lock)->setKeySequence(QKeySequence(Qt::CTRL | Qt::Key_L));
    CHECK(keys->error().isEmpty());
    REQUIRE(keys->save());
    CHECK(audits(till.window->session()->store().db()) == 1);
    const QString details = till.window->session()->store().db()
                                .queryText("SELECT details FROM audit_log WHERE action = 'settings.till_keys'")
                                .value_or(QString());
    CHECK(details.contains(QStringLiteral("F9 -> F12")));
    CHECK(details.contains(QStringLiteral("F12 -> Ctrl+L")));

    // The checkout takes the map up when the back office closes.
    QPointer<BackOfficeWindow> closing(bo);
    bo->close();
    REQUIRE(QTest::qWaitFor([&] { return closing.isNull(); }));
    till.window->activateWindow();
    REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == till.window.get(); }));
    till.scanField()->setFocus();
    CHECK(page->keyMap().key(TillAction::Pay) == QKeySequence(Qt::Key_F12));

    CHECK(page->findChild<QPushButton*>(QStringLiteral("keyPay"))->text() == QStringLiteral("Pay (F12)"));
    CHECK(page->findChild<QPushButton*>(QStringLiteral("keyLock"))->text() == QStringLiteral("Lock\nCtrl+L"));
    const QStringList help = helpRows(page);
    CHECK(help.contains(QStringLiteral("F12 = Pay")));
    CHECK(help.contains(QStringLiteral("Ctrl+L = Lock the till")));
    CHECK_FALSE(help.contains(QStringLiteral("F9 = Pay")));

    till.prompts.answers = {QStringLiteral("100")};
    till.keys(ean("1005"), 8);
    REQUIRE(till.lines() == 1);
    QTest::keyClick(till.scanField(), Qt::Key_F9);
    CHECK_FALSE(page->paymentDialog());
    QTest::keyClick(till.scanField(), Qt::Key_F12);
    REQUIRE(page->paymentDialog());
    CHECK(page->paymentDialog()->isVisible());
    CHECK(page->paymentDialog()->dueMinor() == 200);
    page->paymentDialog()->reject();
    till.window->activateWindow();
    REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == till.window.get(); }));
    till.scanField()->setFocus();

    // Ctrl+L locks now. The next cashier signs in to the store's keys as saved at that moment.
    QTest::keyClick(till.scanField(), Qt::Key_L, Qt::ControlModifier);
    REQUIRE(qobject_cast<LoginPage*>(till.window->currentPage()));
    StoreSettings settings(till.window->session()->store().db(), till.window->session()->clock());
    TillKeyMap next = TillKeyMap::load(settings);
    next.setKey(TillAction::Pay, QKeySequence(Qt::CTRL | Qt::Key_F9));
    next.save(settings);
    till.signIn(QStringLiteral("li"), QStringLiteral("0000"));
    CHECK(till.checkout()->keyMap().key(TillAction::Pay) == QKeySequence(Qt::CTRL | Qt::Key_F9));
    CHECK(till.checkout()->keyMap().key(TillAction::Lock) == QKeySequence(Qt::CTRL | Qt::Key_L));
}

TEST_CASE("Till keys: a key the scanner needs or a key given twice is refused and nothing is saved", "[ui][keys]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    bo.open();
    TillKeysPage* page = keysPage(bo.window.get());
    StoreSettings settings(bo.db(), bo.session->clock());

    const QList<QKeySequence> scannerKeys{QKeySequence(Qt::Key_5),          QKeySequence(Qt::Key_A),
                                          QKeySequence(Qt::SHIFT | Qt::Key_A), QKeySequence(Qt::Key_Return),
                                          QKeySequence(Qt::Key_Enter),      QKeySequence(Qt::Key_Tab),
                                          QKeySequence(Qt::Key_Space),      QKeySequence(Qt::KeypadModifier | Qt::Key_7),
                                          QKeySequence(Qt::CTRL | Qt::Key_Return)};
    for (const QKeySequence& k : scannerKeys) {
        INFO(k.toString().toStdString());
        page->editor(TillAction::Pay)->setKeySequence(k);
        CHECK(page->error().contains(QStringLiteral("scanner")));
        CHECK_FALSE(page->save());
        CHECK(bo.dialogs.last.contains(QStringLiteral("scanner")));
    }
    page->editor(TillAction::Pay)->setKeySequence(QKeySequence(Qt::Key_F2));
    CHECK(page->error().contains(QStringLiteral("both \"Member\" and \"Pay\"")));
    CHECK_FALSE(page->save());
    CHECK_FALSE(settings.value(QStringLiteral("till/keys")).has_value());
    CHECK(audits(bo.db()) == 0);

    // Ctrl and Alt keys type nothing: free to use. An action may have no key at all.
    page->editor(TillAction::Pay)->setKeySequence(QKeySequence(Qt::CTRL | Qt::Key_A));
    page->findChild<QToolButton*>(QStringLiteral("clear_reprint"))->click();
    CHECK(page->error().isEmpty());
    REQUIRE(page->save());
    const TillKeyMap saved = TillKeyMap::load(settings);
    CHECK(saved.key(TillAction::Pay) == QKeySequence(Qt::CTRL | Qt::Key_A));
    CHECK(saved.key(TillAction::Reprint).isEmpty());
    CHECK(saved.key(TillAction::Member) == QKeySequence(Qt::Key_F2));
}

TEST_CASE("Till keys: restore defaults brings back F9 pay and the rest", "[ui][keys]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    bo.open();
    TillKeysPage* page = keysPage(bo.window.get());
    StoreSettings settings(bo.db(), bo.session->clock());
    page->editor(TillAction::Pay)->setKeySequence(QKeySequence(Qt::Key_F12));
    page->editor(TillAction::Lock)->setKeySequence(QKeySequence(Qt::Key_F9));
    REQUIRE(page->save());
    CHECK(TillKeyMap::load(settings).key(TillAction::Lock) == QKeySequence(Qt::Key_F9));

    page->restoreDefaults();
    CHECK(page->editor(TillAction::Pay)->keySequence() == QKeySequence(Qt::Key_F9));
    CHECK(page->editor(TillAction::Resume)->keySequence() == QKeySequence(Qt::SHIFT | Qt::Key_F6));
    REQUIRE(page->save());
    CHECK(TillKeyMap::load(settings) == TillKeyMap::defaults());
    CHECK(audits(bo.db()) == 2);
}

TEST_CASE("Till keys: a cashier may not change them", "[ui][keys]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    Session admin = *bo.session->user();
    REQUIRE(bo.session->users().add(admin, QStringLiteral("amy"), QStringLiteral("Amy"), QStringLiteral("cashier"),
                                    QStringLiteral("2468")).ok());
    StoreSettings settings(bo.db(), bo.session->clock());
    TillKeysSettings keys(bo.db(), settings, bo.session->audit());
    TillKeyMap map = TillKeyMap::defaults();
    map.setKey(TillAction::Pay, QKeySequence(Qt::Key_F12));
    map.setKey(TillAction::Lock, QKeySequence());
    auto cashier = bo.session->users().authenticate(QStringLiteral("amy"), QStringLiteral("2468"));
    REQUIRE(cashier.ok());
    const auto refused = keys.save(*cashier, map);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::PermissionDenied);
    CHECK(TillKeyMap::load(settings) == TillKeyMap::defaults());
    REQUIRE(keys.save(admin, map).ok());
    CHECK(TillKeyMap::load(settings) == map);
}

TEST_CASE("Till keys: a stored map that cannot be used gives the defaults and says why", "[ui][keys]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    StoreSettings settings(bo.db(), bo.session->clock());
    const QList<std::pair<QString, QString>> bad{
        {QStringLiteral("not json"), QStringLiteral("not valid JSON")},
        {QStringLiteral("{\"pay\": \"F2\"}"), QStringLiteral("both")},
        {QStringLiteral("{\"pay\": \"Nonsense+Key\"}"), QStringLiteral("not a key")},
        {QStringLiteral("{\"pay\": 9}"), QStringLiteral("not a key")},
        {QStringLiteral("{\"pay\": \"7\"}"), QStringLiteral("scanner")},
    };
    for (const auto& [stored, why] : bad) {
        INFO(stored.toStdString());
        settings.set(QStringLiteral("till/keys"), stored);
        QStringList problems;
        CHECK(TillKeyMap::load(settings, &problems) == TillKeyMap::defaults());
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().contains(why));
    }
    // An action the stored map does not know yet keeps its default; the rest round-trip.
    settings.set(QStringLiteral("till/keys"), QStringLiteral("{\"pay\": \"Ctrl+F9\"}"));
    QStringList problems;
    const TillKeyMap map = TillKeyMap::load(settings, &problems);
    CHECK(problems.isEmpty());
    CHECK(map.key(TillAction::Pay) == QKeySequence(Qt::CTRL | Qt::Key_F9));
    CHECK(map.key(TillAction::Member) == QKeySequence(Qt::Key_F2));
    CHECK(*TillKeyMap::fromJson(map.toJson()) == map);
}
