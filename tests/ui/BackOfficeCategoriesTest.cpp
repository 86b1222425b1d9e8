// The categories page: add, rename, move (no cycles), delete (not while in use), read-only under
// head office; and the products page's category filter, which takes in the sub-categories.

#include "BackOfficeFixture.h"

#include "backoffice/CategoriesPage.h"
#include "backoffice/CategoryTreeView.h"
#include "backoffice/ProductTableModel.h"
#include "backoffice/ProductsPage.h"
#include "backoffice/PromotionTableModel.h"
#include "backoffice/PromotionsPage.h"
#include "catalog/ProductCatalog.h"
#include "store/StoreSettings.h"
#include "sync/SyncConfig.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

namespace {

CategoriesPage* categoriesPage(BackOffice& bo)
{
    bo.open();
    REQUIRE(bo.window->showPage(QStringLiteral("categoriesPage")));
    auto* page = qobject_cast<CategoriesPage*>(bo.window->currentPage());
    REQUIRE(page);
    return page;
}

void fileProduct(BackOffice& bo, const char* sku, const char* name, const char* category)
{
    ProductCatalog catalog(bo.db(), bo.session->audit(), bo.session->outbox(), bo.session->clock());
    ProductInput in;
    in.sku = QString::fromLatin1(sku);
    in.name = QString::fromUtf8(name);
    in.priceMinor = 300;
    in.categoryPath = QString::fromUtf8(category);
    REQUIRE(catalog.add(*bo.session->user(), in).ok());
}

QStringList paths(BackOffice& bo)
{
    QStringList out;
    Statement s = bo.db().prepare("SELECT path FROM categories ORDER BY path");
    while (s.step())
        out << s.text(0);
    return out;
}

void typeName(BackOffice& bo, QWidget* page, const QString& name)
{
    // Chinese arrives from the input method as committed text, not as key presses.
    bo.find<QLineEdit>(page, "name")->setText(name);
}

void click(BackOffice& bo, QWidget* page, const char* button)
{
    QTest::mouseClick(bo.find<QPushButton>(page, button), Qt::LeftButton);
}

} // namespace

TEST_CASE("Categories page: add, rename, move and delete, each audited; cycles refused", "[ui][backoffice][categories]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    auto* page = categoriesPage(bo);
    auto* tree = bo.find<QTreeWidget>(page, "categories");
    CHECK(tree->topLevelItemCount() == 0);

    typeName(bo, page, QStringLiteral("饮料"));
    click(bo, page, "addTopLevel");
    typeName(bo, page, QStringLiteral("零食"));
    click(bo, page, "addTopLevel");
    REQUIRE(page->select(QStringLiteral("饮料")));
    typeName(bo, page, QStringLiteral("碳酸饮料"));
    click(bo, page, "addSub");
    CHECK(paths(bo) == QStringList{QStringLiteral("零食"), QStringLiteral("饮料"), QStringLiteral("饮料/碳酸饮料")});
    CHECK(tree->topLevelItemCount() == 2);
    CHECK(bo.dialogs.warnings == 0);

    // Rename: the branch follows.
    REQUIRE(page->select(QStringLiteral("饮料")));
    typeName(bo, page, QStringLiteral("酒水饮料"));
    click(bo, page, "rename");
    CHECK(paths(bo).contains(QStringLiteral("酒水饮料/碳酸饮料")));

    // Move 酒水饮料 under its own sub-category: refused with a clear message, nothing changes.
    REQUIRE(page->select(QStringLiteral("酒水饮料")));
    auto* moveTo = bo.find<QComboBox>(page, "moveTo");
    moveTo->setCurrentIndex(moveTo->findText(QStringLiteral("酒水饮料/碳酸饮料")));
    click(bo, page, "move");
    CHECK(bo.dialogs.warnings == 1);
    CHECK(bo.dialogs.last.contains(QStringLiteral("inside itself")));
    CHECK(paths(bo).contains(QStringLiteral("酒水饮料/碳酸饮料")));
    // Move the sub-category under 零食.
    REQUIRE(page->select(QStringLiteral("酒水饮料/碳酸饮料")));
    moveTo->setCurrentIndex(moveTo->findText(QStringLiteral("零食")));
    click(bo, page, "move");
    CHECK(paths(bo) == QStringList{QStringLiteral("酒水饮料"), QStringLiteral("零食"), QStringLiteral("零食/碳酸饮料")});

    // Delete: refused while a product uses it (with how many), done once nothing does.
    fileProduct(bo, "C1", "可口可乐", "零食/碳酸饮料");
    page->refresh();
    REQUIRE(page->select(QStringLiteral("零食/碳酸饮料")));
    bo.dialogs.nextAnswer = true;
    click(bo, page, "delete");
    CHECK(bo.dialogs.last.contains(QStringLiteral("1 product")));
    CHECK(paths(bo).size() == 3);
    REQUIRE(page->select(QStringLiteral("酒水饮料")));
    bo.dialogs.nextAnswer = false;  // the manager thinks again
    click(bo, page, "delete");
    CHECK(paths(bo).size() == 3);
    bo.dialogs.nextAnswer = true;
    click(bo, page, "delete");
    CHECK(paths(bo) == QStringList{QStringLiteral("零食"), QStringLiteral("零食/碳酸饮料")});

    for (const char* action : {"category.add", "category.rename", "category.move", "category.delete"})
        CHECK(bo.db().queryInt64("SELECT count(*) FROM audit_log WHERE action = ?", QString::fromLatin1(action)).value_or(0) >= 1);
}

TEST_CASE("The products page's category filter lists every category and takes in its sub-categories",
          "[ui][backoffice][categories]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    fileProduct(bo, "C1", "可口可乐", "饮料/碳酸饮料");
    fileProduct(bo, "W1", "农夫山泉", "饮料/水");
    fileProduct(bo, "S1", "薯片", "零食");
    bo.open();
    REQUIRE(bo.window->showPage(QStringLiteral("productsPage")));
    auto* page = qobject_cast<ProductsPage*>(bo.window->currentPage());
    REQUIRE(page);
    auto* filter = bo.find<QComboBox>(page, "categoryFilter");
    // 饮料 holds no product itself but is there to choose.
    const int drinks = filter->findData(QStringLiteral("饮料"));
    REQUIRE(drinks > 0);
    filter->setCurrentIndex(drinks);
    QStringList skus;
    for (int r = 0; r < page->model()->rowCount(); ++r)
        skus << page->model()->product(r).sku;
    skus.sort();
    CHECK(skus == QStringList{QStringLiteral("C1"), QStringLiteral("W1")});

    // A promotion on 饮料/水, to see the rename reach the promotions page too.
    Promotion water;
    water.name = QStringLiteral("Water 10% off");
    water.scope = PromotionScope::Category;
    water.targetId = bo.db().queryInt64("SELECT id FROM categories WHERE path = '饮料/水'").value_or(0);
    water.percentBp = 1000;
    REQUIRE(bo.session->promotions().add(*bo.session->user(), water).ok());
    REQUIRE(bo.window->showPage(QStringLiteral("promotionsPage")));
    auto* promotions = qobject_cast<PromotionsPage*>(bo.window->currentPage());
    REQUIRE(promotions);
    promotions->refresh();
    auto target = [&] {
        return promotions->model()->index(0, PromotionTableModel::Target).data().toString();
    };
    REQUIRE(promotions->model()->rowCount() == 1);
    CHECK(target().contains(QStringLiteral("饮料/水")));

    // A rename on the categories page shows on the products and promotions pages at once.
    REQUIRE(bo.window->showPage(QStringLiteral("categoriesPage")));
    auto* categories = qobject_cast<CategoriesPage*>(bo.window->currentPage());
    REQUIRE(categories->select(QStringLiteral("饮料/水")));
    typeName(bo, categories, QStringLiteral("饮用水"));
    click(bo, categories, "rename");
    CHECK(filter->findData(QStringLiteral("饮料/饮用水")) > 0);
    CHECK(target().contains(QStringLiteral("饮料/饮用水")));
}

TEST_CASE("The categories page is read-only when head office owns the catalog", "[ui][backoffice][categories]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    fileProduct(bo, "C1", "可口可乐", "饮料");
    StoreSettings settings(bo.db(), bo.session->clock());
    PgConnectInfo info;
    info.dsn = QStringLiteral("host=hq.example dbname=patron user=till1 password=secret");
    info.sslmode = QStringLiteral("require");
    REQUIRE(SyncConfig(settings).save(info).ok());
    auto* page = categoriesPage(bo);
    CHECK(page->isHeadOfficeOwned());
    CHECK_FALSE(bo.find<QLabel>(page, "readOnlyNote")->isHidden());
    CHECK_FALSE(bo.find<QPushButton>(page, "addTopLevel")->isEnabled());
    REQUIRE(page->select(QStringLiteral("饮料")));
    CHECK_FALSE(bo.find<QPushButton>(page, "rename")->isEnabled());
    CHECK_FALSE(bo.find<QPushButton>(page, "delete")->isEnabled());
    page->deleteSelected();  // even when called directly
    CHECK(bo.db().queryInt64("SELECT count(*) FROM categories").value_or(0) == 1);
    // Nothing can be dragged either.
    auto* tree = bo.find<CategoryTreeView>(page, "categories");
    CHECK_FALSE(tree->dragEnabled());
    CHECK_FALSE(tree->viewport()->acceptDrops());
}

TEST_CASE("Dragging a category onto another files it there, between two puts it beside them", "[ui][backoffice][categories]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    fileProduct(bo, "C1", "可口可乐", "饮料/碳酸饮料");
    fileProduct(bo, "S1", "乐事薯片", "零食");
    auto* page = categoriesPage(bo);
    auto* tree = bo.find<CategoryTreeView>(page, "categories");
    CHECK(tree->dragEnabled());
    bo.window->resize(1000, 700);
    bo.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(bo.window.get()));
    auto itemAt = [&](const QString& path) {
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            if ((*it)->data(0, CategoryTreeView::kPathRole).toString() == path)
                return *it;
        FAIL("no category " << path.toStdString());
        return static_cast<QTreeWidgetItem*>(nullptr);
    };

    // 碳酸饮料 dropped onto the middle of 零食: filed under it, with its product.
    REQUIRE(page->select(QStringLiteral("饮料/碳酸饮料")));
    tree->dropCurrentAt(tree->visualItemRect(itemAt(QStringLiteral("零食"))).center());
    CHECK(paths(bo) == QStringList{QStringLiteral("零食"), QStringLiteral("零食/碳酸饮料"), QStringLiteral("饮料")});
    CHECK(bo.db().queryText("SELECT c.path FROM products p JOIN categories c ON c.id = p.category_id WHERE p.sku = 'C1'")
          == QStringLiteral("零食/碳酸饮料"));
    CHECK(bo.db().queryInt64("SELECT count(*) FROM audit_log WHERE action = 'category.move'").value_or(0) == 1);
    CHECK(page->select(QStringLiteral("零食/碳酸饮料")));  // the tree is redrawn from the store

    // Dropped on the top edge of a top-level category: beside it, at the top level.
    const QRect top = tree->visualItemRect(itemAt(QStringLiteral("饮料")));
    tree->dropCurrentAt(QPoint(top.center().x(), top.top() + 1));
    CHECK(paths(bo).contains(QStringLiteral("碳酸饮料")));
    // Dropped where it already is: nothing happens.
    REQUIRE(page->select(QStringLiteral("碳酸饮料")));
    const QRect self = tree->visualItemRect(itemAt(QStringLiteral("饮料")));
    tree->dropCurrentAt(QPoint(self.center().x(), self.bottom() - 1));
    CHECK(bo.db().queryInt64("SELECT count(*) FROM audit_log WHERE action = 'category.move'").value_or(0) == 2);

    // Onto its own sub-category: refused with the core's message, nothing moves.
    REQUIRE(page->select(QStringLiteral("零食")));
    typeName(bo, page, QStringLiteral("膨化食品"));
    click(bo, page, "addSub");
    REQUIRE(page->select(QStringLiteral("零食")));
    tree->dropCurrentAt(tree->visualItemRect(itemAt(QStringLiteral("零食/膨化食品"))).center());
    CHECK(bo.dialogs.warnings == 1);
    CHECK(bo.dialogs.last.contains(QStringLiteral("inside itself")));
    CHECK(paths(bo).contains(QStringLiteral("零食/膨化食品")));
}
