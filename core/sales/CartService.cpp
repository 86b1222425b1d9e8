#include "sales/CartService.h"

#include "auth/AuditLog.h"
#include "auth/Permissions.h"
#include "auth/UserService.h"
#include "catalog/ScaleBarcode.h"
#include "common/Clock.h"
#include "money/Money.h"
#include "sales/SalesContext.h"
#include "sales/SalesSettings.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QCoreApplication>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct CartTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Cart)
};

QString priceSourceCode(PriceSource s)
{
    switch (s) {
    case PriceSource::List: return QStringLiteral("list");
    case PriceSource::Override: return QStringLiteral("override");
    case PriceSource::Label: return QStringLiteral("label");
    case PriceSource::Open: return QStringLiteral("open");
    }
    return {};
}

PriceSource priceSourceFromCode(const QString& code)
{
    if (code == u"override")
        return PriceSource::Override;
    if (code == u"label")
        return PriceSource::Label;
    if (code == u"open")
        return PriceSource::Open;
    return PriceSource::List;
}

namespace {

CartStatus statusFromCode(const QString& s)
{
    if (s == u"held")
        return CartStatus::Held;
    if (s == u"completed")
        return CartStatus::Completed;
    if (s == u"voided")
        return CartStatus::Voided;
    return CartStatus::Open;
}

constexpr qint64 kMaxQtyMilli = 100000000;  // 100,000 units: beyond that it is a typing slip

Error noSuchLine(int lineNo) { return {ErrorCode::NotFound, CartTr::tr("The cart has no line %1.").arg(lineNo)}; }

// The scan path's writes: kept prepared, as every scan saves the cart.
template <typename... Args>
void runCached(Database& db, const char* sql, const Args&... args)
{
    Statement s = db.cached(sql);
    s.bindAll(args...);
    s.run();
}

} // namespace

std::optional<Cart> loadCart(Database& db, const Uuid& uuid)
{
    // One statement for the cart and its lines (every scan loads the cart twice and a checkout
    // once): each row repeats the cart's columns, and an empty cart is one row without a line.
    // A flat LEFT JOIN, not LEFT JOIN (cart_lines JOIN products): SQLite 3.15 runs the nested form
    // as a scan of every cart's lines.
    Statement s = db.cached(
        "SELECT c.id, c.status, c.cashier, c.member_id, c.hold_note, c.order_discount_bp, c.order_discount_minor, "
        "c.coupons, c.created_at, c.updated_at, "
        "l.id, l.position, l.product_id, p.sku, p.name, p.unit, coalesce(p.category_id, 0), p.price_minor, "
        "p.member_price_minor, p.cost_minor, p.tax_bp, p.weighed, l.qty_milli, l.price_source, l.unit_price_minor, "
        "l.label_amount_minor, l.discount_bp, l.discount_minor, coalesce(l.scanned_code, ''), coalesce(l.authorized_by, ''), "
        "p.id FROM carts c LEFT JOIN cart_lines l ON l.cart_id = c.id LEFT JOIN products p ON p.id = l.product_id "
        "WHERE c.uuid = ? ORDER BY l.position");
    s.bindBlob(1, uuid.bytes());
    if (!s.step())
        return std::nullopt;
    Cart c;
    c.id = s.int64(0);
    c.uuid = uuid;
    c.status = statusFromCode(s.text(1));
    c.cashier = s.text(2);
    c.memberId = s.optInt64(3);
    c.holdNote = s.text(4);
    c.orderDiscountBp = int(s.int64(5));
    c.orderDiscountMinor = s.int64(6);
    c.coupons = s.text(7).split(u',', Qt::SkipEmptyParts);
    c.createdAt = s.text(8);
    c.updatedAt = s.text(9);
    do {
        // No line (an empty cart), or a line whose product is gone (the inner join this was
        // before left such a line out; foreign keys keep it from happening).
        if (s.isNull(10) || s.isNull(30))
            continue;
        CartLine line;
        line.id = s.int64(10);
        line.position = int(s.int64(11));
        line.productId = s.int64(12);
        line.sku = s.text(13);
        line.name = s.text(14);
        line.unit = s.text(15);
        line.categoryId = s.int64(16);
        line.retailMinor = s.int64(17);
        line.memberPriceMinor = s.optInt64(18);
        line.costMinor = s.int64(19);
        line.taxBp = int(s.int64(20));
        line.weighed = s.int64(21) != 0;
        line.qtyMilli = s.int64(22);
        line.priceSource = priceSourceFromCode(s.text(23));
        line.unitPriceMinor = s.int64(24);
        // A list-priced line keeps the retail price it was scanned at (docs/pricing.md): a price
        // change that takes effect while the cart is open reaches the next line, not this one.
        if (line.priceSource == PriceSource::List)
            line.retailMinor = line.unitPriceMinor;
        line.labelAmountMinor = s.optInt64(25);
        line.discountBp = int(s.int64(26));
        line.discountMinor = s.int64(27);
        line.scannedCode = s.text(28);
        line.authorizedBy = s.text(29);
        c.lines.append(line);
    } while (s.step());
    return c;
}

Result<Cart> CartService::load(const Uuid& cartUuid) const
{
    return guarded([&]() -> Result<Cart> {
        auto c = loadCart(m_ctx.db, cartUuid);
        if (!c)
            return makeError(ErrorCode::NotFound, CartTr::tr("That cart no longer exists."));
        return *c;
    });
}

Result<Cart> CartService::openCart(const Session& cashier)
{
    if (!cashier.can(perm::SaleCreate))
        return makeError(ErrorCode::PermissionDenied, CartTr::tr("%1 may not sell.").arg(cashier.userName));
    return guarded([&]() -> Result<Cart> {
        Statement s = m_ctx.db.cached("SELECT uuid FROM carts WHERE status = 'open' AND cashier = ? ORDER BY id DESC LIMIT 1");
        s.bind(1, cashier.userName);
        if (s.step()) {
            const Uuid u = Uuid::fromBytes(s.blob(0));
            s.reset();
            return *loadCart(m_ctx.db, u);
        }
        s.reset();
        Transaction tx(m_ctx.db);
        const QDateTime now = m_ctx.clock.now();
        const Uuid uuid = Uuid::v7(now.toMSecsSinceEpoch());
        m_ctx.db.execute("INSERT INTO carts(uuid, status, cashier, created_at, updated_at) VALUES (?, 'open', ?, ?, ?)",
                         uuid.bytes(), cashier.userName, isoWithOffset(now), isoWithOffset(now));
        tx.commit();
        return *loadCart(m_ctx.db, uuid);
    });
}

template <typename Fn>
Result<Cart> CartService::change(const Uuid& cartUuid, Fn&& fn)
{
    return guarded([&]() -> Result<Cart> {
        Transaction tx(m_ctx.db);
        auto cart = loadCart(m_ctx.db, cartUuid);
        if (!cart)
            return makeError(ErrorCode::NotFound, CartTr::tr("That cart no longer exists."));
        if (cart->status != CartStatus::Open)
            return makeError(ErrorCode::Conflict, CartTr::tr("This cart is no longer open (it was paid, held or voided)."));
        Result<void> r = fn(*cart);
        if (!r)
            return r.error();
        // OR FAIL: a one-row update needs no statement journal (see SalesSummary.cpp); every scan runs it.
        runCached(m_ctx.db, "UPDATE OR FAIL carts SET updated_at = ? WHERE id = ?", isoWithOffset(m_ctx.clock.now()),
                  cart->id);
        tx.commit();
        return *loadCart(m_ctx.db, cartUuid);
    });
}

Result<Cart> CartService::addProduct(const Uuid& cartUuid, const Product& product, qint64 qtyMilli,
                                     std::optional<qint64> price, const QString& scannedCode)
{
    if (!product.active)
        return makeError(ErrorCode::Refused, CartTr::tr("%1 is not for sale (inactive).").arg(product.name));
    if (qtyMilli <= 0 || qtyMilli > kMaxQtyMilli)
        return makeError(ErrorCode::InvalidInput, CartTr::tr("The quantity must be more than 0 and at most 100000."));
    if (!product.weighed && qtyMilli % 1000 != 0)
        return makeError(ErrorCode::InvalidInput, CartTr::tr("%1 is sold by the piece: the quantity must be whole.").arg(product.name));
    if (product.openPrice && !price)
        return makeError(ErrorCode::InvalidInput, CartTr::tr("%1 has an open price: enter the price.").arg(product.name));
    if (price && *price < 0)
        return makeError(ErrorCode::InvalidInput, CartTr::tr("A price cannot be negative."));
    return change(cartUuid, [&](Cart& cart) -> Result<void> {
        const PriceSource source = product.openPrice ? PriceSource::Open : PriceSource::List;
        if (source == PriceSource::List && !product.weighed) {
            for (const CartLine& l : cart.lines) {
                if (l.productId == product.id && l.priceSource == PriceSource::List && l.discountBp == 0
                    && l.discountMinor == 0) {
                    if (l.qtyMilli + qtyMilli > kMaxQtyMilli)
                        return makeError(ErrorCode::InvalidInput, CartTr::tr("The quantity must be more than 0 and at most 100000."));
                    runCached(m_ctx.db, "UPDATE OR FAIL cart_lines SET qty_milli = qty_milli + ? WHERE id = ?", qtyMilli,
                              l.id);
                    return {};
                }
            }
        }
        const int position = cart.lines.isEmpty() ? 1 : cart.lines.last().position + 1;
        runCached(m_ctx.db, "INSERT INTO cart_lines(cart_id, position, product_id, qty_milli, price_source, unit_price_minor, "
                            "scanned_code) VALUES (?, ?, ?, ?, ?, ?, ?)",
                  cart.id, qint64(position), product.id, qtyMilli, priceSourceCode(source),
                  price.value_or(product.priceMinor), scannedCode.isEmpty() ? QString() : scannedCode);
        return {};
    });
}

Result<Cart> CartService::addScaleLabel(const Uuid& cartUuid, const Product& product, const ScaleLabel& label)
{
    if (!product.active)
        return makeError(ErrorCode::Refused, CartTr::tr("%1 is not for sale (inactive).").arg(product.name));
    qint64 qty = label.weightMilli.value_or(1000);
    if (qty <= 0)
        return makeError(ErrorCode::InvalidInput, CartTr::tr("The scale label shows no weight."));
    std::optional<qint64> amount = label.amountMinor;
    if (!amount)
        amount = multiplyMilli(product.priceMinor, qty);  // weight-only label: the till prices it
    return change(cartUuid, [&](Cart& cart) -> Result<void> {
        const int position = cart.lines.isEmpty() ? 1 : cart.lines.last().position + 1;
        m_ctx.db.execute("INSERT INTO cart_lines(cart_id, position, product_id, qty_milli, price_source, unit_price_minor, "
                         "label_amount_minor, scanned_code) VALUES (?, ?, ?, ?, 'label', ?, ?, ?)",
                         cart.id, qint64(position), product.id, qty, product.priceMinor, *amount, label.code);
        return {};
    });
}

Result<Cart> CartService::setQuantity(const Uuid& cartUuid, int lineNo, qint64 qtyMilli)
{
    if (qtyMilli <= 0 || qtyMilli > kMaxQtyMilli)
        return makeError(ErrorCode::InvalidInput, CartTr::tr("The quantity must be more than 0 and at most 100000."));
    return change(cartUuid, [&](Cart& cart) -> Result<void> {
        if (lineNo < 1 || lineNo > cart.lines.size())
            return noSuchLine(lineNo);
        const CartLine& l = cart.lines[lineNo - 1];
        if (l.priceSource == PriceSource::Label)
            return makeError(ErrorCode::Refused, CartTr::tr("A scale label's quantity comes from the label; remove the line instead."));
        if (!l.weighed && qtyMilli % 1000 != 0)
            return makeError(ErrorCode::InvalidInput, CartTr::tr("%1 is sold by the piece: the quantity must be whole.").arg(l.name));
        m_ctx.db.execute("UPDATE cart_lines SET qty_milli = ? WHERE id = ?", qtyMilli, l.id);
        return {};
    });
}

Result<Cart> CartService::removeLine(const Uuid& cartUuid, int lineNo)
{
    return change(cartUuid, [&](Cart& cart) -> Result<void> {
        if (lineNo < 1 || lineNo > cart.lines.size())
            return noSuchLine(lineNo);
        m_ctx.db.execute("DELETE FROM cart_lines WHERE id = ?", cart.lines[lineNo - 1].id);
        return {};
    });
}

Result<Cart> CartService::overridePrice(const Uuid& cartUuid, int lineNo, qint64 unitPriceMinor, const Session& authorizer)
{
    if (!authorizer.can(perm::PriceOverride))
        return makeError(ErrorCode::PermissionDenied,
                         CartTr::tr("A price override needs a supervisor or manager (permission price.override)."));
    if (unitPriceMinor < 0)
        return makeError(ErrorCode::InvalidInput, CartTr::tr("A price cannot be negative."));
    return change(cartUuid, [&](Cart& cart) -> Result<void> {
        if (lineNo < 1 || lineNo > cart.lines.size())
            return noSuchLine(lineNo);
        const CartLine& l = cart.lines[lineNo - 1];
        m_ctx.db.execute("UPDATE cart_lines SET price_source = 'override', unit_price_minor = ?, label_amount_minor = NULL, "
                         "authorized_by = ? WHERE id = ?",
                         unitPriceMinor, authorizer.userName, l.id);
        m_ctx.audit.append(authorizer.userName, QStringLiteral("price.override"), l.sku,
                           {{QStringLiteral("from_minor"), l.retailMinor}, {QStringLiteral("to_minor"), unitPriceMinor}});
        return {};
    });
}

Result<void> CartService::checkDiscount(int bp, qint64 minor, qint64 baseMinor, const Session& authorizer) const
{
    if (bp < 0 || bp > 10000 || minor < 0)
        return makeError(ErrorCode::InvalidInput, CartTr::tr("A discount is between 0% and 100%, and not negative."));
    const SalesSettings settings = SalesSettings::load(StoreSettings(m_ctx.db, m_ctx.clock));
    const qint64 effectiveBp = baseMinor > 0 ? bp + (minor * 10000 + baseMinor - 1) / baseMinor : bp;
    if (effectiveBp > settings.maxDiscountBp && !authorizer.can(perm::DiscountOverride))
        return makeError(ErrorCode::PermissionDenied,
                         CartTr::tr("A discount over %1% needs a supervisor or manager (permission discount.override).")
                             .arg(settings.maxDiscountBp / 100.0, 0, 'f', settings.maxDiscountBp % 100 ? 2 : 0));
    return {};
}

Result<Cart> CartService::setLineDiscount(const Uuid& cartUuid, int lineNo, int bp, qint64 minor, const Session& authorizer)
{
    return change(cartUuid, [&](Cart& cart) -> Result<void> {
        if (lineNo < 1 || lineNo > cart.lines.size())
            return noSuchLine(lineNo);
        const CartLine& l = cart.lines[lineNo - 1];
        const qint64 base = l.labelAmountMinor.value_or(multiplyMilli(l.priceSource == PriceSource::List ? l.retailMinor : l.unitPriceMinor, l.qtyMilli));
        PATRON_TRY(checkDiscount(bp, minor, base, authorizer));
        m_ctx.db.execute("UPDATE cart_lines SET discount_bp = ?, discount_minor = ?, authorized_by = ? WHERE id = ?",
                         qint64(bp), minor, authorizer.userName, l.id);
        m_ctx.audit.append(authorizer.userName, QStringLiteral("discount.line"), l.sku,
                           {{QStringLiteral("bp"), bp}, {QStringLiteral("minor"), minor}});
        return {};
    });
}

Result<Cart> CartService::setOrderDiscount(const Uuid& cartUuid, int bp, qint64 minor, const Session& authorizer)
{
    return change(cartUuid, [&](Cart& cart) -> Result<void> {
        qint64 base = 0;
        for (const CartLine& l : cart.lines)
            base += l.labelAmountMinor.value_or(multiplyMilli(l.priceSource == PriceSource::List ? l.retailMinor : l.unitPriceMinor, l.qtyMilli));
        PATRON_TRY(checkDiscount(bp, minor, base, authorizer));
        m_ctx.db.execute("UPDATE carts SET order_discount_bp = ?, order_discount_minor = ? WHERE id = ?", qint64(bp), minor, cart.id);
        m_ctx.audit.append(authorizer.userName, QStringLiteral("discount.order"), cart.uuid.toString(),
                           {{QStringLiteral("bp"), bp}, {QStringLiteral("minor"), minor}});
        return {};
    });
}

Result<Cart> CartService::attachMember(const Uuid& cartUuid, std::optional<qint64> memberId)
{
    return change(cartUuid, [&](Cart& cart) -> Result<void> {
        m_ctx.db.execute("UPDATE carts SET member_id = ? WHERE id = ?", memberId, cart.id);
        if (!memberId)
            m_ctx.db.execute("UPDATE carts SET coupons = '' WHERE id = ?", cart.id);  // coupons belong to the member
        return {};
    });
}

Result<Cart> CartService::setCoupons(const Uuid& cartUuid, const QStringList& codes)
{
    return change(cartUuid, [&](Cart& cart) -> Result<void> {
        if (!codes.isEmpty() && !cart.memberId)
            return makeError(ErrorCode::Refused, CartTr::tr("Attach the member first: coupons belong to a member."));
        // join() of no codes is a null string, which would bind as NULL (the column is NOT NULL).
        const QString joined = codes.isEmpty() ? QStringLiteral("") : codes.join(u',');
        m_ctx.db.execute("UPDATE carts SET coupons = ? WHERE id = ?", joined, cart.id);
        return {};
    });
}

Result<void> CartService::hold(const Uuid& cartUuid, const QString& note)
{
    auto r = change(cartUuid, [&](Cart& cart) -> Result<void> {
        if (cart.isEmpty())
            return makeError(ErrorCode::Refused, CartTr::tr("An empty cart cannot be held."));
        m_ctx.db.execute("UPDATE carts SET status = 'held', hold_note = ? WHERE id = ?", note.trimmed(), cart.id);
        return {};
    });
    if (!r)
        return r.error();
    return {};
}

Result<Cart> CartService::resume(const Session& cashier, const Uuid& heldCart)
{
    return guarded([&]() -> Result<Cart> {
        Transaction tx(m_ctx.db);
        auto held = loadCart(m_ctx.db, heldCart);
        if (!held || held->status != CartStatus::Held)
            return makeError(ErrorCode::NotFound, CartTr::tr("That held sale is no longer waiting (already resumed or paid)."));
        // The current open cart: held if it has lines, dropped if empty.
        Statement open = m_ctx.db.prepare("SELECT id, (SELECT count(*) FROM cart_lines WHERE cart_id = carts.id) FROM carts "
                                          "WHERE status = 'open' AND cashier = ?");
        open.bind(1, cashier.userName);
        QList<std::pair<qint64, qint64>> current;
        while (open.step())
            current.append({open.int64(0), open.int64(1)});
        open = Statement();
        for (const auto& [id, lines] : current) {
            if (lines > 0)
                m_ctx.db.execute("UPDATE carts SET status = 'held', hold_note = '' WHERE id = ?", id);
            else
                m_ctx.db.execute("DELETE FROM carts WHERE id = ?", id);
        }
        m_ctx.db.execute("UPDATE carts SET status = 'open', cashier = ?, updated_at = ? WHERE id = ?", cashier.userName,
                         isoWithOffset(m_ctx.clock.now()), held->id);
        tx.commit();
        return *loadCart(m_ctx.db, heldCart);
    });
}

Result<QList<Cart>> CartService::held() const
{
    return guarded([&] {
        QList<Cart> out;
        QList<Uuid> ids;
        Statement s = m_ctx.db.prepare("SELECT uuid FROM carts WHERE status = 'held' ORDER BY updated_at");
        while (s.step())
            ids << Uuid::fromBytes(s.blob(0));
        for (const Uuid& u : ids)
            out << *loadCart(m_ctx.db, u);
        return out;
    });
}

Result<void> CartService::voidCart(const Uuid& cartUuid, const Session& authorizer, const QString& reason)
{
    return guarded([&]() -> Result<void> {
        Transaction tx(m_ctx.db);
        auto cart = loadCart(m_ctx.db, cartUuid);
        if (!cart || (cart->status != CartStatus::Open && cart->status != CartStatus::Held))
            return makeError(ErrorCode::Conflict, CartTr::tr("This cart cannot be voided (it was paid or voided already)."));
        if (!cart->isEmpty() && !authorizer.can(perm::SaleVoid))
            return makeError(ErrorCode::PermissionDenied, CartTr::tr("Voiding a sale needs a supervisor or manager (permission sale.void)."));
        m_ctx.db.execute("UPDATE carts SET status = 'voided', updated_at = ? WHERE id = ?", isoWithOffset(m_ctx.clock.now()), cart->id);
        m_ctx.audit.append(authorizer.userName, QStringLiteral("sale.void"), cart->uuid.toString(),
                           {{QStringLiteral("lines"), int(cart->lines.size())}, {QStringLiteral("reason"), reason}});
        tx.commit();
        return {};
    });
}

Result<void> CartService::discard(const Uuid& cartUuid, const Session& actor)
{
    return guarded([&]() -> Result<void> {
        Transaction tx(m_ctx.db);
        auto cart = loadCart(m_ctx.db, cartUuid);
        if (!cart || cart->status != CartStatus::Open)
            return makeError(ErrorCode::Conflict, CartTr::tr("Only an open cart can be discarded."));
        m_ctx.db.execute("DELETE FROM carts WHERE id = ?", cart->id);
        m_ctx.audit.append(actor.userName, QStringLiteral("cart.discard"), cart->uuid.toString(),
                           {{QStringLiteral("lines"), int(cart->lines.size())}});
        tx.commit();
        return {};
    });
}

} // namespace patron
