#pragma once
// The open cart and held carts (挂单/取单), stored in the database and saved on every change, so
// a power cut or a restart loses nothing. Permission checks happen here: a price override needs
// price.override, a discount over the store's limit needs discount.override (either the
// cashier's own or a manager's override session), voiding a cart needs sale.void.

#include "catalog/Product.h"
#include "common/Result.h"
#include "sales/Cart.h"

#include <QList>

namespace patron {

struct SalesContext;
struct ScaleLabel;
struct Session;

class CartService {
public:
    explicit CartService(SalesContext& ctx) : m_ctx(ctx) {}

    // The cashier's open cart, created when there is none.
    Result<Cart> openCart(const Session& cashier);
    Result<Cart> load(const Uuid& cartUuid) const;

    // Adds a product. The same list-priced, undiscounted, non-weighed product already in the cart
    // gets its quantity raised instead of a new line. Open-price products need `price`.
    Result<Cart> addProduct(const Uuid& cart, const Product& product, qint64 qtyMilli,
                            std::optional<qint64> price = std::nullopt, const QString& scannedCode = {});
    // A scale label: the label's amount (and weight) make the line.
    Result<Cart> addScaleLabel(const Uuid& cart, const Product& product, const ScaleLabel& label);
    Result<Cart> setQuantity(const Uuid& cart, int lineNo, qint64 qtyMilli);
    Result<Cart> removeLine(const Uuid& cart, int lineNo);
    Result<Cart> overridePrice(const Uuid& cart, int lineNo, qint64 unitPriceMinor, const Session& authorizer);
    Result<Cart> setLineDiscount(const Uuid& cart, int lineNo, int bp, qint64 minor, const Session& authorizer);
    Result<Cart> setOrderDiscount(const Uuid& cart, int bp, qint64 minor, const Session& authorizer);
    Result<Cart> attachMember(const Uuid& cart, std::optional<qint64> memberId);
    Result<Cart> setCoupons(const Uuid& cart, const QStringList& codes);

    Result<void> hold(const Uuid& cart, const QString& note);
    // Resumes a held cart as the open one; the cashier's current open cart, if it has lines, is
    // held first so nothing is lost.
    Result<Cart> resume(const Session& cashier, const Uuid& heldCart);
    Result<QList<Cart>> held() const;
    Result<void> voidCart(const Uuid& cart, const Session& authorizer, const QString& reason);
    // Drops an open cart that a script built and could not pay for (nothing was sold, nothing
    // is owed); audited as cart.discard.
    Result<void> discard(const Uuid& cart, const Session& actor);

private:
    template <typename Fn>
    Result<Cart> change(const Uuid& cart, Fn&& fn);
    Result<void> checkDiscount(int bp, qint64 minor, qint64 baseMinor, const Session& authorizer) const;

    SalesContext& m_ctx;
};

// Loads a cart with its lines (and the product facts pricing needs). Inside any transaction.
std::optional<Cart> loadCart(class Database& db, const Uuid& uuid);

} // namespace patron
