// The front till driven by key events on the demo store: scans, search, members, payment,
// hold/resume, manager override, lock, translations and text that fits.

#include "TextChecks.h"
#include "TillFixture.h"

#include "catalog/Barcode.h"
#include "common/Dialogs.h"
#include "shell/MainWindow.h"
#include "shell/StoreOpener.h"
#include "shell/TillSession.h"
#include "start/LoginPage.h"
#include "store/TillSettings.h"
#include "till/CartTableModel.h"
#include "till/CheckoutPage.h"
#include "till/MemberDialog.h"
#include "till/PaymentDialog.h"
#include "till/ScanKeyFilter.h"
#include "till/TillPrompts.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

#include <deque>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;


TEST_CASE("A scanner burst adds a line; the same digits typed slowly are a search", "[ui][till]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    till.prompts.answers = {QStringLiteral("200")};  // the float for the shift opened on first sale
    till.keys(ean("1005"), 8);
    REQUIRE(till.lines() == 1);
    CHECK(till.checkout()->cart().lines[0].name.contains(QStringLiteral("农夫山泉")));
    CHECK(till.window->session()->shifts().current().has_value());
    CHECK(till.scanField()->text().isEmpty());

    till.keys(ean("1005"), 180, false);
    QTest::qWait(400);  // the search runs after a pause in typing
    CHECK(till.lines() == 1);
    CHECK(till.scanField()->text() == ean("1005"));
    auto* results = till.checkout()->findChild<QListWidget*>(QStringLiteral("searchResults"));
    CHECK(results->isVisible());
    CHECK(results->count() >= 1);
    // Enter after typing adds the first result: the same product again, one line of 2.
    till.fakeMs += 180;
    QTest::keyClick(till.scanField(), Qt::Key_Return);
    REQUIRE(till.lines() == 1);
    CHECK(till.checkout()->cart().lines[0].qtyMilli == 2000);
}

TEST_CASE("Full-width digits from an input method still scan", "[ui][till]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    till.prompts.answers = {QStringLiteral("0")};
    QString wide;
    for (QChar c : ean("2001"))
        wide += QChar(c.unicode() - u'0' + 0xFF10);
    QInputMethodEvent ime;
    ime.setCommitString(wide);
    QCoreApplication::sendEvent(till.scanField(), &ime);
    till.fakeMs += 8;
    QTest::keyClick(till.scanField(), Qt::Key_Return);
    REQUIRE(till.lines() == 1);
    CHECK(till.checkout()->cart().lines[0].sku == QStringLiteral("2001"));
}

TEST_CASE("A scale label adds the weighed product by PLU", "[ui][till]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    till.prompts.answers = {QStringLiteral("0")};
    // Flag 20, PLU 10001 (苹果), ￥6.40.
    const QString data = QStringLiteral("201000100640");
    till.keys(data + QString::number(*gs1CheckDigit(data)), 5);
    REQUIRE(till.lines() == 1);
    CHECK(till.checkout()->cart().lines[0].name == QStringLiteral("苹果"));
    CHECK(till.checkout()->cartModel()->priced().totalMinor == 640);
}

TEST_CASE("A member attached by mobile, split payment with change, then a second press charges nothing", "[ui][till]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    till.prompts.answers = {QStringLiteral("100")};
    till.keys(ean("3006"), 8);  // 金龙鱼 ￥69.90, member ￥65.90
    till.keys(ean("1005"), 8);  // 农夫山泉 ￥2.00
    REQUIRE(till.lines() == 2);

    QTest::keyClick(till.scanField(), Qt::Key_F2);
    auto* dialog = till.checkout()->findChild<MemberDialog*>(QStringLiteral("memberDialog"));
    REQUIRE(dialog);
    auto* query = dialog->findChild<QLineEdit*>(QStringLiteral("memberQuery"));
    QTest::keyClicks(query, QStringLiteral("13812345678"));
    QTest::keyClick(query, Qt::Key_Return);
    QTest::keyClick(query, Qt::Key_Return);
    REQUIRE(till.checkout()->cart().memberId.has_value());
    CHECK(till.checkout()->findChild<QLabel*>(QStringLiteral("memberTitle"))->text().contains(QStringLiteral("138****5678")));
    const qint64 due = till.checkout()->cartModel()->priced().totalMinor;
    CHECK(due == 6790);  // member price on the oil

    QTest::keyClick(till.scanField(), Qt::Key_F9);
    PaymentDialog* pay = till.checkout()->paymentDialog();
    REQUIRE(pay);
    CHECK(pay->dueMinor() == 6790);
    // ￥20 on the card, the rest in cash with a ￥100 note.
    auto* amount = pay->findChild<QLineEdit*>(QStringLiteral("amount"));
    QTest::keyClicks(amount, QStringLiteral("20"));
    QTest::mouseClick(pay->findChild<QPushButton*>(QStringLiteral("tender_card")), Qt::LeftButton);
    CHECK(pay->remainingMinor() == 4790);
    QTest::keyClicks(amount, QStringLiteral("100"));
    QTest::mouseClick(pay->findChild<QPushButton*>(QStringLiteral("tender_cash")), Qt::LeftButton);
    CHECK(pay->remainingMinor() == 0);
    CHECK(pay->changeMinor() == 5210);
    CHECK(pay->findChild<QLabel*>(QStringLiteral("change"))->text().contains(QStringLiteral("52.10")));
    maybeScreenshot(pay, QStringLiteral("payment-en"));
    auto* finish = pay->findChild<QPushButton*>(QStringLiteral("finish"));
    QTest::mouseClick(finish, Qt::LeftButton);
    REQUIRE(pay->sale().has_value());
    CHECK(pay->sale()->changeMinor == 5210);
    CHECK(pay->receiptText().contains(pay->sale()->receiptNo));
    pay->finish();  // a second press
    const qint64 sales = till.window->session()->store().db().queryInt64("SELECT COUNT(*) FROM sales").value_or(-1);
    CHECK(sales == 1);
    // The till is ready for the next customer.
    CHECK(till.lines() == 0);
}

TEST_CASE("Hold a cart and resume it", "[ui][till]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    till.prompts.answers = {QStringLiteral("0")};
    till.keys(ean("2006"), 8);
    const Uuid first = till.checkout()->cart().uuid;
    QTest::keyClick(till.scanField(), Qt::Key_F6);
    CHECK(till.lines() == 0);
    CHECK(till.checkout()->cart().uuid != first);
    QTest::keyClick(till.scanField(), Qt::Key_F6, Qt::ShiftModifier);
    auto* list = till.checkout()->findChild<QListWidget*>(QStringLiteral("heldList"));
    REQUIRE(list);
    CHECK(list->count() == 1);
    QTest::mouseClick(till.checkout()->findChild<QPushButton*>(QStringLiteral("resume")), Qt::LeftButton);
    CHECK(till.checkout()->cart().uuid == first);
    CHECK(till.lines() == 1);
}

TEST_CASE("A cashier's price change needs a manager's PIN", "[ui][till]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    till.prompts.answers = {QStringLiteral("0"), QStringLiteral("1.50")};
    till.keys(ean("1009"), 8);  // 王老吉 ￥4.50
    till.prompts.managerPin = QStringLiteral("9999");
    QTest::keyClick(till.scanField(), Qt::Key_F5);
    CHECK(till.prompts.overrides == 1);
    CHECK(till.checkout()->cartModel()->priced().totalMinor == 450);
    CHECK_FALSE(till.checkout()->message().isEmpty());

    till.prompts.managerPin = QStringLiteral("2222");
    till.prompts.answers = {QStringLiteral("1.50")};
    QTest::keyClick(till.scanField(), Qt::Key_F5);
    CHECK(till.prompts.overrides == 2);
    CHECK(till.checkout()->cartModel()->priced().totalMinor == 150);
    CHECK(till.checkout()->cart().lines[0].authorizedBy == QStringLiteral("zhang"));
}

TEST_CASE("F12 locks; signing in again brings back the same cart", "[ui][till]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    till.prompts.answers = {QStringLiteral("0")};
    till.keys(ean("2007"), 8);
    const Uuid cart = till.checkout()->cart().uuid;
    QTest::keyClick(till.scanField(), Qt::Key_F12);
    REQUIRE(qobject_cast<LoginPage*>(till.window->currentPage()));
    till.signIn(QStringLiteral("li"), QStringLiteral("0000"));
    CHECK(till.checkout()->cart().uuid == cart);
    CHECK(till.lines() == 1);
}

TEST_CASE("The checkout screen in zh_CN has no untranslated string", "[ui][till][tr]")
{
    useLanguage(QStringLiteral("zh_CN"));
    // A translator installed last is asked first: it records, then the real ones answer.
    auto* recorder = new RecordingTranslator(qApp);
    QCoreApplication::installTranslator(recorder);
    QStringList missing;
    {
        Till till;
        till.prompts.answers = {QStringLiteral("0")};
        till.keys(ean("1001"), 8);
        QTest::keyClick(till.scanField(), Qt::Key_F9);
        maybeScreenshot(till.window.get(), QStringLiteral("checkout-zh_CN"));
        if (till.checkout()->paymentDialog())
            maybeScreenshot(till.checkout()->paymentDialog(), QStringLiteral("payment-zh_CN"));
        QCoreApplication::removeTranslator(recorder);
        missing = untranslatedInChinese(recorder->seen());
    }
    for (const QString& m : missing)
        WARN("untranslated: " << m.toStdString());
    CHECK(!recorder->seen().isEmpty());  // the recorder saw the screen's strings at all
    CHECK(missing.isEmpty());
    delete recorder;
    useLanguage(QStringLiteral("en"));
}

TEST_CASE("No label or button text is wider than its widget at 1024x768", "[ui][till][fit]")
{
    for (const char* lang : {"en", "zh_CN"}) {
        useLanguage(QString::fromLatin1(lang));
        Till till;
        QTest::qWait(50);
        const QStringList clipped = clippedTexts(till.checkout());
        INFO(clipped.join(QStringLiteral("; ")).toStdString());
        CHECK(clipped.isEmpty());
        maybeScreenshot(till.window.get(), QStringLiteral("checkout-") + QString::fromLatin1(lang));
    }
    useLanguage(QStringLiteral("en"));
}
