// The attached member's details from the checkout (Ctrl+F2): an edit a cashier makes with a
// manager's PIN, a refused edit that changes nothing, and the purchase and points history.

#include "TillFixture.h"

#include "till/MemberDetailsDialog.h"
#include "till/PaymentDialog.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

namespace {
MemberDetailsDialog* openDetails(Till& till)
{
    QTest::keyClick(till.scanField(), Qt::Key_F2, Qt::ControlModifier);
    MemberDetailsDialog* dialog = nullptr;
    for (auto* d : till.checkout()->findChildren<MemberDetailsDialog*>())
        if (d->isVisible())
            dialog = d;
    REQUIRE(dialog);
    dialog->activateWindow();
    REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }));
    return dialog;
}
} // namespace

TEST_CASE("A cashier edits the member's name with a manager's PIN; a bad mobile changes nothing", "[ui][till][member]")
{
    useLanguage(QStringLiteral("en"));
    Till till;  // li, a cashier: editing members needs a manager
    attachByMobile(till, QStringLiteral("13812345678"));
    const qint64 id = *till.checkout()->cart().memberId;
    MembersModule& members = till.window->session()->members();

    MemberDetailsDialog* dialog = openDetails(till);
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("editName"));
    CHECK(name->text() == QStringLiteral("张伟"));
    name->setText(QStringLiteral("张伟强"));  // Chinese arrives from the input method, not as key clicks
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(till.prompts.overrides == 1);
    CHECK(dialog->message().isEmpty());
    CHECK(members.members().byId(id)->name == QStringLiteral("张伟强"));
    CHECK(till.checkout()->findChild<QLabel*>(QStringLiteral("memberTitle"))->text().contains(QStringLiteral("张伟强")));

    auto* mobile = dialog->findChild<QLineEdit*>(QStringLiteral("editMobile"));
    mobile->selectAll();
    QTest::keyClicks(mobile, QStringLiteral("12345"));
    QTest::keyClick(mobile, Qt::Key_Return);
    CHECK_FALSE(dialog->message().isEmpty());
    CHECK(members.members().byId(id)->mobile == QStringLiteral("13812345678"));

    auto* birthday = dialog->findChild<QLineEdit*>(QStringLiteral("editBirthday"));
    mobile->setText(QStringLiteral("13812345678"));
    QTest::keyClicks(birthday, QStringLiteral("1990-13-45"));
    QTest::keyClick(birthday, Qt::Key_Return);
    CHECK(dialog->message().contains(QStringLiteral("1990-05-20")));
    CHECK_FALSE(members.members().byId(id)->birthday.isValid());

    till.prompts.managerPin = QStringLiteral("9999");  // a wrong PIN: refused, nothing saved
    birthday->setText(QStringLiteral("1990-05-20"));
    QTest::keyClick(birthday, Qt::Key_Return);
    CHECK_FALSE(dialog->message().isEmpty());
    CHECK_FALSE(members.members().byId(id)->birthday.isValid());
    dialog->reject();
}

TEST_CASE("The member's history lists the receipt just paid and the points it earned", "[ui][till][member]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    till.prompts.answers = {QStringLiteral("200")};
    till.keys(ean("3006"), 8);
    attachByMobile(till, QStringLiteral("13812345678"));
    QTest::keyClick(till.scanField(), Qt::Key_F9);
    PaymentDialog* pay = till.checkout()->paymentDialog();
    REQUIRE(pay);
    pay->addCash(10000);
    pay->finish();
    REQUIRE(pay->sale());
    const QString receiptNo = pay->sale()->receiptNo;
    pay->reject();
    till.window->activateWindow();
    REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == till.window.get(); }));
    attachByMobile(till, QStringLiteral("13812345678"));  // the next customer is the same member

    MemberDetailsDialog* dialog = openDetails(till);
    dialog->findChild<QTabWidget*>(QStringLiteral("memberTabs"))->setCurrentIndex(1);
    auto* receipts = dialog->findChild<QListWidget*>(QStringLiteral("memberReceipts"));
    REQUIRE(receipts->count() >= 1);
    CHECK(receipts->item(0)->text().contains(receiptNo));  // newest first
    auto* points = dialog->findChild<QListWidget*>(QStringLiteral("memberPointsHistory"));
    REQUIRE(points->count() >= 1);
    CHECK(points->item(0)->text().contains(QStringLiteral("earn")));
    CHECK(points->item(0)->text().contains(QStringLiteral("+")));
    dialog->reject();
}
