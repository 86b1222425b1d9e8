// Every till screen, opened the way a cashier opens it, in Chinese under a recording translator
// (any string without a zh_CN translation fails) and in English, with no label or button text
// wider than its widget in a 1024×768 window. CTest runs this case a second time with
// QT_SCALE_FACTOR=1.5 (ui_screens_at_150_percent) and in a 1920×1080 window (ui_screens_at_1920x1080).

#include "TextChecks.h"
#include "TillFixture.h"

#include "till/GiftRedemptionDialog.h"
#include "till/HeldCartsDialog.h"
#include "till/HelpOverlay.h"
#include "till/MemberDetailsDialog.h"
#include "till/ManagerPinDialog.h"
#include "till/NewProductDialog.h"
#include "till/PaymentDialog.h"
#include "till/QuickKeyEditorDialog.h"
#include "till/ReprintDialog.h"
#include "till/ReturnDialog.h"
#include "till/ShiftDialog.h"
#include "till/TopUpDialog.h"
#include "till/UnknownCodeBar.h"

#include <QApplication>
#include <QPushButton>
#include <QTabWidget>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

namespace {

// The open one: a closed dialog is deleted later and may still be found.
template <typename T>
T* shown(QWidget* parent)
{
    for (T* w : parent->findChildren<T*>())
        if (w->isVisible())
            return w;
    return nullptr;
}

// A closed dialog hands the keyboard back to the till (the offscreen platform needs asking).
void backToTill(Till& till)
{
    till.window->activateWindow();
    REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == till.window.get(); }));
    till.scanField()->setFocus();
}

class ScreenWalk {
public:
    // Checks the screen's texts fit; `w` null means the screen did not open.
    void check(const QString& screen, QWidget* w)
    {
        if (!w) {
            problems << screen + QStringLiteral(": did not open");
            return;
        }
        REQUIRE(QTest::qWaitForWindowExposed(w->window()));
        QTest::qWait(20);  // text just set is laid out by a posted layout request
        for (const QString& c : clippedTexts(w))
            problems << screen + QStringLiteral(": ") + c;
        ++screens;
    }
    QStringList problems;
    int screens = 0;
};

void walkEveryScreen(Till& till, ScreenWalk& walk, const QString& lang)
{
    CheckoutPage* page = till.checkout();
    TillSession& session = *till.window->session();
    addDemoGifts(session);
    walk.check(QStringLiteral("checkout"), till.window.get());

    QTest::keyClick(till.scanField(), Qt::Key_F1);
    walk.check(QStringLiteral("help overlay"), shown<HelpOverlay>(page));
    QTest::keyClick(till.scanField(), Qt::Key_Escape);

    // An unknown barcode, then adding it as a new product with a manager's PIN.
    till.keys(ean("9877"), 8);
    walk.check(QStringLiteral("unknown barcode"), page->unknownCode()->isVisible() ? page : nullptr);
    QTest::mouseClick(page->unknownCode()->findChild<QPushButton*>(QStringLiteral("addProduct")), Qt::LeftButton);
    auto* product = shown<NewProductDialog>(page);
    walk.check(QStringLiteral("new product"), product);
    if (product)
        product->reject();
    backToTill(till);

    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("arrangeQuickKeys")), Qt::LeftButton);
    auto* keys = shown<QuickKeyEditorDialog>(page);
    walk.check(QStringLiteral("quick-key editor"), keys);
    if (keys)
        keys->reject();
    backToTill(till);

    // A sale with a member: the shift opens with a float on the first scan.
    till.prompts.answers = {QStringLiteral("200")};
    till.keys(ean("3006"), 8);
    till.keys(ean("1005"), 8);
    QTest::keyClick(till.scanField(), Qt::Key_F2);
    auto* member = shown<MemberDialog>(page);
    walk.check(QStringLiteral("member search and registration"), member);
    if (member)
        member->reject();
    backToTill(till);
    attachByMobile(till, QStringLiteral("13812345678"));
    backToTill(till);
    walk.check(QStringLiteral("checkout with a member"), till.window.get());

    QTest::keyClick(till.scanField(), Qt::Key_F2, Qt::ControlModifier);
    auto* details = shown<MemberDetailsDialog>(page);
    walk.check(QStringLiteral("member edit"), details);
    if (details) {
        details->findChild<QTabWidget*>(QStringLiteral("memberTabs"))->setCurrentIndex(1);
        walk.check(QStringLiteral("member history"), details);
        details->reject();
        backToTill(till);
    }

    QTest::keyClick(till.scanField(), Qt::Key_F8);
    auto* topUp = shown<TopUpDialog>(page);
    walk.check(QStringLiteral("top-up"), topUp);
    if (topUp)
        topUp->reject();
    backToTill(till);

    QTest::keyClick(till.scanField(), Qt::Key_F10, Qt::ShiftModifier);
    auto* gift = shown<GiftRedemptionDialog>(page);
    walk.check(QStringLiteral("gift redemption"), gift);
    if (gift) {
        maybeScreenshot(gift, QStringLiteral("till-member-gift-") + lang);
        QTest::keyClick(gift, Qt::Key_Return);  // the confirmation question
        walk.check(QStringLiteral("gift redemption, confirming"), gift);
        gift->reject();
        backToTill(till);
    }

    QTest::keyClick(till.scanField(), Qt::Key_F10);
    PaymentDialog* pay = page->paymentDialog();
    walk.check(QStringLiteral("payment with points (F10)"), pay);
    QString receiptNo;
    if (pay) {
        QTest::keyClick(pay->findChild<QLineEdit*>(QStringLiteral("amount")), Qt::Key_Return);
        pay->addCash(10000);
        QTest::mouseClick(pay->findChild<QPushButton*>(QStringLiteral("finish")), Qt::LeftButton);
        walk.check(QStringLiteral("payment, paid"), pay);
        if (pay->sale())
            receiptNo = pay->sale()->receiptNo;
        pay->reject();
        backToTill(till);
    }

    till.keys(ean("1001"), 8);
    QTest::keyClick(till.scanField(), Qt::Key_F6);
    QTest::keyClick(till.scanField(), Qt::Key_F6, Qt::ShiftModifier);
    auto* held = shown<HeldCartsDialog>(page);
    walk.check(QStringLiteral("held carts"), held);
    if (held)
        held->reject();
    backToTill(till);

    QTest::keyClick(till.scanField(), Qt::Key_P, Qt::ControlModifier);
    auto* reprint = shown<ReprintDialog>(page);
    walk.check(QStringLiteral("reprint"), reprint);
    if (reprint) {
        reprint->reprint(receiptNo);
        walk.check(QStringLiteral("reprint, copy shown"), reprint);
        reprint->reject();
        backToTill(till);
    }

    till.prompts.answers = {receiptNo};
    QTest::keyClick(till.scanField(), Qt::Key_F11);
    auto* ret = shown<ReturnDialog>(page);
    walk.check(QStringLiteral("return"), ret);
    if (ret)
        ret->reject();
    backToTill(till);

    QTest::keyClick(till.scanField(), Qt::Key_F7);
    auto* shift = shown<ShiftDialog>(page);
    walk.check(QStringLiteral("shift"), shift);
    if (shift) {
        auto* amount = shift->findChild<QLineEdit*>(QStringLiteral("shiftAmount"));
        amount->setText(QStringLiteral("50"));
        shift->findChild<QLineEdit*>(QStringLiteral("shiftReason"))->setText(QStringLiteral("零钱"));
        shift->cashMovement(true);
        walk.check(QStringLiteral("shift, cash in and X report"), shift);
        amount->setText(QStringLiteral("20"));
        shift->findChild<QLineEdit*>(QStringLiteral("shiftReason"))->setText(QStringLiteral("买水"));
        shift->cashMovement(false);
        amount->setText(QStringLiteral("300"));
        shift->closeShift();
        walk.check(QStringLiteral("shift closed"), shift);
        shift->showZ();
        walk.check(QStringLiteral("Z report"), shift);
        shift->reject();
        backToTill(till);
    }

    ManagerPinDialog pin(session.users(), perm::PriceOverride, QStringLiteral("Price of line 1 to ￥9.90"), till.window.get());
    pin.show();
    walk.check(QStringLiteral("manager PIN"), &pin);
    pin.reject();
    backToTill(till);

    QTest::keyClick(till.scanField(), Qt::Key_F12);
    walk.check(QStringLiteral("lock screen"), till.window.get());
}

} // namespace

TEST_CASE("Every till screen opens in zh_CN fully translated and no text is clipped", "[ui][till][screens]")
{
    INFO("QT_SCALE_FACTOR=" << qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1")).toStdString());
    for (const QString& lang : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        useLanguage(lang);
        RecordingTranslator* recorder = nullptr;
        if (lang == u"zh_CN") {
            // Installed last, asked first: it records, then the real translators answer.
            recorder = new RecordingTranslator(qApp);
            QCoreApplication::installTranslator(recorder);
        }
        QStringList missing;
        {
            Till till;
            ScreenWalk screens;
            walkEveryScreen(till, screens, lang);
            INFO(lang.toStdString() << ": " << screens.problems.join(QStringLiteral("\n")).toStdString());
            CHECK(screens.screens == 24);  // every step above opened its screen
            CHECK(screens.problems.isEmpty());
            if (recorder) {
                QCoreApplication::removeTranslator(recorder);
                missing = untranslatedInChinese(recorder->seen());
            }
        }
        for (const QString& m : missing)
            WARN("untranslated: " << m.toStdString());
        CHECK(missing.isEmpty());
        delete recorder;
    }
    useLanguage(QStringLiteral("en"));
}
