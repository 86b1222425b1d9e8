#include "LineShareTotals.h"
#include "TempStore.h"

#include "catalog/Pinyin.h"
#include "catalog/ProductCatalog.h"
#include "catalog/ProductSearch.h"
#include "demo/DemoGenerator.h"
#include "members/MembersModule.h"
#include "store/Database.h"

#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

namespace {

DemoPlan smallPlan(TempStore& t, quint64 seed = 7)
{
    DemoPlan plan;
    plan.products = 300;
    plan.members = 200;
    plan.saleLines = 3000;
    plan.days = 10;
    plan.seed = seed;
    plan.lastDay = t.clock().now().date().addDays(-1);
    plan.storeCode = t.store().identity().storeCode;
    plan.tillCode = t.store().identity().tillCode;
    plan.baseTierCode = MembersModule(t.db(), t.clock(), t.audit(), t.outbox(), plan.storeCode, [](const QString& s) { return pinyinInitials(s); })
                            .rules().current().baseTier().code;
    return plan;
}

DemoReport generateAndVerify(TempStore& t, const DemoPlan& plan)
{
    DemoGenerator gen(t.db(), {});
    auto report = gen.generate(plan);
    REQUIRE(report);
    auto verified = gen.verify(plan, *report);
    INFO((verified ? QString() : verified.error().message).toStdString());
    REQUIRE(verified);
    return *report;
}

// Written here from the GS1 rule, not through the catalog's helper.
bool validEan13(const QString& code)
{
    if (code.size() != 13)
        return false;
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (code[i].unicode() - u'0') * (i % 2 ? 3 : 1);
    return (10 - sum % 10) % 10 == code[12].unicode() - u'0';
}

QStringList column(Database& db, const char* sql)
{
    Statement s = db.prepare(sql);
    QStringList out;
    while (s.step())
        out << s.text(0);
    return out;
}

} // namespace

TEST_CASE("demo data has the requested sizes and verifies", "[demo]")
{
    TempStore t;
    const DemoPlan plan = smallPlan(t);
    const DemoReport r = generateAndVerify(t, plan);
    CHECK(r.products == 300);
    CHECK(r.members == 200);
    CHECK(r.saleLines == 3000);
    CHECK(r.integrity == QStringLiteral("ok"));
    CHECK(r.daysVerified >= 2);
    CHECK(t.db().queryInt64("SELECT count(DISTINCT business_day) FROM sales") == 10);
    CHECK(t.db().queryInt64("SELECT count(*) FROM sales WHERE business_day > ? OR business_day < ?",
                            plan.lastDay.toString(Qt::ISODate), plan.lastDay.addDays(-9).toString(Qt::ISODate)) == 0);
    // Every sale is paid exactly, and each payment is shared out over its lines to the fen.
    CHECK(t.db().queryInt64("SELECT count(*) FROM sales s WHERE total_minor <>"
                            " (SELECT sum(amount_minor) FROM sale_payments WHERE sale_id = s.id)") == 0);
    const LineShareTotals shares = LineShareTotals::read(t.db());
    CHECK(shares.perLine.size() == 3000);
    CHECK(shares.shares >= shares.perLine.size());
    CHECK(shares.linesNotAddingUp == 0);
    CHECK(shares.paymentsNotAddingUp == 0);
    CHECK(shares.sharesOfNoPayment == 0);
    // Totals of the summary tables equal the detail rows over the whole period.
    CHECK(t.db().queryInt64("SELECT sum(net_minor) FROM sum_day") == t.db().queryInt64("SELECT sum(total_minor) FROM sales"));
    CHECK(t.db().queryInt64("SELECT sum(net_minor) FROM sum_product_month") == t.db().queryInt64("SELECT sum(net_minor) FROM sale_lines"));
    CHECK(t.db().queryInt64("SELECT sum(amount_minor) FROM sum_tender") == t.db().queryInt64("SELECT sum(amount_minor) FROM sale_payments"));
    CHECK(t.db().queryInt64("SELECT sum(visits) FROM members") == t.db().queryInt64("SELECT count(member_id) FROM sales"));
    // The next real receipt continues the sequence.
    CHECK(t.db().queryInt64("SELECT last_seq FROM receipt_sequences") == t.db().queryInt64("SELECT count(*) FROM sales"));
}

TEST_CASE("demo barcodes, mobiles and categories look real", "[demo]")
{
    TempStore t;
    generateAndVerify(t, smallPlan(t));
    const QStringList codes = column(t.db(), "SELECT code FROM product_barcodes");
    REQUIRE(!codes.isEmpty());
    for (const QString& c : codes) {
        INFO(c.toStdString());
        CHECK(validEan13(c));
        CHECK(c.startsWith(QStringLiteral("69")));
    }
    const QStringList mobiles = column(t.db(), "SELECT mobile FROM members");
    const QRegularExpression mobileRe(QStringLiteral("^1[3-9][0-9]{9}$"));
    for (const QString& m : mobiles)
        CHECK(mobileRe.match(m).hasMatch());
    CHECK(QSet<QString>(mobiles.begin(), mobiles.end()).size() == mobiles.size());
    // Products sit in leaf categories three levels deep.
    for (const QString& path : column(t.db(), "SELECT DISTINCT c.path FROM products p JOIN categories c ON c.id = p.category_id"))
        CHECK(path.count(u'/') == 2);
}

TEST_CASE("demo products and members are found the way the till finds them", "[demo]")
{
    TempStore t;
    generateAndVerify(t, smallPlan(t));
    ProductCatalog catalog(t.db(), t.audit(), t.outbox(), t.clock());
    const QString code = *t.db().queryText("SELECT code FROM product_barcodes LIMIT 1");
    auto found = catalog.lookupCode(code);
    REQUIRE(found);
    CHECK(found->barcodes.contains(code));
    ProductSearch search(t.db(), catalog);
    const QString name = *t.db().queryText("SELECT name FROM products WHERE id = 1");
    const QList<Product> byName = search.search(name.left(2), 200);
    CHECK(std::any_of(byName.begin(), byName.end(), [](const Product& p) { return p.id == 1; }));
    const QList<Product> byInitials = search.search(pinyinInitials(name).value(0).left(3), 200);
    CHECK(!byInitials.isEmpty());

    MembersModule members(t.db(), t.clock(), t.audit(), t.outbox(), t.store().identity().storeCode, [](const QString& s) { return pinyinInitials(s); });
    const QString mobile = *t.db().queryText("SELECT mobile FROM members WHERE id = 5");
    auto byMobile = members.members().find(mobile, 10);
    REQUIRE(byMobile);
    REQUIRE(byMobile->size() == 1);
    CHECK(byMobile->first().id == 5);
    const QString card = *t.db().queryText("SELECT card_no FROM members WHERE id = 5");
    auto resolved = members.members().resolve(card);
    REQUIRE(resolved);
    CHECK(resolved->id == 5);
}

TEST_CASE("the same seed gives the same data; another seed does not", "[demo]")
{
    const char* digest = "SELECT group_concat(business_day || ':' || sales || ':' || net_minor, ',') FROM sum_day";
    TempStore a, b, c;
    generateAndVerify(a, smallPlan(a, 11));
    generateAndVerify(b, smallPlan(b, 11));
    generateAndVerify(c, smallPlan(c, 12));
    CHECK(a.db().queryText(digest) == b.db().queryText(digest));
    CHECK(a.db().queryText("SELECT group_concat(name) FROM products") == b.db().queryText("SELECT group_concat(name) FROM products"));
    CHECK(a.db().queryText("SELECT hex(uuid) FROM sales ORDER BY id DESC LIMIT 1") == b.db().queryText("SELECT hex(uuid) FROM sales ORDER BY id DESC LIMIT 1"));
    CHECK(a.db().queryText(digest) != c.db().queryText(digest));
}

TEST_CASE("demo generation refuses a store with data and bad sizes", "[demo]")
{
    TempStore t;
    DemoPlan plan = smallPlan(t);
    DemoGenerator gen(t.db(), {});
    DemoPlan bad = plan;
    bad.days = 0;
    auto refused = gen.generate(bad);
    REQUIRE(!refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(!refused.error().message.isEmpty());
    REQUIRE(gen.generate(plan));
    auto again = gen.generate(plan);
    REQUIRE(!again);
    CHECK(again.error().code == ErrorCode::Refused);
    CHECK(t.db().queryInt64("SELECT count(*) FROM sale_lines") == 3000);  // nothing added the second time
    // The bulk-load setting is back to FULL.
    CHECK(t.db().queryInt64("PRAGMA synchronous") == 2);
}
