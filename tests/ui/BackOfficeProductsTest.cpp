#include "BackOfficeFixture.h"

#include "backoffice/ImportReportDialog.h"
#include "backoffice/ProductEditDialog.h"
#include "backoffice/ProductImportRunner.h"
#include "backoffice/ProductTableModel.h"
#include "backoffice/ProductsPage.h"
#include "catalog/ProductCatalog.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

namespace {
ProductsPage* productsPage(BackOffice& bo)
{
    bo.open();
    REQUIRE(bo.window->showPage(QStringLiteral("productsPage")));
    auto* page = qobject_cast<ProductsPage*>(bo.window->currentPage());
    REQUIRE(page);
    return page;
}

QString writeFile(BackOffice& bo, const QString& name, const QByteArray& bytes)
{
    const QString path = bo.tmp.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}
} // namespace

TEST_CASE("Products page: add, edit by double-click, inline errors, search and filters", "[ui][backoffice]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    auto* page = productsPage(bo);
    QTest::mouseClick(bo.find<QPushButton>(page, "newProduct"), Qt::LeftButton);
    auto* dialog = bo.find<ProductEditDialog>(page, "productEditDialog");
    QTest::keyClicks(bo.find<QLineEdit>(dialog, "sku"), QStringLiteral("P-1"));
    QTest::keyClicks(bo.find<QLineEdit>(dialog, "name"), QStringLiteral("Cola 330ml"));
    QTest::keyClicks(bo.find<QLineEdit>(dialog, "category"), QStringLiteral("Drinks/Soda"));
    QTest::keyClicks(bo.find<QLineEdit>(dialog, "price"), QStringLiteral("3.5x"));
    bo.find<QPlainTextEdit>(dialog, "barcodes")->setPlainText(QStringLiteral("6901234567891"));
    QTest::mouseClick(bo.find<QPushButton>(dialog, "save"), Qt::LeftButton);
    CHECK_FALSE(bo.find<QLabel>(dialog, "error")->text().isEmpty());  // the price
    auto* price = bo.find<QLineEdit>(dialog, "price");
    price->clear();
    QTest::keyClicks(price, QStringLiteral("3.50"));
    QTest::mouseClick(bo.find<QPushButton>(dialog, "save"), Qt::LeftButton);
    // A bad check digit: the catalog's own translated message, shown in the dialog.
    CHECK(bo.find<QLabel>(dialog, "error")->text().contains(QStringLiteral("P-1")));
    ProductCatalog catalog(bo.db(), bo.session->audit(), bo.session->outbox(), bo.session->clock());
    CHECK_FALSE(catalog.findBySku(QStringLiteral("P-1")));
    bo.find<QPlainTextEdit>(dialog, "barcodes")->setPlainText(QStringLiteral("6901234567892"));
    QTest::mouseClick(bo.find<QPushButton>(dialog, "save"), Qt::LeftButton);
    auto saved = catalog.findBySku(QStringLiteral("P-1"));
    REQUIRE(saved);
    // The saved dialog closes and is deleted on the next event loop turn.
    CHECK(QTest::qWaitFor([&] { return !page->findChild<ProductEditDialog*>(); }, 2000));
    CHECK(saved->priceMinor == 350);
    CHECK(saved->barcodes == QStringList{QStringLiteral("6901234567892")});
    CHECK(saved->categoryPath == QStringLiteral("Drinks/Soda"));

    auto added = catalog.add(*bo.session->user(), {.sku = QStringLiteral("P-2"), .name = QStringLiteral("可口可乐"),
                                                   .categoryPath = QStringLiteral("饮料"), .unit = QStringLiteral("瓶"), .priceMinor = 300});
    INFO(added.message().toStdString());
    REQUIRE(added.ok());
    page->refresh();
    CHECK(page->model()->rowCount() == 2);

    // Double-click P-1, make it inactive with a member price.
    auto* table = bo.find<QTableView>(page, "products");
    const QModelIndex first = page->model()->index(0, ProductTableModel::Name);
    REQUIRE(page->model()->product(0).sku == QStringLiteral("P-1"));
    // An item view opens on the second press of a pair: a click, then the double-click.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    auto* edit = bo.find<ProductEditDialog>(page, "productEditDialog");
    QTest::keyClicks(bo.find<QLineEdit>(edit, "memberPrice"), QStringLiteral("3.20"));
    bo.find<QCheckBox>(edit, "active")->setChecked(false);
    QTest::mouseClick(bo.find<QPushButton>(edit, "save"), Qt::LeftButton);
    saved = catalog.findBySku(QStringLiteral("P-1"));
    CHECK(saved->memberPriceMinor == 320);
    CHECK_FALSE(saved->active);

    auto* state = bo.find<QComboBox>(page, "stateFilter");
    state->setCurrentIndex(state->findText(QStringLiteral("Inactive")));
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(page->model()->product(0).sku == QStringLiteral("P-1"));
    state->setCurrentIndex(0);
    auto* category = bo.find<QComboBox>(page, "categoryFilter");
    category->setCurrentIndex(category->findText(QStringLiteral("饮料")));
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(page->model()->product(0).sku == QStringLiteral("P-2"));
    category->setCurrentIndex(0);
    QTest::keyClicks(bo.find<QLineEdit>(page, "search"), QStringLiteral("kkkl"));  // 可口可乐's initials
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(page->model()->product(0).sku == QStringLiteral("P-2"));
    maybeScreenshot(bo.window.get(), QStringLiteral("backoffice-products-en"));
}

TEST_CASE("Product import: a bad row imports nothing and is reported; a good file imports; export", "[ui][backoffice]")
{
    useLanguage(QStringLiteral("zh_CN"));
    BackOffice bo;
    auto* page = productsPage(bo);
    const QString bad = writeFile(bo, QStringLiteral("bad.csv"),
                                  "sku,name,price,unit\nA-1,Apple,1.00,kg\nA-2,Pear,abc,kg\nA-3,Plum,2.00,kg\n");
    bo.files.answers = {bad};
    QTest::mouseClick(bo.find<QPushButton>(page, "importCsv"), Qt::LeftButton);
    const bool shown = QTest::qWaitFor([&] { return page->findChild<ImportReportDialog*>(); }, 20000);
    INFO(bo.dialogs.last.toStdString());
    REQUIRE(shown);
    auto* report = page->findChild<ImportReportDialog*>();
    REQUIRE(report->table()->rowCount() == 1);
    CHECK(report->table()->item(0, 0)->text() == QStringLiteral("3"));
    CHECK_FALSE(report->table()->item(0, 1)->text().isEmpty());
    maybeScreenshot(report, QStringLiteral("backoffice-import-report-zh_CN"));
    CHECK(*bo.db().queryInt64("SELECT count(*) FROM products") == 0);
    report->close();

    QByteArray good = "sku,name,price,unit\n";
    for (int i = 0; i < 450; ++i)
        good += QByteArray("G-") + QByteArray::number(i) + ",Item " + QByteArray::number(i) + ",1.50,pc\n";
    bo.files.answers = {writeFile(bo, QStringLiteral("good.csv"), good)};
    QTest::mouseClick(bo.find<QPushButton>(page, "importCsv"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return bo.dialogs.count == 1; }, 30000));
    CHECK(bo.dialogs.last.contains(QStringLiteral("450")));
    CHECK(*bo.db().queryInt64("SELECT count(*) FROM products") == 450);
    CHECK(page->model()->rowCount() == 450);

    const QString exported = bo.tmp.filePath(QStringLiteral("out.csv"));
    bo.files.answers = {exported};
    QTest::mouseClick(bo.find<QPushButton>(page, "exportCsv"), Qt::LeftButton);
    QFile f(exported);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().count('\n') >= 451);
    useLanguage(QStringLiteral("en"));
}

TEST_CASE("A cancelled import changes nothing", "[ui][backoffice]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    auto* page = productsPage(bo);
    QByteArray big = "sku,name,price,unit\n";
    for (int i = 0; i < 3000; ++i)
        big += QByteArray("C-") + QByteArray::number(i) + ",Thing,1.00,pc\n";
    bo.files.answers = {writeFile(bo, QStringLiteral("big.csv"), big)};
    // Cancel before the worker reaches its first progress report: the flag is read there.
    QTest::mouseClick(bo.find<QPushButton>(page, "importCsv"), Qt::LeftButton);
    page->importRunner()->cancel();
    REQUIRE(QTest::qWaitFor([&] { return bo.dialogs.count == 1; }, 30000));
    CHECK(bo.dialogs.last.contains(QStringLiteral("cancelled")));
    CHECK(*bo.db().queryInt64("SELECT count(*) FROM products") == 0);
}
