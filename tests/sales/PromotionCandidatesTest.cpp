// PromotionService::candidatesFor finds a cart's promotions with one statement per eight
// products and eight categories; the pricing engine's tie-break needs them in a fixed order:
// product promotions first, then category ones, each by target and then id.

#include "SalesFixture.h"

using namespace patron;
using namespace patron::test;

namespace {

Promotion percentOff(const QString& name, qint64 target, PromotionScope scope)
{
    Promotion p;
    p.name = name;
    p.kind = PromotionKind::Percent;
    p.percentBp = 1000;
    p.scope = scope;
    p.targetId = target;
    return p;
}

} // namespace

TEST_CASE("Promotion candidates: every product and category of a big cart, in tie-break order", "[sales][pricing]")
{
    SalesFixture f;
    // Eleven products in eleven categories: more than one statement's slots for each scope.
    QList<std::pair<Product, qint64>> lines;
    QList<qint64> productIds, categoryIds;
    for (int i = 1; i <= 11; ++i) {
        const Product p = f.product(ProductSpec(QStringLiteral("P%1").arg(i), 100 * i).inCategory(QStringLiteral("类%1").arg(i)));
        lines.append({p, 1000});
        productIds << p.id;
        categoryIds << f.categoryId(QStringLiteral("类%1").arg(i));
    }
    const Product outside = f.product(ProductSpec(QStringLiteral("X"), 100).inCategory(QStringLiteral("其他")));
    // Added in an order unlike the expected one: the category promotions first, newest target first.
    for (int i = 10; i >= 0; --i)
        REQUIRE_OK(f.promotions->add(f.admin(), percentOff(QStringLiteral("c%1").arg(i), categoryIds[i], PromotionScope::Category)));
    for (int i = 10; i >= 0; --i)
        REQUIRE_OK(f.promotions->add(f.admin(), percentOff(QStringLiteral("p%1").arg(i), productIds[i], PromotionScope::Product)));
    auto second = f.promotions->add(f.admin(), percentOff(QStringLiteral("p0-second"), productIds[0], PromotionScope::Product));
    REQUIRE_OK(second);
    auto ended = f.promotions->add(f.admin(), percentOff(QStringLiteral("ended"), productIds[1], PromotionScope::Product));
    REQUIRE_OK(ended);
    REQUIRE_OK(f.promotions->end(f.admin(), ended->id));
    REQUIRE_OK(f.promotions->add(f.admin(), percentOff(QStringLiteral("other"), outside.id, PromotionScope::Product)));
    REQUIRE_OK(f.promotions->add(f.admin(), percentOff(QStringLiteral("other-cat"), f.categoryId(QStringLiteral("其他")),
                                                       PromotionScope::Category)));

    const Cart cart = f.load(f.cart(lines));
    const QList<Promotion> found = f.promotions->candidatesFor(cart);
    QStringList names;
    for (const Promotion& p : found)
        names << p.name;
    // Product ids and category ids grow with i, so target order is i's order; p0's two promotions
    // by id (p0 before p0-second).
    QStringList want;
    for (int i = 0; i <= 10; ++i) {
        want << QStringLiteral("p%1").arg(i);
        if (i == 0)
            want << QStringLiteral("p0-second");
    }
    for (int i = 0; i <= 10; ++i)
        want << QStringLiteral("c%1").arg(i);
    CHECK(names == want);
}

TEST_CASE("Promotion candidates: a cart with products only in no category", "[sales][pricing]")
{
    SalesFixture f;
    const Product a = f.product(QStringLiteral("A1"), 500);
    REQUIRE_OK(f.promotions->add(f.admin(), percentOff(QStringLiteral("a"), a.id, PromotionScope::Product)));
    const QList<Promotion> found = f.promotions->candidatesFor(f.load(f.cart({{a, 1000}})));
    REQUIRE(found.size() == 1);
    CHECK(found.first().name == QStringLiteral("a"));
    CHECK(f.promotions->candidatesFor(Cart()).isEmpty());
}
