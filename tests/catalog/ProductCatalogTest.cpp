#include "CatalogFixture.h"

#include "store/Database.h"
#include "sync/Outbox.h"

#include <QJsonArray>

using namespace patron;
using namespace patron::test;

namespace {
// Published codes (GS1 reference examples), not computed by the code under test.
const QString kEan13 = QStringLiteral("6901234567892");
const QString kEan13Other = QStringLiteral("4006381333931");
const QString kUpcA = QStringLiteral("036000291452");
} // namespace

TEST_CASE("A manager adds a product with every field, and it reads back", "[catalog]")
{
    CatalogFixture f;
    ProductInput in;
    in.sku = QStringLiteral("A001");
    in.name = QStringLiteral(" 可口可乐 330ml ");
    in.priceMinor = 350;
    in.memberPriceMinor = std::optional<qint64>(300);
    in.costMinor = 210;
    in.taxBp = 1300;
    in.unit = QStringLiteral("罐");
    in.plu = QStringLiteral("１０２");  // full-width from a Chinese IME
    in.categoryPath = QStringLiteral("饮料/碳酸饮料");
    in.barcodes = QStringList{kEan13, QStringLiteral(" ") + kEan13Other};
    auto added = f.catalog.add(f.t.admin(), in);
    REQUIRE_OK(added);

    auto p = f.catalog.findBySku(QStringLiteral("A001"));
    REQUIRE(p);
    CHECK(p->name == QStringLiteral("可口可乐 330ml"));
    CHECK(p->priceMinor == 350);
    CHECK(p->memberPriceMinor == std::optional<qint64>(300));
    CHECK(p->costMinor == 210);
    CHECK(p->taxBp == 1300);
    CHECK(p->unit == QStringLiteral("罐"));
    CHECK(p->plu == QStringLiteral("102"));
    CHECK(p->categoryPath == QStringLiteral("饮料/碳酸饮料"));
    CHECK(p->barcodes == QStringList{kEan13Other, kEan13});  // sorted by code
    CHECK(p->initials == QStringLiteral("kkkl330ml"));       // generated: 可口可乐 + the Latin part
    CHECK_FALSE(p->initialsCustom);
    CHECK(p->active);
    CHECK(!p->uuid.isNull());
    CHECK(f.catalog.count() == 1);
}

TEST_CASE("A cashier may not add or edit products, and nothing is written", "[catalog]")
{
    CatalogFixture f;
    f.add(QStringLiteral("A001"), QStringLiteral("矿泉水"), 200);
    const Session cashier = f.cashier();
    const qint64 outboxBefore = f.rows("outbox");

    ProductInput in;
    in.sku = QStringLiteral("A002");
    in.name = QStringLiteral("面包");
    in.priceMinor = 500;
    auto r = f.catalog.add(cashier, in);
    REQUIRE_FALSE(r.ok());
    CHECK(r.code() == ErrorCode::PermissionDenied);
    CHECK(r.message().contains(QStringLiteral("xiaoli")));

    ProductInput price;
    price.priceMinor = 1;
    auto e = f.catalog.edit(cashier, QStringLiteral("A001"), price);
    CHECK(e.code() == ErrorCode::PermissionDenied);
    CHECK(f.catalog.count() == 1);
    CHECK(f.catalog.findBySku(QStringLiteral("A001"))->priceMinor == 200);
    CHECK(f.rows("outbox") == outboxBefore);
}

TEST_CASE("Duplicate SKUs, PLUs and barcodes are refused, naming the product that has them", "[catalog]")
{
    CatalogFixture f;
    f.add(QStringLiteral("A001"), QStringLiteral("矿泉水"), 200, {kEan13});
    const qint64 audits = f.rows("audit_log"), events = f.rows("outbox");

    ProductInput dupSku;
    dupSku.sku = QStringLiteral("A001");
    dupSku.name = QStringLiteral("另一个");
    dupSku.priceMinor = 100;
    CHECK(f.catalog.add(f.t.admin(), dupSku).code() == ErrorCode::AlreadyExists);

    ProductInput dupCode;
    dupCode.sku = QStringLiteral("B002");
    dupCode.name = QStringLiteral("纯净水");
    dupCode.priceMinor = 150;
    dupCode.categoryPath = QStringLiteral("饮料/水");
    dupCode.barcodes = QStringList{kEan13Other, kEan13};
    auto r = f.catalog.add(f.t.admin(), dupCode);
    REQUIRE_FALSE(r.ok());
    CHECK(r.code() == ErrorCode::Conflict);
    CHECK(r.message().contains(QStringLiteral("A001")));
    CHECK(r.message().contains(kEan13));
    // Nothing of the refused product is left: no row, no barcode, no category, no event.
    CHECK_FALSE(f.catalog.findBySku(QStringLiteral("B002")));
    CHECK(f.catalog.lookupCode(kEan13Other).code() == ErrorCode::NotFound);
    CHECK(f.rows("categories") == 0);
    CHECK(f.rows("audit_log") == audits);
    CHECK(f.rows("outbox") == events);

    // Moving a barcode onto an existing product is refused the same way.
    f.add(QStringLiteral("B002"), QStringLiteral("纯净水"), 150);
    ProductInput take;
    take.barcodes = QStringList{kEan13};
    auto moved = f.catalog.edit(f.t.admin(), QStringLiteral("B002"), take);
    CHECK(moved.code() == ErrorCode::Conflict);
    CHECK(moved.message().contains(QStringLiteral("A001")));
    CHECK(f.skuFor(kEan13) == QStringLiteral("A001"));

    ProductInput plu1;
    plu1.plu = QStringLiteral("10001");
    REQUIRE_OK(f.catalog.edit(f.t.admin(), QStringLiteral("A001"), plu1));
    auto dupPlu = f.catalog.edit(f.t.admin(), QStringLiteral("B002"), plu1);
    CHECK(dupPlu.code() == ErrorCode::Conflict);
    CHECK(dupPlu.message().contains(QStringLiteral("A001")));
}

TEST_CASE("A barcode with a wrong check digit is invalid input, not a new code", "[catalog]")
{
    CatalogFixture f;
    ProductInput in;
    in.sku = QStringLiteral("A001");
    in.name = QStringLiteral("矿泉水");
    in.priceMinor = 200;
    in.barcodes = QStringList{QStringLiteral("6901234567890")};  // correct check digit is 2
    auto r = f.catalog.add(f.t.admin(), in);
    REQUIRE_FALSE(r.ok());
    CHECK(r.code() == ErrorCode::InvalidInput);
    CHECK(r.message().contains(QStringLiteral("6901234567890")));
    CHECK(f.catalog.count() == 0);
    // At the scanner the same code means "rescan", not "unknown product".
    CHECK(f.catalog.lookupCode(QStringLiteral("6901234567890")).code() == ErrorCode::InvalidInput);
}

TEST_CASE("Bad product fields are refused with a clear message", "[catalog]")
{
    CatalogFixture f;
    auto attempt = [&](auto change) {
        ProductInput in;
        in.sku = QStringLiteral("A001");
        in.name = QStringLiteral("矿泉水");
        in.priceMinor = 200;
        change(in);
        return f.catalog.add(f.t.admin(), in);
    };
    CHECK(attempt([](ProductInput& in) { in.sku = QStringLiteral("A 1"); }).code() == ErrorCode::InvalidInput);
    CHECK(attempt([](ProductInput& in) { in.sku = QString(); }).code() == ErrorCode::InvalidInput);
    CHECK(attempt([](ProductInput& in) { in.name = QStringLiteral("  "); }).code() == ErrorCode::InvalidInput);
    CHECK(attempt([](ProductInput& in) { in.priceMinor.reset(); }).code() == ErrorCode::InvalidInput);
    CHECK(attempt([](ProductInput& in) { in.priceMinor = -1; }).code() == ErrorCode::InvalidInput);
    CHECK(attempt([](ProductInput& in) { in.taxBp = 10001; }).code() == ErrorCode::InvalidInput);
    CHECK(attempt([](ProductInput& in) { in.initials = QStringLiteral("可乐"); }).code() == ErrorCode::InvalidInput);
    CHECK(f.catalog.count() == 0);
    // An open-price item needs no price.
    REQUIRE_OK(attempt([](ProductInput& in) {
        in.priceMinor.reset();
        in.openPrice = true;
    }));
}

TEST_CASE("A UPC-A code and its EAN-13 form find the same product", "[catalog]")
{
    CatalogFixture f;
    f.add(QStringLiteral("US1"), QStringLiteral("Imported soup"), 1800, {kUpcA});
    for (const QString& code : QStringList{kUpcA, QStringLiteral("0") + kUpcA, QStringLiteral("０３６０００２９１４５２")}) {
        INFO(code.toStdString());
        auto p = f.catalog.lookupCode(code);
        REQUIRE_OK(p);
        CHECK(p->sku == QStringLiteral("US1"));
    }
    // Stored once, in its 13-digit form: registering the EAN-13 form elsewhere is a conflict.
    CHECK(f.catalog.findBySku(QStringLiteral("US1"))->barcodes == QStringList{QStringLiteral("0036000291452")});
    ProductInput other;
    other.sku = QStringLiteral("US2");
    other.name = QStringLiteral("Soup again");
    other.priceMinor = 1;
    other.barcodes = QStringList{QStringLiteral("0036000291452")};
    CHECK(f.catalog.add(f.t.admin(), other).code() == ErrorCode::Conflict);
}

TEST_CASE("Codes look up barcode, then PLU, then SKU", "[catalog]")
{
    CatalogFixture f;
    ProductInput in;
    in.sku = QStringLiteral("12345678");  // an 8-digit 货号 that is not a valid EAN-8 (check digit 0)
    in.name = QStringLiteral("散装苹果");
    in.priceMinor = 998;
    in.plu = QStringLiteral("10001");
    in.weighed = true;
    REQUIRE_OK(f.catalog.add(f.t.admin(), in));
    f.add(QStringLiteral("B1"), QStringLiteral("香蕉"), 599);

    CHECK(f.skuFor(QStringLiteral("10001")) == QStringLiteral("12345678"));
    CHECK(f.skuFor(QStringLiteral("１０００１")) == QStringLiteral("12345678"));
    CHECK(f.catalog.findByPlu(QStringLiteral(" 10001 "))->sku == QStringLiteral("12345678"));
    CHECK(f.skuFor(QStringLiteral("B1")) == QStringLiteral("B1"));
    // The shop's own numeric SKU is found even though it fails the EAN-8 check.
    CHECK(f.skuFor(QStringLiteral("12345678")) == QStringLiteral("12345678"));
    CHECK(f.catalog.lookupCode(QStringLiteral("12345670")).code() == ErrorCode::NotFound);  // valid EAN-8, unknown
    CHECK(f.catalog.lookupCode(QStringLiteral("10002")).code() == ErrorCode::NotFound);
    CHECK(f.catalog.findBySku(QStringLiteral("12345678"))->weighed);
}

TEST_CASE("Editing changes only what is given; the SKU stays", "[catalog]")
{
    CatalogFixture f;
    f.add(QStringLiteral("A001"), QStringLiteral("矿泉水"), 200, {kEan13});
    f.t.clock().advanceMs(60'000);

    ProductInput change;
    change.priceMinor = 250;
    change.active = false;
    auto byCode = f.catalog.edit(f.t.admin(), kEan13, change);  // named by its barcode
    REQUIRE_OK(byCode);
    CHECK(byCode->priceMinor == 250);
    CHECK_FALSE(byCode->active);
    CHECK(byCode->name == QStringLiteral("矿泉水"));
    CHECK(byCode->barcodes == QStringList{kEan13});

    ProductInput clearCodes;
    clearCodes.barcodes = QStringList();
    clearCodes.memberPriceMinor = std::optional<qint64>();
    REQUIRE_OK(f.catalog.edit(f.t.admin(), QStringLiteral("A001"), clearCodes));
    CHECK(f.catalog.findBySku(QStringLiteral("A001"))->barcodes.isEmpty());
    CHECK(f.catalog.lookupCode(kEan13).code() == ErrorCode::NotFound);

    ProductInput rename;
    rename.sku = QStringLiteral("A999");
    CHECK(f.catalog.edit(f.t.admin(), QStringLiteral("A001"), rename).code() == ErrorCode::InvalidInput);
    CHECK(f.catalog.edit(f.t.admin(), QStringLiteral("NOPE"), change).code() == ErrorCode::NotFound);

    // The inactive flag is kept, and reactivating works.
    ProductInput on;
    on.active = true;
    CHECK_FALSE(f.catalog.findBySku(QStringLiteral("A001"))->active);
    REQUIRE_OK(f.catalog.edit(f.t.admin(), QStringLiteral("A001"), on));
    CHECK(f.catalog.findBySku(QStringLiteral("A001"))->active);
}

TEST_CASE("Category paths are created level by level and reused", "[catalog]")
{
    CatalogFixture f;
    ProductInput a;
    a.sku = QStringLiteral("A1");
    a.name = QStringLiteral("可乐");
    a.priceMinor = 300;
    a.categoryPath = QStringLiteral("饮料/碳酸饮料");
    REQUIRE_OK(f.catalog.add(f.t.admin(), a));
    ProductInput b = a;
    b.sku = QStringLiteral("A2");
    b.name = QStringLiteral("橙汁");
    b.categoryPath = QStringLiteral(" 饮料 / 果汁 ");
    REQUIRE_OK(f.catalog.add(f.t.admin(), b));
    ProductInput c = a;
    c.sku = QStringLiteral("A3");
    c.name = QStringLiteral("雪碧");
    c.categoryPath = QStringLiteral("饮料/碳酸饮料/");
    REQUIRE_OK(f.catalog.add(f.t.admin(), c));

    CHECK(f.rows("categories") == 3);  // 饮料, 饮料/碳酸饮料, 饮料/果汁
    const qint64 drinks = f.t.db().queryInt64("SELECT id FROM categories WHERE path = '饮料'").value_or(0);
    REQUIRE(drinks > 0);
    CHECK(f.t.db().queryInt64("SELECT parent_id FROM categories WHERE path = '饮料/果汁'") == drinks);
    CHECK(f.t.db().queryInt64("SELECT parent_id FROM categories WHERE path = '饮料'") == std::nullopt);
    CHECK(f.t.db().queryText("SELECT name FROM categories WHERE path = '饮料/碳酸饮料'") == QStringLiteral("碳酸饮料"));
    CHECK(f.catalog.findBySku(QStringLiteral("A1"))->categoryId == f.catalog.findBySku(QStringLiteral("A3"))->categoryId);
    CHECK(f.catalog.findBySku(QStringLiteral("A2"))->categoryPath == QStringLiteral("饮料/果汁"));
}

TEST_CASE("Each change writes its audit record and outbox event in the same transaction", "[catalog][sync]")
{
    CatalogFixture f;
    const qint64 events = f.rows("outbox");
    f.add(QStringLiteral("A001"), QStringLiteral("矿泉水"), 200, {kEan13});
    ProductInput change;
    change.priceMinor = 230;
    REQUIRE_OK(f.catalog.edit(f.t.admin(), QStringLiteral("A001"), change));

    CHECK(f.t.db().queryInt64("SELECT count(*) FROM audit_log WHERE action = 'product.add' AND subject = 'A001' "
                              "AND user_name = 'admin'") == 1);
    CHECK(f.t.db().queryInt64("SELECT count(*) FROM audit_log WHERE action = 'product.edit' AND subject = 'A001'") == 1);
    const QList<OutboxEvent> pending = f.t.outbox().pending(100);
    REQUIRE(pending.size() == events + 2);
    const OutboxEvent& last = pending.last();
    CHECK(last.type == QStringLiteral("product.changed"));
    CHECK(last.payload[QStringLiteral("sku")].toString() == QStringLiteral("A001"));
    CHECK(last.payload[QStringLiteral("price_minor")].toInteger() == 230);
    CHECK(last.payload[QStringLiteral("barcodes")].toArray() == QJsonArray{kEan13});
    CHECK(last.payload[QStringLiteral("uuid")].toString() == f.catalog.findBySku(QStringLiteral("A001"))->uuid.toString());
    CHECK_FALSE(last.payload.contains(QStringLiteral("member_price_minor")));

    // If the audit record cannot be written, the product and its event are not written either.
    f.t.db().exec("CREATE TEMP TRIGGER no_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit down'); END");
    const qint64 eventsBefore = f.rows("outbox");
    ProductInput in;
    in.sku = QStringLiteral("A002");
    in.name = QStringLiteral("纯净水");
    in.priceMinor = 150;
    in.categoryPath = QStringLiteral("饮料");
    auto r = f.catalog.add(f.t.admin(), in);
    REQUIRE_FALSE(r.ok());
    CHECK_FALSE(f.catalog.findBySku(QStringLiteral("A002")));
    CHECK(f.rows("categories") == 0);
    CHECK(f.rows("outbox") == eventsBefore);
}
