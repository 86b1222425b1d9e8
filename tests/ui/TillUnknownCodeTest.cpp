// A barcode the catalog does not know: a clear message, "Search instead", and "Add product"
// (with the cashier's rights or a manager's override) that sells the new product at once.

#include "TillFixture.h"

#include "till/NewProductDialog.h"
#include "till/UnknownCodeBar.h"

#include <QPushButton>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

namespace {
QPushButton* barButton(Till& till, const char* name)
{
    return till.checkout()->unknownCode()->findChild<QPushButton*>(QString::fromLatin1(name));
}
} // namespace

TEST_CASE("An unknown barcode offers a search instead", "[ui][till][unknown]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    const QString code = ean("9876");
    REQUIRE_FALSE(till.window->session()->catalog().lookupCode(code).ok());
    till.keys(code, 8);
    CHECK(till.lines() == 0);
    UnknownCodeBar* bar = till.checkout()->unknownCode();
    REQUIRE(bar->isVisible());
    CHECK(bar->text().contains(code));
    CHECK(bar->text().contains(QStringLiteral("not in the catalog")));

    QTest::mouseClick(barButton(till, "searchInstead"), Qt::LeftButton);
    CHECK_FALSE(bar->isVisible());
    CHECK(till.scanField()->text() == code);
    CHECK(till.scanField()->hasFocus());

    // A known product scanned next clears the question.
    till.scanField()->clear();
    till.keys(ean("9876"), 8);
    REQUIRE(bar->isVisible());
    till.prompts.answers = {QStringLiteral("0")};
    till.keys(ean("1005"), 8);
    CHECK_FALSE(bar->isVisible());
    CHECK(till.lines() == 1);
}

TEST_CASE("A bad check digit is an error, not a product to add", "[ui][till][unknown]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    QString bad = ean("1005");
    bad[12] = QChar(u'0' + (bad[12].digitValue() + 1) % 10);
    till.keys(bad, 8);
    CHECK(till.lines() == 0);
    CHECK_FALSE(till.checkout()->unknownCode()->isVisible());
    CHECK_FALSE(till.checkout()->message().isEmpty());
}

TEST_CASE("A cashier adds the unknown product with a manager's PIN and sells it", "[ui][till][unknown]")
{
    useLanguage(QStringLiteral("en"));
    Till till;  // li: no catalog rights
    const QString code = ean("9877");
    till.keys(code, 8);
    REQUIRE(till.checkout()->unknownCode()->isVisible());

    till.prompts.managerPin = QStringLiteral("0001");
    QTest::mouseClick(barButton(till, "addProduct"), Qt::LeftButton);
    CHECK(till.prompts.overrides == 1);
    CHECK(till.checkout()->findChild<NewProductDialog*>() == nullptr);
    CHECK(till.checkout()->message().contains(QStringLiteral("manager")));

    till.prompts.managerPin = QStringLiteral("2222");
    QTest::mouseClick(barButton(till, "addProduct"), Qt::LeftButton);
    auto* dialog = till.checkout()->findChild<NewProductDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("sku"))->text() == code);
    dialog->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("手工饼干 200g"));
    dialog->findChild<QLineEdit*>(QStringLiteral("price"))->setText(QStringLiteral("12.345"));
    dialog->findChild<QLineEdit*>(QStringLiteral("category"))->setText(QStringLiteral("食品/休闲零食"));
    dialog->save();
    CHECK(dialog->message().contains(QStringLiteral("12.50")));  // three decimals: refused, dialog stays
    CHECK_FALSE(till.window->session()->catalog().lookupCode(code).ok());

    dialog->findChild<QLineEdit*>(QStringLiteral("price"))->setText(QStringLiteral("8.80"));
    till.prompts.answers = {QStringLiteral("100")};  // the shift's float
    dialog->save();
    auto product = till.window->session()->catalog().lookupCode(code);
    REQUIRE_OK(product);
    CHECK(product->name == QStringLiteral("手工饼干 200g"));
    CHECK(product->priceMinor == 880);
    CHECK(product->categoryPath == QStringLiteral("食品/休闲零食"));
    REQUIRE(till.lines() == 1);
    CHECK(till.checkout()->cart().lines[0].sku == code);
    CHECK_FALSE(till.checkout()->unknownCode()->isVisible());

    // Next time the same code is simply a product.
    till.keys(code, 8);
    REQUIRE(till.lines() == 1);
    CHECK(till.checkout()->cart().lines[0].qtyMilli == 2000);
}

TEST_CASE("A manager adds an unknown product without an override; a duplicate SKU is refused", "[ui][till][unknown]")
{
    useLanguage(QStringLiteral("en"));
    Till till(QStringLiteral("zhang"), QStringLiteral("2222"));
    const QString code = ean("9878");
    till.keys(code, 8);
    QTest::mouseClick(barButton(till, "addProduct"), Qt::LeftButton);
    CHECK(till.prompts.overrides == 0);
    auto* dialog = till.checkout()->findChild<NewProductDialog*>();
    REQUIRE(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("sku"))->setText(QStringLiteral("1005"));  // taken
    dialog->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Test"));
    dialog->findChild<QLineEdit*>(QStringLiteral("price"))->setText(QStringLiteral("1"));
    dialog->save();
    CHECK(dialog->message().contains(QStringLiteral("1005")));
    CHECK(till.lines() == 0);
    CHECK(till.checkout()->findChild<NewProductDialog*>() == dialog);
}
