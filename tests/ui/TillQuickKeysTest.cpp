// Quick keys for goods without a barcode: a manager arranges them from the checkout, a press
// sells the product (weighed goods ask the weight), a cashier needs a manager to arrange them.

#include "TillFixture.h"

#include "till/QuickKeyEditorDialog.h"
#include "till/QuickKeyPanel.h"

#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

namespace {
QuickKeyEditorDialog* openEditor(Till& till)
{
    QTest::mouseClick(till.checkout()->findChild<QPushButton*>(QStringLiteral("arrangeQuickKeys")), Qt::LeftButton);
    // A closed editor is deleted later: the open one is the visible one.
    for (auto* editor : till.checkout()->findChildren<QuickKeyEditorDialog*>())
        if (editor->isVisible())
            return editor;
    return nullptr;
}

void putKey(QuickKeyEditorDialog* editor, int position, const QString& code, const QString& label = {})
{
    editor->findChild<QSpinBox*>(QStringLiteral("position"))->setValue(position);
    editor->findChild<QLineEdit*>(QStringLiteral("code"))->setText(code);
    editor->findChild<QLineEdit*>(QStringLiteral("label"))->setText(label);
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("put")), Qt::LeftButton);
}
} // namespace

TEST_CASE("A manager arranges quick keys and a press sells the product", "[ui][till][quickkeys]")
{
    useLanguage(QStringLiteral("en"));
    Till till(QStringLiteral("zhang"), QStringLiteral("2222"));
    auto* panel = till.checkout()->quickKeys();
    CHECK(panel->keys().isEmpty());
    CHECK(panel->findChild<QLabel*>(QStringLiteral("quickKeysEmpty"))->isVisibleTo(panel));

    QuickKeyEditorDialog* editor = openEditor(till);
    REQUIRE(editor);
    CHECK(till.prompts.overrides == 0);  // a manager needs nobody's sign-off
    putKey(editor, 1, QStringLiteral("1005"));
    putKey(editor, 7, QStringLiteral("10002"), QStringLiteral("香蕉 散装"));  // by PLU, own label
    CHECK(editor->message().contains(QStringLiteral("Key 7")));
    putKey(editor, 2, QStringLiteral("no-such-sku"));
    CHECK(editor->message().contains(QStringLiteral("no-such-sku")));
    editor->reject();

    REQUIRE(panel->keys().size() == 2);
    QPushButton* water = panel->button(1);
    REQUIRE(water);
    CHECK(water->text().contains(QStringLiteral("农夫山泉")));
    CHECK(water->text().contains(QStringLiteral("￥2.00")));
    QPushButton* banana = panel->button(7);
    REQUIRE(banana);
    CHECK(banana->text().contains(QStringLiteral("香蕉 散装")));
    CHECK(banana->text().contains(QStringLiteral("/kg")));
    CHECK(panel->button(2) == nullptr);

    till.prompts.answers = {QStringLiteral("200")};  // the float: the first sale opens the shift
    QTest::mouseClick(water, Qt::LeftButton);
    REQUIRE(till.lines() == 1);
    CHECK(till.checkout()->cart().lines[0].sku == QStringLiteral("1005"));
    CHECK(till.checkout()->cart().lines[0].qtyMilli == 1000);
    CHECK(till.scanField()->hasFocus());  // the scanner keeps its field

    till.prompts.answers = {QStringLiteral("0.75")};  // weighed: the till asks the weight
    QTest::mouseClick(banana, Qt::LeftButton);
    REQUIRE(till.lines() == 2);
    CHECK(till.checkout()->cart().lines[1].sku == QStringLiteral("4002"));
    CHECK(till.checkout()->cart().lines[1].qtyMilli == 750);

    till.prompts.answers = {QStringLiteral("heavy")};
    QTest::mouseClick(banana, Qt::LeftButton);
    CHECK(till.lines() == 2);
    CHECK(till.checkout()->message().contains(QStringLiteral("weight")));

    // Emptying a key takes it off the grid; the layout survives a new sign-in.
    editor = openEditor(till);
    REQUIRE(editor);
    editor->findChild<QSpinBox*>(QStringLiteral("position"))->setValue(1);
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("empty")), Qt::LeftButton);
    CHECK(editor->message().contains(QStringLiteral("Key 1")));
    editor->reject();
    CHECK(panel->button(1) == nullptr);
    CHECK(panel->button(7) != nullptr);
    auto stored = till.window->session()->quickKeys().list();
    REQUIRE_OK(stored);
    REQUIRE(stored->size() == 1);
    CHECK(stored->at(0).position == 7);
}

TEST_CASE("A cashier arranges quick keys only with a manager's PIN", "[ui][till][quickkeys]")
{
    useLanguage(QStringLiteral("en"));
    Till till;  // li, a cashier
    till.prompts.managerPin = QStringLiteral("9999");
    CHECK(openEditor(till) == nullptr);
    CHECK(till.prompts.overrides == 1);
    CHECK(till.checkout()->message().contains(QStringLiteral("manager")));

    till.prompts.managerPin = QStringLiteral("2222");
    QuickKeyEditorDialog* editor = openEditor(till);
    REQUIRE(editor);
    CHECK(till.prompts.overrides == 2);
    putKey(editor, 3, QStringLiteral("2001"));
    editor->reject();
    REQUIRE(till.checkout()->quickKeys()->button(3));
    // The change is recorded under the manager who signed off.
    auto keys = till.window->session()->quickKeys().list();
    REQUIRE_OK(keys);
    CHECK(keys->size() == 1);
}
