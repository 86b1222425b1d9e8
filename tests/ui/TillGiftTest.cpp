// Points for a gift (Shift+F10) and paying with points (F10), driven by keys on the demo store:
// the gift slip reaches a fake printer on loopback as ESC/POS; a member short of points gets a
// clear message and nothing is written.

#include "../printing/EscPosReader.h"
#include "../printing/FakePrinter.h"
#include "TillFixture.h"

#include "auth/Permissions.h"
#include "till/GiftRedemptionDialog.h"
#include "till/MemberDialog.h"
#include "till/PaymentDialog.h"
#include "till/TillFormat.h"

#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

namespace {

qint64 memberPoints(Till& till)
{
    return till.window->session()->members().members().byId(*till.checkout()->cart().memberId)->pointsBalance;
}

int redeemEntries(Till& till)
{
    auto entries = till.window->session()->members().points().entries(*till.checkout()->cart().memberId);
    REQUIRE(entries);
    return int(std::count_if(entries->begin(), entries->end(), [](const PointsEntry& e) { return e.kind == u"redeem"; }));
}

GiftRedemptionDialog* openGifts(Till& till)
{
    QTest::keyClick(till.scanField(), Qt::Key_F10, Qt::ShiftModifier);
    auto* dialog = till.checkout()->findChild<GiftRedemptionDialog*>(QStringLiteral("giftRedemptionDialog"));
    REQUIRE(dialog);
    // Keys go where the cashier's focus is: in the dialog once the window system made it active
    // (the offscreen platform needs asking).
    dialog->activateWindow();
    REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }));
    return dialog;
}

} // namespace

TEST_CASE("A gift for points by keys: confirm, ledger, stock, and the slip on the printer", "[ui][till][gift]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    auto printer = FakePrinter::tcp();
    till.settings.setPrinterUri(printer->uri());
    TillSession& session = *till.window->session();
    addDemoGifts(session);
    attachByMobile(till, QStringLiteral("13812345678"));  // 张伟: more than 500 points, fewer than 5000
    const qint64 before = memberPoints(till);
    REQUIRE(before > 500);
    REQUIRE(before < 5000);

    QPointer<GiftRedemptionDialog> dialog = openGifts(till);
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("gifts"));
    REQUIRE(list->count() == 3);
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("giftMember"))->text().contains(QString::number(before)));
    CHECK(list->item(0)->text().contains(QStringLiteral("500")));
    CHECK(list->item(0)->flags().testFlag(Qt::ItemIsEnabled));
    CHECK_FALSE(list->item(1)->flags().testFlag(Qt::ItemIsEnabled));  // out of stock
    CHECK_FALSE(list->item(2)->flags().testFlag(Qt::ItemIsEnabled));  // 5000 points
    CHECK(list->item(2)->text().contains(QString::number(5000 - before)));  // how far off
    CHECK(list->currentRow() == 0);
    // Down cannot land on a gift the member cannot have.
    QTest::keyClick(list, Qt::Key_Down);
    CHECK(list->currentRow() == 0);

    QTest::keyClick(list, Qt::Key_Return);  // first Enter: asks
    CHECK(dialog->isVisible());
    CHECK(dialog->message().contains(QStringLiteral("保温杯")));
    CHECK(redeemEntries(till) == 0);
    QTest::keyClick(list, Qt::Key_Return);  // second Enter: redeems
    CHECK((!dialog || !dialog->isVisible()));  // closed (and deleted later)
    CHECK(memberPoints(till) == before - 500);
    CHECK(redeemEntries(till) == 1);
    CHECK(session.members().points().giftStock(QStringLiteral("cup")) == 4);
    CHECK(session.members().points().check(*till.checkout()->cart().memberId)->ok());
    CHECK(till.checkout()->message().contains(QStringLiteral("保温杯")));
    CHECK(till.checkout()->findChild<QLabel*>(QStringLiteral("memberDetails"))->text().contains(QString::number(before - 500)));

    // The slip, printed off the UI thread through the till's printer, read back independently.
    const QByteArray bytes = printer->waitForJob();
    EscPosReader slip(bytes, "GB18030");
    INFO(slip.error().toStdString());
    REQUIRE(slip.ok());
    const QString text = slip.texts().join(u'\n');
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Gift redemption")));
    CHECK(text.contains(QStringLiteral("保温杯")));
    CHECK(text.contains(QStringLiteral("138****5678")));
    CHECK_FALSE(text.contains(QStringLiteral("13812345678")));
    CHECK_FALSE(slip.has(QByteArray::fromHex("1b70")));  // no drawer for a gift
}

TEST_CASE("A member short of points: a clear message and nothing written", "[ui][till][gift]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    TillSession& session = *till.window->session();
    addDemoGifts(session);
    attachByMobile(till, QStringLiteral("13912345601"));  // 王芳, 300 points
    GiftRedemptionDialog* dialog = openGifts(till);
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("gifts"));
    CHECK(dialog->message().contains(QStringLiteral("300 points are not enough")));
    CHECK_FALSE(dialog->findChild<QPushButton*>(QStringLiteral("confirmGift"))->isEnabled());
    QTest::keyClick(list, Qt::Key_Return);
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(dialog->isVisible());
    CHECK(memberPoints(till) == 300);  // 王芳
    CHECK(redeemEntries(till) == 0);
    CHECK(session.members().points().giftStock(QStringLiteral("cup")) == 5);
    QTest::keyClick(list, Qt::Key_Escape);
    CHECK_FALSE(dialog->isVisible());
}

TEST_CASE("Points spent elsewhere while the list is open: refused, nothing written", "[ui][till][gift]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    TillSession& session = *till.window->session();
    addDemoGifts(session);
    attachByMobile(till, QStringLiteral("13812345678"));
    GiftRedemptionDialog* dialog = openGifts(till);
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("gifts"));
    auto manager = session.users().authorizeOverride(QStringLiteral("zhang"), QStringLiteral("2222"), perm::PointsAdjust);
    REQUIRE(manager);
    // The member spends points at another till: 200 are left.
    REQUIRE_OK(session.members().points().adjust(*manager, *till.checkout()->cart().memberId, 200 - memberPoints(till),
                                                 QStringLiteral("test")));
    QTest::keyClick(list, Qt::Key_Return);
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(dialog->isVisible());
    CHECK(dialog->message().contains(QStringLiteral("200")));  // "…needs 500 points; the member has 200."
    CHECK(memberPoints(till) == 200);
    CHECK(redeemEntries(till) == 0);
    CHECK(session.members().points().giftStock(QStringLiteral("cup")) == 5);
    CHECK_FALSE(list->item(0)->flags().testFlag(Qt::ItemIsEnabled));  // the list is redrawn
}

TEST_CASE("F10 opens payment with points chosen and the most usable points typed in", "[ui][till][points]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    till.prompts.answers = {QStringLiteral("200")};
    till.keys(ean("3006"), 8);
    till.keys(ean("1005"), 8);
    attachByMobile(till, QStringLiteral("13812345678"));  // 100 points = ￥1, at most 50 % of the order
    const qint64 balance = memberPoints(till);
    REQUIRE(balance < 3395);

    QTest::keyClick(till.scanField(), Qt::Key_F10);
    PaymentDialog* pay = till.checkout()->paymentDialog();
    REQUIRE(pay);
    REQUIRE(pay->dueMinor() == 6790);
    auto* amount = pay->findChild<QLineEdit*>(QStringLiteral("amount"));
    CHECK(pay->preselected() == TenderKind::Points);
    CHECK(amount->text() == QString::number(balance));  // all of it: below the cap (3395)
    CHECK(pay->findChild<QLabel*>(QStringLiteral("pointsHint"))->text().contains(yuan(balance)));
    // Editable: the member keeps some.
    QTest::keyClick(amount, Qt::Key_Backspace);
    QTest::keyClicks(amount, QStringLiteral("500"));
    QTest::keyClick(amount, Qt::Key_Return);
    REQUIRE(pay->tenders().size() == 1);
    CHECK(pay->tenders()[0].kind == TenderKind::Points);
    CHECK(pay->tenders()[0].points == 500);
    CHECK(pay->remainingMinor() == 6290);
    CHECK_FALSE(pay->preselected().has_value());
    CHECK_FALSE(pay->sale().has_value());  // Enter added the tender and paid nothing
    pay->reject();

    // A rich member: the rules' share of the order caps it (50 % of ￥67.90 = ￥33.95).
    TillSession& session = *till.window->session();
    auto manager = session.users().authorizeOverride(QStringLiteral("zhang"), QStringLiteral("2222"), perm::PointsAdjust);
    REQUIRE(manager);
    REQUIRE_OK(session.members().points().adjust(*manager, *till.checkout()->cart().memberId, 10000, QStringLiteral("test")));
    QTest::keyClick(till.scanField(), Qt::Key_F10);
    pay = till.checkout()->paymentDialog();
    REQUIRE(pay);
    CHECK(pay->findChild<QLineEdit*>(QStringLiteral("amount"))->text() == QStringLiteral("3395"));
    pay->reject();
}

TEST_CASE("F10 without a member says why and leaves payment as it was", "[ui][till][points]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    till.prompts.answers = {QStringLiteral("200")};
    till.keys(ean("1001"), 8);
    QTest::keyClick(till.scanField(), Qt::Key_F10);
    PaymentDialog* pay = till.checkout()->paymentDialog();
    REQUIRE(pay);
    CHECK_FALSE(pay->preselected().has_value());
    CHECK(pay->findChild<QLabel*>(QStringLiteral("error"))->text().contains(QStringLiteral("member")));
    CHECK(pay->findChild<QLabel*>(QStringLiteral("error"))->text().contains(QStringLiteral("(F2)")));  // the real key
    CHECK(pay->findChild<QLineEdit*>(QStringLiteral("amount"))->text().isEmpty());
    pay->reject();
}
