// The category tree's edits: add, rename, move (no cycles), delete (not while in use), each
// audited, one transaction each, and the products of a moved branch sent to head office again.

#include "CatalogFixture.h"

#include "catalog/CategoryTree.h"

using namespace patron;
using namespace patron::test;

namespace {

struct TreeFixture : CatalogFixture {
    CategoryTree tree{t.db(), catalog, t.audit(), t.outbox(), t.clock()};

    qint64 idOf(const char* path)
    {
        const auto c = tree.findByPath(QString::fromUtf8(path));
        REQUIRE(c.has_value());
        return c->id;
    }
    QStringList paths()
    {
        QStringList out;
        for (const Category& c : tree.list())
            out << c.path;
        return out;
    }
    qint64 audited(const char* action)
    {
        return t.db().queryInt64("SELECT count(*) FROM audit_log WHERE action = ?", QString::fromLatin1(action)).value_or(-1);
    }
    qint64 productEvents()
    {
        return t.db().queryInt64("SELECT count(*) FROM outbox WHERE type = 'product.changed'").value_or(-1);
    }
    void file(const char* sku, const char* name, const char* category)
    {
        ProductInput in;
        in.sku = QString::fromLatin1(sku);
        in.name = QString::fromUtf8(name);
        in.priceMinor = 300;
        in.categoryPath = QString::fromUtf8(category);
        REQUIRE_OK(catalog.add(t.admin(), in));
    }
};

} // namespace

TEST_CASE("Categories are added at the top or under another, and listed with their counts", "[catalog][categories]")
{
    TreeFixture f;
    auto drinks = f.tree.add(f.t.admin(), QStringLiteral(" 饮料 "), 0);
    REQUIRE_OK(drinks);
    CHECK(drinks->path == QStringLiteral("饮料"));  // trimmed
    CHECK(drinks->parentId == 0);
    auto soda = f.tree.add(f.t.admin(), QStringLiteral("碳酸饮料"), drinks->id);
    REQUIRE_OK(soda);
    CHECK(soda->path == QStringLiteral("饮料/碳酸饮料"));
    CHECK(soda->parentId == drinks->id);
    f.file("C1", "可口可乐", "饮料/碳酸饮料");
    f.file("C2", "雪碧", "饮料/碳酸饮料");

    const QList<Category> all = f.tree.list();
    REQUIRE(all.size() == 2);
    CHECK(all[0].path == QStringLiteral("饮料"));
    CHECK(all[0].children == 1);
    CHECK(all[0].products == 0);
    CHECK(all[1].products == 2);
    CHECK(f.audited("category.add") == 2);

    // Bad input: a clear message, nothing added.
    CHECK(f.tree.add(f.t.admin(), QStringLiteral("  "), 0).code() == ErrorCode::InvalidInput);
    auto slash = f.tree.add(f.t.admin(), QStringLiteral("a/b"), 0);
    CHECK(slash.code() == ErrorCode::InvalidInput);
    CHECK(slash.message().contains(QStringLiteral("\"/\"")));
    CHECK(f.tree.add(f.t.admin(), QString(41, u'x'), 0).code() == ErrorCode::InvalidInput);
    CHECK(f.tree.add(f.t.admin(), QStringLiteral("碳酸饮料"), drinks->id).code() == ErrorCode::AlreadyExists);
    CHECK(f.tree.add(f.t.admin(), QStringLiteral("x"), 999).code() == ErrorCode::NotFound);
    CHECK(f.tree.add(f.cashier(), QStringLiteral("零食"), 0).code() == ErrorCode::PermissionDenied);
    CHECK(f.tree.list().size() == 2);
    CHECK(f.audited("category.add") == 2);
}

TEST_CASE("Renaming a category re-paths its branch and sends its products again", "[catalog][categories]")
{
    TreeFixture f;
    f.file("C1", "可口可乐", "饮料/碳酸饮料/可乐");
    f.file("W1", "农夫山泉", "饮料/水");
    f.file("S1", "薯片", "零食");
    const qint64 before = f.productEvents();

    auto renamed = f.tree.rename(f.t.admin(), f.idOf("饮料"), QStringLiteral("酒水饮料"));
    REQUIRE_OK(renamed);
    CHECK(renamed->path == QStringLiteral("酒水饮料"));
    CHECK(f.paths() == QStringList{QStringLiteral("酒水饮料"), QStringLiteral("酒水饮料/水"), QStringLiteral("酒水饮料/碳酸饮料"),
                                   QStringLiteral("酒水饮料/碳酸饮料/可乐"), QStringLiteral("零食")});
    CHECK(f.catalog.findBySku(QStringLiteral("C1"))->categoryPath == QStringLiteral("酒水饮料/碳酸饮料/可乐"));
    CHECK(f.catalog.findBySku(QStringLiteral("S1"))->categoryPath == QStringLiteral("零食"));
    // The two products of the branch go to head office with their new path; the snack does not.
    CHECK(f.productEvents() == before + 2);
    CHECK(f.t.db().queryInt64("SELECT count(*) FROM outbox WHERE type = 'product.changed' AND payload LIKE '%酒水饮料/水%'")
              .value_or(0)
          == 1);
    CHECK(f.audited("category.rename") == 1);
    CHECK(f.t.db().queryText("SELECT details FROM audit_log WHERE action = 'category.rename'").value_or(QString()).contains(
        QStringLiteral("饮料")));

    // A rename onto a sibling's name is refused; nothing changes.
    auto clash = f.tree.rename(f.t.admin(), f.idOf("酒水饮料/水"), QStringLiteral("碳酸饮料"));
    CHECK(clash.code() == ErrorCode::AlreadyExists);
    CHECK(clash.message().contains(QStringLiteral("酒水饮料/碳酸饮料")));
    CHECK(f.tree.findByPath(QStringLiteral("酒水饮料/水")).has_value());
    // Case matters in a path: "Water" and "water" are two names (the UNIQUE index is binary).
    REQUIRE_OK(f.tree.add(f.t.admin(), QStringLiteral("Water"), 0));
    REQUIRE_OK(f.tree.rename(f.t.admin(), f.idOf("Water"), QStringLiteral("water")));
    // The same name again is no change and no audit record.
    REQUIRE_OK(f.tree.rename(f.t.admin(), f.idOf("零食"), QStringLiteral("零食")));
    CHECK(f.audited("category.rename") == 2);
}

TEST_CASE("Moving a category takes its branch along and refuses cycles", "[catalog][categories]")
{
    TreeFixture f;
    f.file("C1", "可口可乐", "饮料/碳酸饮料/可乐");
    f.file("S1", "薯片", "零食");
    const qint64 soda = f.idOf("饮料/碳酸饮料");

    auto moved = f.tree.move(f.t.admin(), soda, f.idOf("零食"));
    REQUIRE_OK(moved);
    CHECK(moved->path == QStringLiteral("零食/碳酸饮料"));
    CHECK(moved->parentId == f.idOf("零食"));
    CHECK(f.catalog.findBySku(QStringLiteral("C1"))->categoryPath == QStringLiteral("零食/碳酸饮料/可乐"));
    CHECK(f.tree.find(f.idOf("零食/碳酸饮料/可乐"))->parentId == soda);
    CHECK(f.audited("category.move") == 1);

    // To the top level.
    REQUIRE_OK(f.tree.move(f.t.admin(), soda, 0));
    CHECK(f.tree.find(soda)->path == QStringLiteral("碳酸饮料"));
    CHECK(f.tree.find(soda)->parentId == 0);

    // Under itself or under its own sub-category: refused, nothing changes.
    const qint64 cola = f.idOf("碳酸饮料/可乐");
    auto self = f.tree.move(f.t.admin(), soda, soda);
    CHECK(self.code() == ErrorCode::Refused);
    auto cycle = f.tree.move(f.t.admin(), soda, cola);
    CHECK(cycle.code() == ErrorCode::Refused);
    CHECK(cycle.message().contains(QStringLiteral("inside itself")));
    CHECK(f.tree.find(soda)->path == QStringLiteral("碳酸饮料"));
    CHECK(f.tree.find(cola)->path == QStringLiteral("碳酸饮料/可乐"));
    CHECK(f.audited("category.move") == 2);

    // A name already taken in the new parent; an unknown parent or category.
    REQUIRE_OK(f.tree.add(f.t.admin(), QStringLiteral("可乐"), 0));
    CHECK(f.tree.move(f.t.admin(), cola, 0).code() == ErrorCode::AlreadyExists);
    CHECK(f.tree.move(f.t.admin(), cola, 999).code() == ErrorCode::NotFound);
    CHECK(f.tree.move(f.t.admin(), 999, 0).code() == ErrorCode::NotFound);
    CHECK(f.tree.move(f.cashier(), cola, 0).code() == ErrorCode::PermissionDenied);
}

TEST_CASE("A category in use cannot be deleted; the message says what uses it", "[catalog][categories]")
{
    TreeFixture f;
    f.file("C1", "可口可乐", "饮料/碳酸饮料");
    f.file("C2", "雪碧", "饮料/碳酸饮料");
    const qint64 drinks = f.idOf("饮料");
    const qint64 soda = f.idOf("饮料/碳酸饮料");

    auto parent = f.tree.remove(f.t.admin(), drinks);
    CHECK(parent.code() == ErrorCode::Refused);
    CHECK(parent.message().contains(QStringLiteral("1 sub-category")));
    auto used = f.tree.remove(f.t.admin(), soda);
    CHECK(used.code() == ErrorCode::Refused);
    CHECK(used.message().contains(QStringLiteral("2 product")));

    // A category promotion keeps it too: deleting it would silently end the promotion.
    ProductInput out;
    out.categoryPath = QString();
    REQUIRE_OK(f.catalog.edit(f.t.admin(), QStringLiteral("C1"), out));
    REQUIRE_OK(f.catalog.edit(f.t.admin(), QStringLiteral("C2"), out));
    f.t.db().execute("INSERT INTO promotions(uuid, name, kind, scope, target_id, percent_bp, created_at)"
                     " VALUES (randomblob(16), '饮料九折', 'percent', 'category', ?, 1000, '2026-01-01T00:00:00+08:00')",
                     soda);
    auto promoted = f.tree.remove(f.t.admin(), soda);
    CHECK(promoted.code() == ErrorCode::Refused);
    CHECK(promoted.message().contains(QStringLiteral("1 promotion")));
    CHECK_FALSE(promoted.message().contains(QStringLiteral("product")));
    CHECK(f.audited("category.delete") == 0);
    CHECK(f.tree.list().size() == 2);

    f.t.db().execute("DELETE FROM promotions");
    REQUIRE_OK(f.tree.remove(f.t.admin(), soda));
    REQUIRE_OK(f.tree.remove(f.t.admin(), drinks));
    CHECK(f.tree.list().isEmpty());
    CHECK(f.audited("category.delete") == 2);
    CHECK(f.tree.remove(f.t.admin(), drinks).code() == ErrorCode::NotFound);
}
