#include "CatalogFixture.h"

#include "catalog/ProductCsv.h"
#include "store/Database.h"

#include <QStringEncoder>

using namespace patron;
using namespace patron::test;

namespace {

Result<ImportReport> import(CatalogFixture& f, const QByteArray& bytes, ProductImportOptions options = {})
{
    return importProductsCsv(f.t.db(), f.catalog, f.t.admin(), bytes, options);
}

QByteArray gb18030(const QString& text)
{
    QStringEncoder enc("GB18030");
    QByteArray out = enc(text);
    REQUIRE_FALSE(enc.hasError());
    return out;
}

// Line 1 is the header; the quoted name on line 2 spans two lines, so later rows start one
// line further down than their row number: line numbers must come from the file, not the row.
const QString kMixed = QStringLiteral(
    "货号,品名,条码,售价,分类\n"
    "G1,\"可口可乐\n330ml\",6901234567892,3.50,饮料/碳酸饮料\n"  // lines 2-3: good
    "B1,雪碧,,3.5.0,饮料\n"                                       // line 4: bad price
    "B2,芬达,6901234567890,3.50,饮料\n"                           // line 5: bad check digit
    "B3,美年达,6901234567892,3.00,错误/类别\n"                    // line 6: G1's barcode
    "B4,,4006381333931,2.00,饮料\n"                               // line 7: no name
    "G2,农夫山泉,5901234123457,2.00,饮料/水\n");                  // line 8: good

} // namespace

TEST_CASE("A GBK file from Excel with Chinese headers imports", "[catalog][csv]")
{
    CatalogFixture f;
    const QByteArray bytes = gb18030(QStringLiteral("货号,品名,条码,售价,分类,单位,会员价,税率,称重\r\n"
                                                    "A001,康师傅红烧牛肉面,6901234567892,4.50,食品/方便面,袋,4.00,13%,否\r\n"
                                                    "A002,散装苹果,,9.98,生鲜/水果,千克,,9,是\r\n"));
    // GBK 货号 is BB F5 BA C5 (GB 2312 code chart): the bytes are really not UTF-8.
    REQUIRE(bytes.startsWith("\xBB\xF5\xBA\xC5"));
    auto r = import(f, bytes);
    REQUIRE_OK(r);
    CHECK(r->encoding == QStringLiteral("gb18030"));
    CHECK(r->rows == 2);
    CHECK(r->added == 2);
    CHECK(r->updated == 0);
    CHECK(r->committed);
    CHECK(r->problems.isEmpty());

    auto noodles = f.catalog.findBySku(QStringLiteral("A001"));
    REQUIRE(noodles);
    CHECK(noodles->name == QStringLiteral("康师傅红烧牛肉面"));
    CHECK(noodles->priceMinor == 450);
    CHECK(noodles->memberPriceMinor == std::optional<qint64>(400));
    CHECK(noodles->taxBp == 1300);
    CHECK(noodles->unit == QStringLiteral("袋"));
    CHECK(noodles->categoryPath == QStringLiteral("食品/方便面"));
    CHECK(noodles->barcodes == QStringList{QStringLiteral("6901234567892")});
    CHECK_FALSE(noodles->weighed);
    auto apples = f.catalog.findBySku(QStringLiteral("A002"));
    REQUIRE(apples);
    CHECK(apples->weighed);
    CHECK(apples->taxBp == 900);
    CHECK_FALSE(apples->memberPriceMinor);
}

TEST_CASE("UTF-8 files import with and without a BOM", "[catalog][csv]")
{
    const QByteArray body = QStringLiteral("sku,name,barcodes,price\nC1,长城干红,4006381333931;5901234123457,68\n").toUtf8();
    for (const bool bom : {false, true}) {
        INFO("BOM: " << bom);
        CatalogFixture f;
        auto r = import(f, bom ? QByteArray("\xEF\xBB\xBF") + body : body);
        REQUIRE_OK(r);
        CHECK(r->encoding == (bom ? QStringLiteral("utf-8-bom") : QStringLiteral("utf-8")));
        CHECK(r->added == 1);
        auto p = f.catalog.findBySku(QStringLiteral("C1"));  // a BOM glued to "sku" would lose this column
        REQUIRE(p);
        CHECK(p->name == QStringLiteral("长城干红"));
        CHECK(p->priceMinor == 6800);
        CHECK(p->barcodes == QStringList{QStringLiteral("4006381333931"), QStringLiteral("5901234123457")});
    }
}

TEST_CASE("A file with bad rows reports each with its line and imports nothing", "[catalog][csv]")
{
    CatalogFixture f;
    const qint64 events = f.rows("outbox");
    auto r = import(f, kMixed.toUtf8());
    REQUIRE_OK(r);
    CHECK_FALSE(r->committed);
    CHECK(r->rows == 6);
    CHECK(r->added == 0);
    REQUIRE(r->problems.size() == 4);
    CHECK(r->problems[0].line == 4);
    CHECK(r->problems[0].message.contains(QStringLiteral("3.5.0")));
    CHECK(r->problems[1].line == 5);
    CHECK(r->problems[1].message.contains(QStringLiteral("6901234567890")));
    CHECK(r->problems[2].line == 6);
    CHECK(r->problems[2].message.contains(QStringLiteral("G1")));  // names the product that has the code
    CHECK(r->problems[3].line == 7);
    CHECK(r->problems[3].message.contains(QStringLiteral("B4")));

    CHECK(f.catalog.count() == 0);
    CHECK(f.rows("categories") == 0);
    CHECK(f.rows("product_terms") == 0);
    CHECK(f.rows("outbox") == events);
}

TEST_CASE("With skipBadRows the good rows import and the bad ones leave no trace", "[catalog][csv]")
{
    CatalogFixture f;
    ProductImportOptions options;
    options.skipBadRows = true;
    auto r = import(f, kMixed.toUtf8(), options);
    REQUIRE_OK(r);
    CHECK(r->committed);
    CHECK(r->added == 2);
    CHECK(r->problems.size() == 4);
    CHECK(f.catalog.count() == 2);
    CHECK(f.catalog.findBySku(QStringLiteral("G1"))->name == QStringLiteral("可口可乐\n330ml"));
    CHECK(f.skuFor(QStringLiteral("6901234567892")) == QStringLiteral("G1"));
    CHECK(f.skuFor(QStringLiteral("5901234123457")) == QStringLiteral("G2"));
    // The row refused for G1's barcode wrote neither its product nor its new category.
    CHECK_FALSE(f.catalog.findBySku(QStringLiteral("B3")));
    CHECK(f.t.db().queryInt64("SELECT count(*) FROM categories WHERE path LIKE '错误%'") == 0);
    CHECK(f.t.db().queryInt64("SELECT count(*) FROM outbox WHERE type = 'product.changed'") == 2);
}

TEST_CASE("Re-importing updates existing products unless told not to", "[catalog][csv]")
{
    CatalogFixture f;
    f.add(QStringLiteral("A001"), QStringLiteral("矿泉水"), 200, {QStringLiteral("6901234567892")});
    const QByteArray change = QStringLiteral("sku,name,price\nA001,矿泉水 550ml,2.50\nA002,纯净水,1.50\n").toUtf8();

    ProductImportOptions keep;
    keep.updateExisting = false;
    auto refused = import(f, change, keep);
    REQUIRE_OK(refused);
    CHECK_FALSE(refused->committed);
    REQUIRE(refused->problems.size() == 1);
    CHECK(refused->problems[0].line == 2);
    CHECK(f.catalog.findBySku(QStringLiteral("A001"))->priceMinor == 200);

    auto r = import(f, change);
    REQUIRE_OK(r);
    CHECK(r->updated == 1);
    CHECK(r->added == 1);
    auto p = f.catalog.findBySku(QStringLiteral("A001"));
    CHECK(p->priceMinor == 250);
    CHECK(p->name == QStringLiteral("矿泉水 550ml"));
    CHECK(p->barcodes == QStringList{QStringLiteral("6901234567892")});  // no barcode column: kept
}

TEST_CASE("Export then import gives the same catalog", "[catalog][csv]")
{
    CatalogFixture from;
    ProductInput full;
    full.sku = QStringLiteral("A001");
    full.name = QStringLiteral("可口可乐, \"经典\" 330ml");  // a comma and quotes survive quoting
    full.priceMinor = 350;
    full.memberPriceMinor = std::optional<qint64>(320);
    full.costMinor = 211;
    full.taxBp = 650;
    full.unit = QStringLiteral("罐");
    full.plu = QStringLiteral("102");
    full.categoryPath = QStringLiteral("饮料/碳酸饮料");
    full.barcodes = QStringList{QStringLiteral("036000291452"), QStringLiteral("6901234567892")};
    full.initials = QStringLiteral("kl");
    REQUIRE_OK(from.catalog.add(from.t.admin(), full));
    ProductInput weighed;
    weighed.sku = QStringLiteral("F01");
    weighed.name = QStringLiteral("散装苹果");
    weighed.priceMinor = 998;
    weighed.weighed = true;
    weighed.active = false;
    REQUIRE_OK(from.catalog.add(from.t.admin(), weighed));
    ProductInput open;
    open.sku = QStringLiteral("X9");
    open.name = QStringLiteral("杂项");
    open.openPrice = true;
    REQUIRE_OK(from.catalog.add(from.t.admin(), open));

    const QByteArray csv = exportProductsCsv(from.catalog);
    CHECK(csv.startsWith("\xEF\xBB\xBFsku,name,"));  // UTF-8 with BOM, for Excel on Chinese Windows

    CatalogFixture to;
    auto r = import(to, csv);
    REQUIRE_OK(r);
    CHECK(r->problems.isEmpty());
    CHECK(r->added == 3);
    const QList<Product> a = from.catalog.all(), b = to.catalog.all();
    REQUIRE(a.size() == 3);
    REQUIRE(b.size() == 3);
    for (qsizetype i = 0; i < a.size(); ++i) {
        INFO(a[i].sku.toStdString());
        CHECK(b[i].sku == a[i].sku);
        CHECK(b[i].name == a[i].name);
        CHECK(b[i].plu == a[i].plu);
        CHECK(b[i].barcodes == a[i].barcodes);
        CHECK(b[i].categoryPath == a[i].categoryPath);
        CHECK(b[i].unit == a[i].unit);
        CHECK(b[i].priceMinor == a[i].priceMinor);
        CHECK(b[i].memberPriceMinor == a[i].memberPriceMinor);
        CHECK(b[i].costMinor == a[i].costMinor);
        CHECK(b[i].taxBp == a[i].taxBp);
        CHECK(b[i].weighed == a[i].weighed);
        CHECK(b[i].openPrice == a[i].openPrice);
        CHECK(b[i].active == a[i].active);
        CHECK(b[i].initials == a[i].initials);
        CHECK(b[i].initialsCustom == a[i].initialsCustom);
    }
    // Values written out, checked against the input rather than the other side of the trip.
    CHECK(b[0].barcodes == QStringList{QStringLiteral("0036000291452"), QStringLiteral("6901234567892")});
    CHECK(b[0].taxBp == 650);
    CHECK(b[0].initials == QStringLiteral("kl"));
    // Exporting the imported catalog gives the same bytes.
    CHECK(exportProductsCsv(to.catalog) == csv);
}

TEST_CASE("Files that cannot be read as a product list are refused whole", "[catalog][csv]")
{
    CatalogFixture f;
    auto unknown = import(f, QByteArrayLiteral("sku,name,colour\nA,B,red\n"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.code() == ErrorCode::InvalidInput);
    CHECK(unknown.message().contains(QStringLiteral("colour")));

    auto noName = import(f, QByteArrayLiteral("sku,price\nA,1\n"));
    CHECK(noName.code() == ErrorCode::InvalidInput);

    auto open = import(f, QByteArrayLiteral("sku,name,price\nA1,ok,1\nA2,ok,1\nA3,ok,1\nA4,\"never closed,2\nA9,x,1\n"));
    REQUIRE_FALSE(open.ok());
    CHECK(open.code() == ErrorCode::InvalidInput);
    CHECK(open.message().contains(QStringLiteral("5")));  // the quote opens on line 5
    CHECK_FALSE(open.message().contains(QStringLiteral("6")));

    CHECK(import(f, QByteArray()).code() == ErrorCode::InvalidInput);
    CHECK(f.catalog.count() == 0);

    const Session cashier = f.cashier();
    auto denied = importProductsCsv(f.t.db(), f.catalog, cashier, QByteArrayLiteral("sku,name,price\nA,B,1\n"), {});
    CHECK(denied.code() == ErrorCode::PermissionDenied);
    CHECK(f.catalog.count() == 0);
}

TEST_CASE("Cancelling an import through its progress callback imports nothing", "[catalog][csv]")
{
    CatalogFixture f;
    QString csv = QStringLiteral("sku,name,price\n");
    for (int i = 1; i <= 450; ++i)
        csv += QStringLiteral("S%1,商品%1,1.00\n").arg(i);
    ProductImportOptions options;
    QList<int> seen;
    options.progress = [&](int done, int total) {
        CHECK(total == 450);
        seen << done;
        return done < 400;
    };
    auto r = import(f, csv.toUtf8(), options);
    REQUIRE_FALSE(r.ok());
    CHECK(r.code() == ErrorCode::Refused);
    CHECK(seen == QList<int>{200, 400});
    CHECK(f.catalog.count() == 0);
}
