// The customer display (双屏). With one screen (offscreen) it does not open. The two-screen case
// is hidden from the normal run: CTest runs it under Xvfb with two X screens
// (ui_customer_display_two_screens), where the xcb platform reports two QScreens.

#include "TillFixture.h"

#include "till/CustomerDisplay.h"

#include <QApplication>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QTableView>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

TEST_CASE("With one screen there is no customer display", "[ui][till][customer]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    REQUIRE(QGuiApplication::screens().size() == 1);
    CHECK(till.checkout()->customerDisplay() == nullptr);
    CHECK(till.window->findChildren<CustomerDisplay*>().isEmpty());
}

TEST_CASE("On a second screen the customer sees the lines and the total as the cashier scans", "[.][xvfb][customer]")
{
    useLanguage(QStringLiteral("zh_CN"));
    Till till;
    const QList<QScreen*> screens = QGuiApplication::screens();
    REQUIRE(screens.size() == 2);
    CHECK(till.window->screen() == screens.at(0));
    CustomerDisplay* display = till.checkout()->customerDisplay();
    REQUIRE(display);
    REQUIRE(QTest::qWaitForWindowExposed(display));
    CHECK(display->screen() == screens.at(1));
    CHECK(display->isFullScreen());
    CHECK(display->geometry().size() == screens.at(1)->geometry().size());
    auto* lines = display->findChild<QTableView*>(QStringLiteral("customerCart"));
    auto* total = display->findChild<QLabel*>(QStringLiteral("customerTotal"));
    REQUIRE(lines);
    REQUIRE(total);
    CHECK(lines->model()->rowCount() == 0);
    // The customer's window did not take the keyboard from the till.
    CHECK(QApplication::activeWindow() == till.window.get());

    till.prompts.answers = {QStringLiteral("200")};
    till.keys(ean("1001"), 8);
    REQUIRE(till.lines() == 1);
    CHECK(lines->model()->rowCount() == 1);
    const QString name = lines->model()->index(0, CartTableModel::Name).data().toString();
    CHECK_FALSE(name.isEmpty());
    const QString firstTotal = total->text();
    CHECK(firstTotal.contains(QStringLiteral("￥")));

    till.keys(ean("1005"), 8);
    CHECK(lines->model()->rowCount() == 2);
    CHECK(total->text() != firstTotal);
    // The customer's total is the till's total.
    CHECK(total->text().endsWith(till.checkout()->findChild<QLabel*>(QStringLiteral("totalDue"))->text()));
}
