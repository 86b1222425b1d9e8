#include "CatalogFixture.h"

#include "catalog/QuickKeys.h"
#include "store/Database.h"

using namespace patron;
using namespace patron::test;

namespace {
struct Grid : CatalogFixture {
    QuickKeys keys{t.db(), t.audit(), catalog};

    Grid()
    {
        ProductInput apples;
        apples.sku = QStringLiteral("F01");
        apples.name = QStringLiteral("散装苹果");
        apples.priceMinor = 998;
        apples.unit = QStringLiteral("千克");
        apples.weighed = true;
        apples.plu = QStringLiteral("10001");
        REQUIRE_OK(catalog.add(t.admin(), apples));
        add(QStringLiteral("B01"), QStringLiteral("法式面包"), 650);
    }
    qint64 audits(const char* action)
    {
        return t.db().queryInt64("SELECT count(*) FROM audit_log WHERE action = ?", action).value_or(-1);
    }
};
} // namespace

TEST_CASE("A manager puts products on quick keys; the till lists them with name and price", "[catalog][quickkeys]")
{
    Grid g;
    auto bread = g.keys.set(g.t.admin(), 2, QStringLiteral("B01"), QStringLiteral("面包"));
    REQUIRE_OK(bread);
    CHECK(bread->label == QStringLiteral("面包"));
    auto apples = g.keys.set(g.t.admin(), 1, QStringLiteral("10001"));  // by PLU, no label
    REQUIRE_OK(apples);

    auto list = g.keys.list();
    REQUIRE_OK(list);
    REQUIRE(list->size() == 2);
    const QuickKey& first = list->at(0);
    CHECK(first.position == 1);
    CHECK(first.sku == QStringLiteral("F01"));
    CHECK(first.label == QStringLiteral("散装苹果"));  // no label: the product name
    CHECK(first.priceMinor == 998);
    CHECK(first.unit == QStringLiteral("千克"));
    CHECK(first.weighed);
    CHECK(first.active);
    CHECK(list->at(1).position == 2);
    CHECK(list->at(1).name == QStringLiteral("法式面包"));
    CHECK(list->at(1).priceMinor == 650);

    // The list follows price changes: it reads the product, not a copy.
    ProductInput price;
    price.priceMinor = 700;
    REQUIRE_OK(g.catalog.edit(g.t.admin(), QStringLiteral("B01"), price));
    CHECK(g.keys.list()->at(1).priceMinor == 700);
    CHECK(g.audits("quickkey.set") == 2);
}

TEST_CASE("Setting a used key replaces it; clearing empties it; both are audited", "[catalog][quickkeys]")
{
    Grid g;
    REQUIRE_OK(g.keys.set(g.t.admin(), 5, QStringLiteral("F01")));
    REQUIRE_OK(g.keys.set(g.t.admin(), 5, QStringLiteral("B01")));
    auto list = g.keys.list();
    REQUIRE(list->size() == 1);
    CHECK(list->at(0).sku == QStringLiteral("B01"));
    CHECK(g.t.db().queryText("SELECT details FROM audit_log WHERE action = 'quickkey.set' ORDER BY id DESC LIMIT 1")
              .value_or(QString())
              .contains(QStringLiteral("\"replaced_sku\":\"F01\"")));

    REQUIRE_OK(g.keys.clear(g.t.admin(), 5));
    CHECK(g.keys.list()->isEmpty());
    CHECK(g.audits("quickkey.clear") == 1);
    CHECK(g.keys.clear(g.t.admin(), 5).code() == ErrorCode::NotFound);
    CHECK(g.audits("quickkey.clear") == 1);
    CHECK(g.t.audit().verify().ok);
}

TEST_CASE("Quick keys refuse cashiers, bad positions, unknown and inactive products", "[catalog][quickkeys]")
{
    Grid g;
    REQUIRE_OK(g.keys.set(g.t.admin(), 1, QStringLiteral("F01")));
    const Session cashier = g.cashier();
    CHECK(g.keys.set(cashier, 2, QStringLiteral("B01")).code() == ErrorCode::PermissionDenied);
    CHECK(g.keys.clear(cashier, 1).code() == ErrorCode::PermissionDenied);

    CHECK(g.keys.set(g.t.admin(), 0, QStringLiteral("B01")).code() == ErrorCode::InvalidInput);
    CHECK(g.keys.set(g.t.admin(), QuickKeys::kMaxPosition + 1, QStringLiteral("B01")).code() == ErrorCode::InvalidInput);
    CHECK(g.keys.clear(g.t.admin(), -3).code() == ErrorCode::InvalidInput);
    CHECK(g.keys.set(g.t.admin(), 2, QStringLiteral("NOPE")).code() == ErrorCode::NotFound);
    CHECK(g.keys.set(g.t.admin(), 2, QStringLiteral("B01"), QString(QuickKeys::kMaxLabelLength + 1, u'面')).code()
          == ErrorCode::InvalidInput);
    REQUIRE_OK(g.keys.set(g.t.admin(), QuickKeys::kMaxPosition, QStringLiteral("B01"), QString(QuickKeys::kMaxLabelLength, u'面')));

    ProductInput off;
    off.active = false;
    REQUIRE_OK(g.catalog.edit(g.t.admin(), QStringLiteral("B01"), off));
    CHECK(g.keys.set(g.t.admin(), 3, QStringLiteral("B01")).code() == ErrorCode::Refused);
    // A product made inactive stays on its key, marked, until the manager moves it.
    auto list = g.keys.list();
    REQUIRE(list->size() == 2);
    CHECK_FALSE(list->at(1).active);
    CHECK(list->at(0).sku == QStringLiteral("F01"));
    CHECK(g.audits("quickkey.set") == 2);
}
