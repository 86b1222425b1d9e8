#include "CatalogFixture.h"

#include "catalog/CatalogSchema.h"
#include "catalog/ProductSearch.h"
#include "catalog/ProductTermsIndex.h"
#include "store/Database.h"

#include <algorithm>

using namespace patron;
using namespace patron::test;

namespace {

QStringList skus(const QList<Product>& products)
{
    QStringList out;
    for (const Product& p : products)
        out << p.sku;
    return out;
}

// A small shop's shelf; SKUs name what each product is there to prove.
struct Shelf : CatalogFixture {
    ProductSearch search{t.db(), catalog};

    Shelf()
    {
        add(QStringLiteral("NOODLE"), QStringLiteral("康师傅红烧牛肉面"), 450, {QStringLiteral("6901234567892")});
        add(QStringLiteral("JERKY"), QStringLiteral("牛肉干"), 2800);
        // Holds the bigrams 牛肉 and 肉面 but not the fragment 牛肉面.
        add(QStringLiteral("SPLIT"), QStringLiteral("牛肉酱拌肉面"), 1500);
        add(QStringLiteral("WINE"), QStringLiteral("长城干红"), 6800);  // 长: cháng / zhǎng
        // Its name starts with the noodles' barcode: the exact barcode must still win.
        add(QStringLiteral("SOUVENIR"), QStringLiteral("6901234567892纪念版"), 100);
        ProductInput cola;
        cola.sku = QStringLiteral("COLA");
        cola.name = QStringLiteral("可口可乐");
        cola.priceMinor = 350;
        cola.initials = QStringLiteral("KL");  // the shop's own 助记码
        REQUIRE_OK(catalog.add(t.admin(), cola));
        ProductInput tin;
        tin.sku = QStringLiteral("TIN");
        tin.name = QStringLiteral("牛肉罐头");
        tin.priceMinor = 1200;
        tin.active = false;
        REQUIRE_OK(catalog.add(t.admin(), tin));
    }
};

} // namespace

TEST_CASE("A Chinese fragment is found inside a name", "[catalog][search]")
{
    Shelf s;
    const QStringList found = skus(s.search.search(QStringLiteral("牛肉")));
    CHECK(found.contains(QStringLiteral("NOODLE")));
    CHECK(found.contains(QStringLiteral("JERKY")));
    CHECK(found.contains(QStringLiteral("SPLIT")));
    CHECK(skus(s.search.search(QStringLiteral("红烧"))) == QStringList{QStringLiteral("NOODLE")});
    CHECK(skus(s.search.search(QStringLiteral("烧牛肉面"))) == QStringList{QStringLiteral("NOODLE")});
    // One character works through the unigram terms.
    CHECK(skus(s.search.search(QStringLiteral("城"))) == QStringList{QStringLiteral("WINE")});
}

TEST_CASE("Bigrams that are present but not contiguous do not match", "[catalog][search]")
{
    Shelf s;
    CHECK(s.search.search(QStringLiteral("牛面")).isEmpty());
    // SPLIT has both 牛肉 and 肉面 in its index, yet not 牛肉面.
    CHECK(skus(s.search.search(QStringLiteral("牛肉面"))) == QStringList{QStringLiteral("NOODLE")});
    CHECK(s.search.search(QStringLiteral("面红")).isEmpty());
}

TEST_CASE("Pinyin initials find a product by every reading of a polyphone", "[catalog][search]")
{
    Shelf s;
    CHECK(skus(s.search.search(QStringLiteral("cc"))) == QStringList{QStringLiteral("WINE")});
    CHECK(skus(s.search.search(QStringLiteral("zc"))) == QStringList{QStringLiteral("WINE")});
    CHECK(skus(s.search.search(QStringLiteral("CCGH"))) == QStringList{QStringLiteral("WINE")});
    CHECK(skus(s.search.search(QStringLiteral("ksf"))) == QStringList{QStringLiteral("NOODLE")});
    CHECK(skus(s.search.search(QStringLiteral("ksfhsnrm"))) == QStringList{QStringLiteral("NOODLE")});
    CHECK(s.search.search(QStringLiteral("xx")).isEmpty());
}

TEST_CASE("The shop's own initials find the product, and so do the generated ones", "[catalog][search]")
{
    Shelf s;
    CHECK(skus(s.search.search(QStringLiteral("kl"))) == QStringList{QStringLiteral("COLA")});
    CHECK(skus(s.search.search(QStringLiteral("kkkl"))) == QStringList{QStringLiteral("COLA")});
    CHECK(s.catalog.findBySku(QStringLiteral("COLA"))->initials == QStringLiteral("kl"));

    // Changing the initials re-indexes: the old custom ones no longer match.
    ProductInput change;
    change.initials = QStringLiteral("ykl");
    REQUIRE_OK(s.catalog.edit(s.t.admin(), QStringLiteral("COLA"), change));
    CHECK(skus(s.search.search(QStringLiteral("ykl"))) == QStringList{QStringLiteral("COLA")});
    CHECK(s.search.search(QStringLiteral("kl")).isEmpty());
}

TEST_CASE("An exact barcode ranks first, a name prefix before a substring", "[catalog][search]")
{
    Shelf s;
    const QStringList byCode = skus(s.search.search(QStringLiteral("6901234567892")));
    REQUIRE(byCode.size() == 2);
    CHECK(byCode[0] == QStringLiteral("NOODLE"));
    CHECK(byCode[1] == QStringLiteral("SOUVENIR"));

    const QStringList beef = skus(s.search.search(QStringLiteral("牛肉")));
    // JERKY and SPLIT start with 牛肉 (shorter name first); NOODLE only contains it.
    CHECK(beef == QStringList{QStringLiteral("JERKY"), QStringLiteral("SPLIT"), QStringLiteral("NOODLE")});
    CHECK(skus(s.search.search(QStringLiteral("NOODLE"))) == QStringList{QStringLiteral("NOODLE")});  // by SKU
}

TEST_CASE("The limit caps the results, best first", "[catalog][search]")
{
    Shelf s;
    CHECK(skus(s.search.search(QStringLiteral("牛肉"), 1)) == QStringList{QStringLiteral("JERKY")});
    CHECK(s.search.search(QStringLiteral("牛肉"), 2).size() == 2);
    CHECK(s.search.search(QStringLiteral("牛肉"), 0).isEmpty());
    CHECK(s.search.search(QStringLiteral("   ")).isEmpty());
}

TEST_CASE("Inactive products are left out unless asked for", "[catalog][search]")
{
    Shelf s;
    CHECK_FALSE(skus(s.search.search(QStringLiteral("罐头"))).contains(QStringLiteral("TIN")));
    CHECK_FALSE(skus(s.search.search(QStringLiteral("TIN"))).contains(QStringLiteral("TIN")));
    CHECK(skus(s.search.search(QStringLiteral("罐头"), 20, true)) == QStringList{QStringLiteral("TIN")});

    ProductInput off;
    off.active = false;
    REQUIRE_OK(s.catalog.edit(s.t.admin(), QStringLiteral("JERKY"), off));
    CHECK(skus(s.search.search(QStringLiteral("牛肉"))) == QStringList{QStringLiteral("SPLIT"), QStringLiteral("NOODLE")});
}

TEST_CASE("Renaming a product re-indexes its name", "[catalog][search]")
{
    Shelf s;
    ProductInput rename;
    rename.name = QStringLiteral("统一老坛酸菜面");
    REQUIRE_OK(s.catalog.edit(s.t.admin(), QStringLiteral("NOODLE"), rename));
    CHECK(skus(s.search.search(QStringLiteral("酸菜"))) == QStringList{QStringLiteral("NOODLE")});
    CHECK(skus(s.search.search(QStringLiteral("tylt"))) == QStringList{QStringLiteral("NOODLE")});
    CHECK_FALSE(skus(s.search.search(QStringLiteral("红烧"))).contains(QStringLiteral("NOODLE")));
    CHECK(s.search.search(QStringLiteral("ksf")).isEmpty());
}

TEST_CASE("Many matches: the index yields them in rank order (prefix first, then shorter names, then SKU)", "[catalog][search]")
{
    CatalogFixture f;
    ProductSearch search{f.t.db(), f.catalog};
    // 60 names with 饼干 at the start or inside, of varying lengths; SKUs deliberately not in
    // name order so the SKU tie-break is visible.
    struct Expect {
        bool prefix;
        qsizetype length;
        QString sku;
    };
    QList<Expect> expected;
    const QString fillers = QStringLiteral("甲乙丙丁戊己庚辛壬癸");
    for (int i = 0; i < 60; ++i) {
        const bool prefix = i % 3 == 0;
        const QString filler = fillers.left(1 + (i * 7) % 9);
        const QString name = prefix ? QStringLiteral("饼干") + filler : filler + QStringLiteral("饼干");
        const QString sku = QStringLiteral("S%1").arg((i * 37) % 100, 3, 10, QChar(u'0'));
        f.add(sku, name, 100 + i);
        expected.append({prefix, name.size(), sku});
    }
    std::sort(expected.begin(), expected.end(), [](const Expect& a, const Expect& b) {
        if (a.prefix != b.prefix)
            return a.prefix;
        if (a.length != b.length)
            return a.length < b.length;
        return a.sku < b.sku;
    });
    for (int limit : {1, 5, 20, 21, 60}) {
        QStringList want;
        for (int i = 0; i < limit; ++i)
            want << expected[i].sku;
        CHECK(skus(search.search(QStringLiteral("饼干"), limit)) == want);
    }
    // One character: names starting with it first.
    CHECK(skus(search.search(QStringLiteral("饼"), 1)) == QStringList{expected.first().sku});
}

TEST_CASE("Rebuilding the search index reproduces what the catalog wrote", "[catalog][search]")
{
    Shelf s;
    auto snapshot = [&] {
        QStringList rows;
        Statement q = s.t.db().prepare("SELECT term, rank_key, product_id FROM product_terms ORDER BY 1, 2, 3");
        while (q.step())
            rows << q.text(0) + u'|' + q.text(1) + u'|' + QString::number(q.int64(2));
        return rows;
    };
    const QStringList before = snapshot();
    REQUIRE(before.size() > 20);
    CHECK(before.contains(QStringLiteral("p:牛肉|0003JERKY|%1").arg(s.catalog.findBySku(QStringLiteral("JERKY"))->id)));
    s.t.db().exec("DELETE FROM product_terms");
    ProductTermsIndex(s.t.db()).rebuildAll();
    CHECK(snapshot() == before);
    CHECK(skus(s.search.search(QStringLiteral("kl"))) == QStringList{QStringLiteral("COLA")});
}

TEST_CASE("An initials prefix shared by thousands of products still yields the best-ranked first", "[catalog][search]")
{
    CatalogFixture f;
    ProductSearch search{f.t.db(), f.catalog};
    // 5,200 long names whose initials (zgza00001 …) sort before the short name's (zgzz) and are
    // more than the 5,000 index rows a range of initials spellings is read up to: ranked in
    // memory from that range, the shortest name, 中国制造, would not even be read. Written
    // straight to the tables in one transaction (a catalog add per product would take minutes).
    {
        Transaction tx(f.t.db());
        Statement ins = f.t.db().prepare(
            "INSERT INTO products(uuid, sku, name, price_minor, updated_at) VALUES (randomblob(16), ?, ?, 100, '2026-01-01')");
        ProductTermsIndex terms(f.t.db());
        for (int i = 0; i < 5200; ++i) {
            const QString sku = QStringLiteral("A%1").arg(i, 5, 10, QChar(u'0'));
            const QString name = QStringLiteral("中国制安%1").arg(i, 5, 10, QChar(u'0'));
            ins.reset();
            ins.bindAll(sku, name);
            ins.run();
            terms.write(f.t.db().lastInsertRowId(), name, sku, {});
        }
        tx.commit();
    }
    f.add(QStringLiteral("ZZZ"), QStringLiteral("中国制造"), 990);
    const QStringList found = skus(search.search(QStringLiteral("zgz")));
    REQUIRE(found.size() == 20);
    CHECK(found.first() == QStringLiteral("ZZZ"));
    // Then the long names, all of one length, by SKU.
    CHECK(found.mid(1, 3) == QStringList{QStringLiteral("A00000"), QStringLiteral("A00001"), QStringLiteral("A00002")});
    // One letter: the same product leads (the 'h:' term of one initial).
    CHECK(skus(search.search(QStringLiteral("z"), 1)) == QStringList{QStringLiteral("ZZZ")});
}

TEST_CASE("Schema step 15 derives the same initials-prefix terms the catalog writes", "[catalog][search]")
{
    Shelf s;
    auto headTerms = [&] {
        QStringList rows;
        Statement q = s.t.db().prepare("SELECT term, rank_key, product_id FROM product_terms WHERE term LIKE 'h:%' ORDER BY 1, 2, 3");
        while (q.step())
            rows << q.text(0) + u'|' + q.text(1) + u'|' + QString::number(q.int64(2));
        return rows;
    };
    const QStringList written = headTerms();
    const qint64 wine = s.catalog.findBySku(QStringLiteral("WINE"))->id;
    // Both readings of 长 (cháng / zhǎng) start a spelling of 长城干红; the shop's own KL too.
    CHECK(written.contains(QStringLiteral("h:c|0004WINE|%1").arg(wine)));
    CHECK(written.contains(QStringLiteral("h:zcg|0004WINE|%1").arg(wine)));
    CHECK(written.contains(QStringLiteral("h:kl|0004COLA|%1").arg(s.catalog.findBySku(QStringLiteral("COLA"))->id)));
    s.t.db().exec("DELETE FROM product_terms WHERE term LIKE 'h:%'");
    REQUIRE(headTerms().isEmpty());
    Transaction tx(s.t.db());
    initialsHeadTerms(s.t.db());
    tx.commit();
    CHECK(headTerms() == written);
}
