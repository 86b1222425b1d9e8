#pragma once
// A fresh store with the catalog, the members engine behind MembersLoyalty and every selling
// service over one SalesContext, a manual clock, three signed-in users (cashier, supervisor,
// manager) and helpers that add products, members and open a shift. reopen() closes the store
// and builds everything again on the reopened file, as a restart of the till would.

#include "TempStore.h"
#include "TestEnv.h"

#include "catalog/ProductCatalog.h"
#include "members/MembersLoyalty.h"
#include "members/MembersModule.h"
#include "sales/CartService.h"
#include "sales/CheckoutService.h"
#include "sales/PromotionService.h"
#include "sales/ReturnService.h"
#include "sales/SalesContext.h"
#include "sales/ShiftService.h"

#include <memory>

namespace patron::test {

// The loyalty rules the sales tests use (documented inline in SalesFixture.cpp).
QJsonObject salesRules();

// A product to add, built up with setters: ProductSpec("A1", 1000).memberPrice(800).category("饮料").
struct ProductSpec {
    ProductSpec(QString skuCode, qint64 price) : sku(std::move(skuCode)), priceMinor(price) {}
    ProductSpec& memberPrice(qint64 v) { memberPriceMinor = v; return *this; }
    ProductSpec& inCategory(const QString& path) { category = path; return *this; }
    ProductSpec& byWeight() { weighed = true; return *this; }
    ProductSpec& cost(qint64 v) { costMinor = v; return *this; }
    ProductSpec& withUnit(const QString& u) { unit = u; return *this; }

    QString sku;
    qint64 priceMinor = 0;
    std::optional<qint64> memberPriceMinor;
    QString category;        // path, e.g. "饮料"
    bool weighed = false;
    qint64 costMinor = 0;
    QString unit;            // weighed goods default to "kg"
};

class SalesFixture {
public:
    SalesFixture();
    ~SalesFixture();

    TempStore ts;
    std::unique_ptr<ProductCatalog> catalog;
    std::unique_ptr<MembersModule> members;
    std::unique_ptr<MembersLoyalty> loyalty;
    std::unique_ptr<SalesContext> ctx;
    std::unique_ptr<CartService> carts;
    std::unique_ptr<PromotionService> promotions;
    std::unique_ptr<CheckoutService> checkout;
    std::unique_ptr<ReturnService> returns;
    std::unique_ptr<ShiftService> shifts;

    Session cashier, supervisor, manager;

    Database& db() { return ts.db(); }
    ManualClock& clock() { return ts.clock(); }
    const Session& admin() const { return ts.admin(); }

    // Closes the store and opens it again; every service is rebuilt on the new connection.
    void reopen();
    // Drops the services and closes the store (another process may open it); reopen() after.
    void closeStore();

    Product product(const ProductSpec& spec);
    Product product(const QString& sku, qint64 priceMinor) { return product(ProductSpec(sku, priceMinor)); }
    qint64 categoryId(const QString& path);
    Member member(const QString& mobile, const QString& name = QStringLiteral("张三"));
    Member reloadMember(qint64 id);
    void topUp(qint64 memberId, qint64 amountMinor);
    void givePoints(qint64 memberId, qint64 points);
    // Issues a coupon of the template to the member; returns the code the cart takes.
    QString coupon(qint64 memberId, const QString& templateCode);

    Shift openShift(qint64 floatMinor = 20000);
    void setting(const QString& key, const QString& value);

    // A new open cart for the cashier holding `lines` (product, quantity in thousandths).
    Uuid cart(const QList<std::pair<Product, qint64>>& lines);
    Uuid openCart();
    Cart load(const Uuid& cart);
    Quote quote(const Uuid& cart);
    // Pays and REQUIREs success.
    SaleResult pay(const Uuid& cart, const QList<TenderInput>& tenders);

    template <typename... Args>
    qint64 scalar(const char* sql, const Args&... args)
    {
        return db().queryInt64(sql, args...).value_or(0);
    }

private:
    void build();
    Session user(const QString& name, const QString& role);
};

TenderInput cash(qint64 minor);
TenderInput card(qint64 minor);
TenderInput wallet(qint64 minor);
TenderInput points(qint64 points);

} // namespace patron::test
