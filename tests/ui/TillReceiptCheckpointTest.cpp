// The till checkpoints the WAL right after a sale's receipt, besides on a pause in the input.

#include "TillFixture.h"

#include "catalog/Barcode.h"
#include "shell/MainWindow.h"
#include "shell/TillSession.h"
#include "till/CheckoutPage.h"
#include "till/PaymentDialog.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

namespace {

// Frames in the WAL after one more small commit: SQLite starts the WAL over at a commit once a
// checkpoint has copied all of it, so a few frames mean the sale before it was checkpointed.
qint64 framesAfterNextCommit(Database& db)
{
    db.execute("UPDATE meta SET value = value WHERE key = (SELECT min(key) FROM meta)");
    Statement s = db.prepare("PRAGMA wal_checkpoint(PASSIVE)");  // busy, frames in the WAL, copied
    return s.step() ? s.int64(1) : -1;
}

void payInCash(Till& till)
{
    QTest::keyClick(till.scanField(), Qt::Key_F9);
    PaymentDialog* pay = till.checkout()->paymentDialog();
    REQUIRE(pay);
    QTest::keyClicks(pay->findChild<QLineEdit*>(QStringLiteral("amount")), QStringLiteral("100"));
    QTest::mouseClick(pay->findChild<QPushButton*>(QStringLiteral("tender_cash")), Qt::LeftButton);
    QTest::mouseClick(pay->findChild<QPushButton*>(QStringLiteral("finish")), Qt::LeftButton);
    REQUIRE(pay->sale().has_value());
}

} // namespace

TEST_CASE("The till checkpoints the WAL right after a sale, once the next cart is open", "[ui][till][checkpoint]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    till.prompts.answers = {QStringLiteral("100")};  // the float, when the first scan opens the shift
    TillSession* session = till.window->session();
    REQUIRE(session);
    Database& db = session->store().db();

    till.keys(ean("1005"), 8);
    REQUIRE(till.lines() == 1);
    REQUIRE_OK(session->checkpoint());
    db.execute("UPDATE meta SET value = value WHERE key = (SELECT min(key) FROM meta)");
    const qint64 runsBefore = session->checkpoints().runs();
    payInCash(till);
    // Not inside the sale: queued behind it.
    CHECK(session->checkpoints().runs() == runsBefore);
    QCoreApplication::processEvents();
    CHECK(session->checkpoints().runs() == runsBefore + 1);
    CHECK(till.lines() == 0);
    const qint64 afterHook = framesAfterNextCommit(db);
    CHECK(afterHook >= 1);
    CHECK(afterHook <= 4);

    // The same sale without the till's hook (the service called directly) leaves its pages in
    // the WAL: the next commit finds them all still there.
    REQUIRE_OK(session->checkpoint());
    auto cashier = session->user();
    REQUIRE(cashier);
    auto cart = session->carts().openCart(*cashier);
    REQUIRE_OK(cart);
    auto oil = session->catalog().lookupCode(ean("3006"));  // 金龙鱼 ￥69.90
    REQUIRE_OK(oil);
    REQUIRE_OK(session->carts().addProduct(cart->uuid, *oil, 1000));
    const QList<TenderInput> tenders{{TenderKind::Cash, 10000}};
    auto sold = session->checkout().pay(*cashier, cart->uuid, tenders);
    REQUIRE_OK(sold);
    CHECK(framesAfterNextCommit(db) > afterHook + 10);
}
