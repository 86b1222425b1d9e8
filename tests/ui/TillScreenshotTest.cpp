// The member, top-up and shift dialogs, the F1 help and the reprint list as a cashier sees them,
// in both languages; with PATRON_SCREENSHOT_DIR set they are saved for docs/screenshots
// (till-member-*.png, till-shift-*, till-help-*, till-reprint-*).

#include "TillFixture.h"

#include "till/MemberDialog.h"
#include "till/HelpOverlay.h"
#include "till/PaymentDialog.h"
#include "till/ReprintDialog.h"
#include "till/ShiftDialog.h"
#include "till/TopUpDialog.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

TEST_CASE("Member, top-up and shift dialogs for the screenshots", "[ui][till][screenshots]")
{
    const QString lang = GENERATE(QStringLiteral("zh_CN"), QStringLiteral("en"));
    useLanguage(lang);
    Till till;
    till.prompts.answers = {QStringLiteral("200")};
    till.keys(ean("3006"), 8);
    till.keys(ean("1005"), 8);
    REQUIRE(till.lines() == 2);

    QTest::keyClick(till.scanField(), Qt::Key_F2);
    auto* member = till.checkout()->findChild<MemberDialog*>(QStringLiteral("memberDialog"));
    REQUIRE(member);
    auto* query = member->findChild<QLineEdit*>(QStringLiteral("memberQuery"));
    query->setText(QStringLiteral("5678"));  // the last four digits of the mobile
    member->search(query->text());
    CHECK(member->findChild<QListWidget*>()->count() >= 1);
    member->resize(560, 600);
    maybeScreenshot(member, QStringLiteral("till-member-search-%1").arg(lang));
    query->clear();
    QTest::keyClicks(query, QStringLiteral("13812345678"));
    QTest::keyClick(query, Qt::Key_Return);
    QTest::keyClick(query, Qt::Key_Return);
    REQUIRE(till.checkout()->cart().memberId.has_value());

    QTest::keyClick(till.scanField(), Qt::Key_F8);
    auto* topUp = till.checkout()->findChild<TopUpDialog*>(QStringLiteral("topUpDialog"));
    REQUIRE(topUp);
    const QString bonus = topUp->findChild<QLabel*>(QStringLiteral("bonusRules"))->text();
    CHECK(bonus.contains(QStringLiteral("￥100.00")));  // 充100送20
    CHECK(bonus.contains(QStringLiteral("￥20.00")));
    topUp->findChild<QLineEdit*>(QStringLiteral("topUpAmount"))->setText(QStringLiteral("100"));
    topUp->adjustSize();
    maybeScreenshot(topUp, QStringLiteral("till-member-topup-%1").arg(lang));
    topUp->reject();

    QTest::keyClick(till.scanField(), Qt::Key_F9);
    PaymentDialog* pay = till.checkout()->paymentDialog();
    REQUIRE(pay);
    pay->addCash(10000);
    QTest::mouseClick(pay->findChild<QPushButton*>(QStringLiteral("finish")), Qt::LeftButton);
    REQUIRE(pay->sale().has_value());
    pay->reject();

    QTest::keyClick(till.scanField(), Qt::Key_F7);
    auto* shift = till.checkout()->findChild<ShiftDialog*>();
    REQUIRE(shift);
    shift->showX();
    const QString report = shift->findChild<QPlainTextEdit*>(QStringLiteral("report"))->toPlainText();
    CHECK(report.contains(QStringLiteral("67.90")));  // net: the member paid the member price
    CHECK(report.contains(QStringLiteral("200.00")));  // the float
    shift->resize(560, 900);
    maybeScreenshot(shift, QStringLiteral("till-shift-x-report-%1").arg(lang));
    shift->reject();
}

TEST_CASE("The F1 help and the reprint list with a top-up slip, for the screenshots", "[ui][till][screenshots]")
{
    const QString lang = GENERATE(QStringLiteral("zh_CN"), QStringLiteral("en"));
    useLanguage(lang);
    Till till;
    QTest::keyClick(till.scanField(), Qt::Key_F1);
    auto* help = till.checkout()->findChild<HelpOverlay*>(QStringLiteral("helpOverlay"));
    REQUIRE(help);
    REQUIRE(help->isVisible());
    maybeScreenshot(till.window.get(), QStringLiteral("till-help-%1").arg(lang));
    QTest::keyClick(till.scanField(), Qt::Key_Escape);

    till.prompts.answers = {QStringLiteral("200")};
    till.keys(ean("1005"), 8);
    QTest::keyClick(till.scanField(), Qt::Key_F9);
    PaymentDialog* pay = till.checkout()->paymentDialog();
    REQUIRE(pay);
    pay->addCash(1000);
    QTest::mouseClick(pay->findChild<QPushButton*>(QStringLiteral("finish")), Qt::LeftButton);
    REQUIRE(pay->sale().has_value());
    pay->reject();
    till.clock->advanceSecs(90);  // the top-up comes after the sale
    QTest::keyClick(till.scanField(), Qt::Key_F2);
    auto* member = till.checkout()->findChild<MemberDialog*>(QStringLiteral("memberDialog"));
    REQUIRE(member);
    auto* query = member->findChild<QLineEdit*>(QStringLiteral("memberQuery"));
    QTest::keyClicks(query, QStringLiteral("13812345678"));
    QTest::keyClick(query, Qt::Key_Return);
    QTest::keyClick(query, Qt::Key_Return);
    REQUIRE(till.checkout()->cart().memberId.has_value());
    QTest::keyClick(till.scanField(), Qt::Key_F8);
    auto* topUp = till.checkout()->findChild<TopUpDialog*>(QStringLiteral("topUpDialog"));
    REQUIRE(topUp);
    topUp->findChild<QLineEdit*>(QStringLiteral("topUpAmount"))->setText(QStringLiteral("100"));
    QTest::mouseClick(topUp->findChild<QPushButton*>(QStringLiteral("confirmTopUp")), Qt::LeftButton);

    till.checkout()->reprint();
    ReprintDialog* reprint = till.checkout()->reprintDialog();
    REQUIRE(reprint);
    auto* list = reprint->findChild<QListWidget*>(QStringLiteral("recentReceipts"));
    REQUIRE(list->count() >= 2);
    list->setCurrentRow(0);  // the top-up, newest
    QTest::mouseClick(reprint->findChild<QPushButton*>(QStringLiteral("printCopy")), Qt::LeftButton);
    REQUIRE(reprint->lastCopy());
    CHECK(reprint->lastCopy()->kind == ReceiptKind::TopUpSlip);
    reprint->resize(900, 640);
    maybeScreenshot(reprint, QStringLiteral("till-reprint-%1").arg(lang));
    reprint->reject();
}
