// Price lists from CSV, scheduled as one change: encodings, headers, and every bad row reported
// with nothing scheduled.

#include "CatalogFixture.h"

#include "catalog/PriceListCsv.h"
#include "catalog/PriceSchedule.h"

#include <QStringEncoder>

using namespace patron;
using namespace patron::test;

namespace {

struct PriceListFixture : CatalogFixture {
    PriceSchedule schedule{t.db(), catalog, t.audit(), t.clock()};
    PriceListFixture()
    {
        add(QStringLiteral("A1"), QStringLiteral("可口可乐"), 350, {QStringLiteral("6901234567892")});
        add(QStringLiteral("B2"), QStringLiteral("雪碧"), 300);
    }
    QDateTime tomorrow() { return t.clock().now().addDays(1); }
};

} // namespace

TEST_CASE("A GBK price list with Chinese headers is scheduled for its moment", "[catalog][price][csv]")
{
    PriceListFixture f;
    const QString text = QStringLiteral("货号,品名,新售价,会员价\r\nA1,可口可乐,3.99,3.50\r\nB2,雪碧,2.80,\r\n");
    QStringEncoder gbk("GB18030");
    const QByteArray bytes = gbk(text);
    auto r = importPriceListCsv(f.t.db(), f.schedule, f.t.admin(), bytes, f.tomorrow(), QStringLiteral("周末调价"));
    REQUIRE_OK(r);
    CHECK(r->committed);
    CHECK(r->encoding == QStringLiteral("gb18030"));
    CHECK(r->rows == 2);
    CHECK(r->scheduled == 2);
    CHECK(r->applied == 0);
    CHECK(f.catalog.findBySku(QStringLiteral("A1"))->priceMinor == 350);
    auto pending = f.schedule.list(true);
    REQUIRE_OK(pending);
    REQUIRE(pending->size() == 2);
    CHECK(pending->at(0).batchUuid == pending->at(1).batchUuid);
    CHECK(pending->at(0).note == QStringLiteral("周末调价"));
    f.t.clock().advanceDays(1);
    CHECK(*f.schedule.applyDue() == 2);
    CHECK(f.catalog.findBySku(QStringLiteral("A1"))->priceMinor == 399);
    CHECK(f.catalog.findBySku(QStringLiteral("A1"))->memberPriceMinor == 350);
    CHECK(f.catalog.findBySku(QStringLiteral("B2"))->priceMinor == 280);
    CHECK(!f.catalog.findBySku(QStringLiteral("B2"))->memberPriceMinor.has_value());
}

TEST_CASE("A price list with bad rows reports each one and schedules nothing", "[catalog][price][csv]")
{
    PriceListFixture f;
    const QByteArray bytes = QByteArrayLiteral(
        "sku,price,member_price\n"
        "A1,3.999,\n"       // line 2: three decimals
        "NOPE,1.00,\n"      // line 3: no such product
        "B2,abc,\n"         // line 4: not money
        "B2,2.50,2.60\n"    // line 5: member above retail
        ",1.00,\n"          // line 6: no SKU
        "6901234567892,3.80,\n"  // line 7: fine (by barcode)
        "6901234567892,3.70,\n"); // line 8: the same product twice
    auto r = importPriceListCsv(f.t.db(), f.schedule, f.t.admin(), bytes, f.tomorrow());
    REQUIRE_OK(r);
    CHECK(!r->committed);
    CHECK(r->scheduled == 0);
    QList<int> lines;
    for (const ImportProblem& p : r->problems)
        lines << p.line;
    CHECK(lines == QList<int>{2, 3, 4, 5, 6, 8});
    CHECK(r->problems[0].message.contains(QStringLiteral("3.999")));
    CHECK(r->problems[1].message.contains(QStringLiteral("NOPE")));
    CHECK(f.rows("price_changes") == 0);
    CHECK(f.t.db().queryInt64("SELECT count(*) FROM audit_log WHERE action = 'price.schedule'").value_or(-1) == 0);
}

TEST_CASE("A price list with a wrong header or a past time is refused before reading rows", "[catalog][price][csv]")
{
    PriceListFixture f;
    auto header = importPriceListCsv(f.t.db(), f.schedule, f.t.admin(), QByteArrayLiteral("sku,colour\nA1,red\n"), f.tomorrow());
    CHECK(header.error().code == ErrorCode::InvalidInput);
    CHECK(header.message().contains(QStringLiteral("colour")));
    auto noPrice = importPriceListCsv(f.t.db(), f.schedule, f.t.admin(), QByteArrayLiteral("sku,name\nA1,x\n"), f.tomorrow());
    CHECK(noPrice.error().code == ErrorCode::InvalidInput);
    auto empty = importPriceListCsv(f.t.db(), f.schedule, f.t.admin(), QByteArrayLiteral("sku,price\n"), f.tomorrow());
    CHECK(empty.error().code == ErrorCode::InvalidInput);
    auto past = importPriceListCsv(f.t.db(), f.schedule, f.t.admin(), QByteArrayLiteral("sku,price\nA1,4\n"),
                                   f.t.clock().now().addDays(-1));
    CHECK(past.error().code == ErrorCode::InvalidInput);
    // "Now": applied by the import itself.
    auto now = importPriceListCsv(f.t.db(), f.schedule, f.t.admin(), QByteArrayLiteral("\xEF\xBB\xBFsku,price\nA1,4\n"),
                                  std::nullopt);
    REQUIRE_OK(now);
    CHECK(now->encoding == QStringLiteral("utf-8-bom"));
    CHECK(now->applied == 1);
    CHECK(f.catalog.findBySku(QStringLiteral("A1"))->priceMinor == 400);
}
