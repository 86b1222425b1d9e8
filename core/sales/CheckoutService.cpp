#include "sales/CheckoutService.h"

#include "auth/AuditLog.h"
#include "auth/Permissions.h"
#include "auth/UserService.h"
#include "common/Clock.h"
#include "common/JsonWriter.h"
#include "money/Allocation.h"
#include "sales/BusinessDay.h"
#include "sales/Cart.h"
#include "sales/CartService.h"
#include "sales/LineShares.h"
#include "sales/PromotionService.h"
#include "sales/ReceiptNumbers.h"
#include "sales/SaleCompletedEvent.h"
#include "sales/SalesContext.h"
#include "sales/SalesSettings.h"
#include "sales/SalesSummary.h"
#include "sales/ShiftService.h"
#include "sales/receipt/ReceiptDocument.h"
#include "store/Database.h"
#include "store/StoreSettings.h"
#include "sync/ResyncGate.h"
#include "sync/SyncConfig.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QJsonDocument>

#include <algorithm>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct CheckoutTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Checkout)
};

namespace {

// Allocation order: what has a fixed amount first, cash last (it takes what is left and gives change).
int tenderOrder(TenderKind k)
{
    switch (k) {
    case TenderKind::Points: return 0;
    case TenderKind::Wallet: return 1;
    case TenderKind::Voucher: return 2;
    case TenderKind::Card: return 3;
    case TenderKind::WeChat: return 4;
    case TenderKind::Alipay: return 5;
    case TenderKind::Cash: return 6;
    }
    return 7;
}

struct Payment {
    TenderKind kind = TenderKind::Cash;
    qint64 amountMinor = 0;     // applied to the sale
    qint64 tenderedMinor = 0;
    qint64 points = 0;
    QString reference;
    QList<qint64> lineShares;   // per priced line
    QList<qint64> linePoints;
};

// What the receipt's member block shows, kept on the sale for a reprint (findSale reads it back).
QByteArray loyaltyJson(const LoyaltyOutcome& o)
{
    using L = QLatin1StringView;
    JsonWriter w;
    w.beginObject()
        .field(L("has_wallet"), o.hasWallet)
        .field(L("masked_mobile"), o.maskedMobile)
        .field(L("points_balance"), o.pointsBalance)
        .field(L("points_earned"), o.pointsEarned)
        .field(L("points_used"), o.pointsUsed)
        .field(L("tier"), o.tierName)
        .field(L("wallet_balance_minor"), o.walletBalanceMinor)
        .field(L("wallet_used_minor"), o.walletUsedMinor)
        .endObject();
    return w.take();
}

QString money(qint64 minor, const QString& currency) { return Money(minor, currency).toDisplayString(); }

} // namespace

std::optional<SaleResult> findSale(Database& db, const Uuid& uuid)
{
    Statement s = db.cached("SELECT id, receipt_no, total_minor, change_minor, loyalty FROM sales WHERE uuid = ?");
    s.bindBlob(1, uuid.bytes());
    if (!s.step())
        return std::nullopt;
    SaleResult r;
    r.saleId = s.int64(0);
    r.uuid = uuid;
    r.receiptNo = s.text(1);
    r.totalMinor = s.int64(2);
    r.changeMinor = s.int64(3);
    r.alreadyPaid = true;
    const QJsonObject l = QJsonDocument::fromJson(s.text(4).toUtf8()).object();
    // The whole member block (loyaltyJson), so a receipt printed from a repeated pay shows what
    // the first one did.
    r.loyalty.tierName = l.value(QStringLiteral("tier")).toString();
    r.loyalty.maskedMobile = l.value(QStringLiteral("masked_mobile")).toString();
    r.loyalty.pointsEarned = l.value(QStringLiteral("points_earned")).toInteger();
    r.loyalty.pointsUsed = l.value(QStringLiteral("points_used")).toInteger();
    r.loyalty.pointsBalance = l.value(QStringLiteral("points_balance")).toInteger();
    r.loyalty.walletUsedMinor = l.value(QStringLiteral("wallet_used_minor")).toInteger();
    r.loyalty.walletBalanceMinor = l.value(QStringLiteral("wallet_balance_minor")).toInteger();
    r.loyalty.hasWallet = l.value(QStringLiteral("has_wallet")).toBool();
    s.reset();
    r.cashPaid = db.queryInt64("SELECT count(*) FROM sale_payments WHERE sale_id = ? AND tender = 'cash'", r.saleId).value_or(0) > 0;
    return r;
}

Result<Quote> CheckoutService::quoteCart(const Cart& cart, CashRounding rounding)
{
    Quote q;
    PricingInput in;
    in.cart = &cart;
    in.at = m_ctx.clock.now();
    in.rounding = rounding;
    if (cart.memberId)
        q.member = m_ctx.loyalty.pricingFor(*cart.memberId);
    in.member = q.member;
    in.promotions = PromotionService(m_ctx).candidatesFor(cart);
    q.priced = PricingEngine::priceLines(in);
    QList<std::pair<QString, qint64>> coupons;
    if (cart.memberId && !cart.coupons.isEmpty()) {
        QList<LoyaltyLine> lines;
        for (const PricedLine& pl : q.priced.lines) {
            const CartLine& cl = cart.lines[pl.cartIndex];
            lines.append({pl.lineNo, cl.productId, cl.sku, cl.categoryId, cl.qtyMilli, pl.afterLineMinor, 0, 0, 0});
        }
        for (const QString& code : cart.coupons) {
            auto d = m_ctx.loyalty.couponDiscount(*cart.memberId, code, lines);
            if (d)
                coupons.append({code, *d});
            else
                q.couponProblems.append({code, d.message()});
        }
    }
    PricingEngine::applyOrderLevel(q.priced, cart, coupons, in.rounding);
    return q;
}

Result<Quote> CheckoutService::quote(const Uuid& cartUuid)
{
    return guarded([&]() -> Result<Quote> {
        auto cart = loadCart(m_ctx.db, cartUuid);
        if (!cart)
            return makeError(ErrorCode::NotFound, CheckoutTr::tr("That cart no longer exists."));
        return quoteCart(*cart, SalesSettings::load(StoreSettings(m_ctx.db, m_ctx.clock)).rounding);
    });
}

Result<SaleResult> CheckoutService::pay(const Session& cashier, const Uuid& cartUuid, const QList<TenderInput>& tenders)
{
    if (!cashier.can(perm::SaleCreate))
        return makeError(ErrorCode::PermissionDenied, CheckoutTr::tr("%1 may not sell.").arg(cashier.userName));
    const QString currency = m_ctx.identity.currency;
    return guarded([&]() -> Result<SaleResult> {
        // Idempotent: a cart already paid answers with its sale.
        if (auto done = findSale(m_ctx.db, cartUuid))
            return *done;
        auto cart = loadCart(m_ctx.db, cartUuid);
        if (!cart)
            return makeError(ErrorCode::NotFound, CheckoutTr::tr("That cart no longer exists."));
        if (cart->status != CartStatus::Open)
            return makeError(ErrorCode::Conflict, CheckoutTr::tr("This cart is not open for payment (held or voided)."));
        if (cart->isEmpty())
            return makeError(ErrorCode::Refused, CheckoutTr::tr("The cart is empty."));
        // One reading of the settings serves the price and the sale: the total the tenders were
        // checked against is rounded by the same rule the sale is recorded under. It is one
        // statement, and read for every sale, so a setting changed by another process (patron-cli,
        // the sync worker) applies to the next sale.
        static const QStringList saleSettingKeys = SalesSettings::keys() + SyncConfig::keys();
        const SettingsSnapshot storeSettings = StoreSettings(m_ctx.db, m_ctx.clock).read(saleSettingKeys);
        const SalesSettings settings = SalesSettings::from(storeSettings);
        auto quoted = quoteCart(*cart, settings.rounding);
        if (!quoted)
            return quoted.error();
        if (!quoted->couponProblems.isEmpty())
            return makeError(ErrorCode::Refused, CheckoutTr::tr("Coupon %1: %2")
                                                     .arg(quoted->couponProblems.first().first, quoted->couponProblems.first().second));
        const PricedCart& priced = quoted->priced;
        const qint64 total = priced.totalMinor;
        const qint64 memberId = cart->memberId.value_or(0);

        // Tenders: validate and put in allocation order.
        QList<Payment> payments;
        qint64 nonCash = 0, cashTendered = 0, walletMinor = 0;
        for (const TenderInput& t : tenders) {
            Payment p;
            p.kind = t.kind;
            p.reference = t.reference.trimmed();
            if (t.kind == TenderKind::Points) {
                if (!memberId)
                    return makeError(ErrorCode::Refused, CheckoutTr::tr("Points can only be used with a member attached."));
                if (t.points <= 0)
                    return makeError(ErrorCode::InvalidInput, CheckoutTr::tr("Enter how many points to use."));
                auto value = m_ctx.loyalty.pointsValue(memberId, t.points, total);
                if (!value)
                    return value.error();
                p.points = t.points;
                p.amountMinor = p.tenderedMinor = *value;
            } else {
                if (t.amountMinor <= 0)
                    return makeError(ErrorCode::InvalidInput, CheckoutTr::tr("A payment amount must be more than zero."));
                p.amountMinor = p.tenderedMinor = t.amountMinor;
                if (t.kind == TenderKind::Wallet) {
                    if (!memberId)
                        return makeError(ErrorCode::Refused, CheckoutTr::tr("Stored value can only be used with a member attached."));
                    walletMinor += t.amountMinor;
                }
            }
            if (t.kind == TenderKind::Cash)
                cashTendered += p.amountMinor;
            else
                nonCash += p.amountMinor;
            payments.append(p);
        }
        // Reserved once for the sale (head office holds it by the sale's UUID), before the
        // transaction: a till joined to head office may wait up to 3 s for the answer, and must
        // not hold its writer (scans, other sales) meanwhile. A sale that then does not complete
        // lets the hold go (the guard runs after the transaction below rolled back).
        bool completed = false;
        auto releaseUnlessCompleted = qScopeGuard([&] {
            if (walletMinor > 0 && !completed)
                m_ctx.loyalty.releaseWallet(cartUuid);
        });
        if (walletMinor > 0)
            PATRON_TRY(m_ctx.loyalty.reserveWallet(memberId, walletMinor, cartUuid));
        if (nonCash > total)
            return makeError(ErrorCode::Refused, CheckoutTr::tr("Only cash can be more than the amount due (%1); the other payments come to %2.")
                                                     .arg(money(total, currency), money(nonCash, currency)));
        const qint64 cashDue = total - nonCash;
        if (cashTendered < cashDue)
            return makeError(ErrorCode::Refused, CheckoutTr::tr("%1 is still due.").arg(money(cashDue - cashTendered, currency)));
        if (cashTendered > 0 && cashDue == 0)
            return makeError(ErrorCode::Refused, CheckoutTr::tr("Nothing is left to pay in cash."));
        // One cash payment: applied = what was due in cash, the rest is change.
        QList<Payment> merged;
        Payment cash;
        cash.kind = TenderKind::Cash;
        for (const Payment& p : payments) {
            if (p.kind == TenderKind::Cash)
                cash.tenderedMinor += p.tenderedMinor;
            else
                merged.append(p);
        }
        if (cash.tenderedMinor > 0) {
            cash.amountMinor = cashDue;
            merged.append(cash);
        }
        std::stable_sort(merged.begin(), merged.end(), [](const Payment& a, const Payment& b) { return tenderOrder(a.kind) < tenderOrder(b.kind); });
        const qint64 change = cash.tenderedMinor - (cash.tenderedMinor > 0 ? cashDue : 0);

        // Each line's share of each payment: largest remainder over what each line still owes;
        // the last payment takes exactly what is left, so lines and payments both add up.
        QList<qint64> owed;
        for (const PricedLine& l : priced.lines)
            owed << l.netMinor;
        for (qsizetype i = 0; i < merged.size(); ++i) {
            Payment& p = merged[i];
            if (i + 1 == merged.size())
                p.lineShares = owed;
            else
                p.lineShares = allocateLargestRemainder(p.amountMinor, owed);
            for (qsizetype j = 0; j < owed.size(); ++j)
                owed[j] -= p.lineShares[j];
            p.linePoints = p.points ? allocateLargestRemainder(p.points, p.lineShares) : QList<qint64>(owed.size(), 0);
        }

        Transaction tx(m_ctx.db);
        if (auto done = findSale(m_ctx.db, cartUuid)) {  // paid meanwhile by another process
            completed = true;  // its spend, under the same sale UUID, is what the hold is for
            return *done;
        }
        // A restored till joined to head office sells again only after it has re-pulled what
        // head office already has (its later sales, points and stored value). Whether it is joined
        // comes from the settings read before the transaction; a till with a re-pull pending reads
        // the address again here, so a join committed in between (patron-cli) is not missed.
        const ResyncGate gate(m_ctx.db);
        bool joined = SyncConfig::connectInfoFrom(storeSettings).has_value();
        if (!joined && gate.pending()) {
            StoreSettings live(m_ctx.db, m_ctx.clock);
            joined = SyncConfig(live).connectInfo().has_value();
        }
        PATRON_TRY(gate.checkCanSell(joined));
        const auto shift = openShift(m_ctx.db);
        if (settings.requireShift && !shift)
            return makeError(ErrorCode::Refused, CheckoutTr::tr("Open a shift before selling (shift open)."));
        const QDateTime now = m_ctx.clock.now();
        // Converted once: each conversion of a local time asks the C library for the zone again.
        const qint64 nowMs = now.toMSecsSinceEpoch();
        const QString soldAt = isoWithOffset(now);
        const QDate day = currentBusinessDay(m_ctx.db, now, settings.dayCutoffHour);
        const QString receiptNo = nextReceiptNumber(m_ctx.db, m_ctx.identity.storeCode, m_ctx.identity.tillCode, m_ctx.receiptEpoch);

        // The member's part first: what it returns is the receipt's member block, kept on the
        // sale row, so the row is written once with it. It refers to the sale by UUID only.
        LoyaltyOutcome outcome;
        qint64 saleMemberId = memberId;  // the member the sale is booked to (see LoyaltyOutcome)
        if (memberId) {
            SaleLoyaltyFacts facts;
            facts.saleUuid = cartUuid.toString();
            facts.receiptNo = receiptNo;
            facts.memberId = memberId;
            facts.totalMinor = total;
            for (const auto& [code, d] : priced.coupons)
                facts.coupons << code;
            for (const PricedLine& pl : priced.lines) {
                const CartLine& cl = cart->lines[pl.cartIndex];
                facts.couponLines.append({pl.lineNo, cl.productId, cl.sku, cl.categoryId, cl.qtyMilli, pl.afterLineMinor, 0, 0, 0});
            }
            for (const PricedLine& pl : priced.lines) {
                const CartLine& cl = cart->lines[pl.cartIndex];
                LoyaltyLine ll{pl.lineNo, cl.productId, cl.sku, cl.categoryId, cl.qtyMilli, pl.netMinor, 0, 0, 0};
                for (const Payment& p : merged) {
                    const qint64 s = p.lineShares[pl.lineNo - 1];
                    if (p.kind == TenderKind::Wallet)
                        ll.walletMinor += s;
                    if (p.kind == TenderKind::Points) {
                        ll.pointsMinor += s;
                        ll.pointsUsed += p.linePoints[pl.lineNo - 1];
                    }
                }
                facts.walletMinor += ll.walletMinor;
                facts.pointsMinor += ll.pointsMinor;
                facts.pointsUsed += ll.pointsUsed;
                facts.lines.append(ll);
            }
            auto applied = m_ctx.loyalty.applySale(facts);
            if (!applied)
                return applied.error();  // the transaction rolls back: nothing was sold
            outcome = *applied;
            if (outcome.memberId)  // a port without members (NoLoyalty) leaves the cart's
                saleMemberId = outcome.memberId;
            if (quoted->member) {
                outcome.maskedMobile = outcome.maskedMobile.isEmpty() ? quoted->member->maskedMobile : outcome.maskedMobile;
                outcome.tierName = outcome.tierName.isEmpty() ? quoted->member->tierName : outcome.tierName;
            }
        }
        Statement sale = m_ctx.db.cached(
            "INSERT INTO sales(uuid, receipt_no, kind, business_day, created_at, cashier, shift_id, member_id, subtotal_minor, "
            "discount_minor, rounding_minor, total_minor, change_minor, items_milli, loyalty) "
            "VALUES (?, ?, 'sale', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        const QString businessDay = day.toString(Qt::ISODate);
        sale.bindAll(cartUuid.bytes(), receiptNo, businessDay, soldAt, cashier.userName,
                     shift ? std::optional<qint64>(shift->id) : std::nullopt,
                     saleMemberId ? std::optional<qint64>(saleMemberId) : std::nullopt, priced.listMinor, priced.discountMinor,
                     priced.roundingMinor, total, change, priced.itemsMilli);
        // Without a member the column's default ('{}'), as before the member block moved here.
        sale.bindText(14, memberId ? loyaltyJson(outcome) : QByteArray("{}"));
        sale.run();
        const qint64 saleId = m_ctx.db.lastInsertRowId();

        SaleCompletedFacts event;
        SummaryFacts summary;
        summary.businessDay = day;
        summary.hour = now.time().hour();
        summary.cashier = cashier.userName;
        summary.member = memberId != 0;
        Statement line = m_ctx.db.cached(
            "INSERT INTO sale_lines(uuid, sale_id, line_no, product_id, sku, name, category_id, unit, qty_milli, unit_price_minor, "
            "list_minor, promo_discount_minor, line_discount_minor, order_discount_minor, rounding_minor, net_minor, "
            "unit_cost_minor, tax_bp, promotion, tender_shares) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const PricedLine& pl : priced.lines) {
            const CartLine& cl = cart->lines[pl.cartIndex];
            const Uuid lineUuid = Uuid::v7(nowMs);
            // The line's share of each payment, named by the payment's seq (written below).
            LineShares shares;
            for (qsizetype i = 0; i < merged.size(); ++i)
                shares.add(int(i + 1), merged[i].lineShares[pl.lineNo - 1], merged[i].linePoints[pl.lineNo - 1]);
            line.reset();
            line.bindAll(lineUuid.bytes(), saleId, qint64(pl.lineNo), cl.productId, cl.sku, cl.name,
                         cl.categoryId ? std::optional<qint64>(cl.categoryId) : std::nullopt, cl.unit, cl.qtyMilli,
                         pl.unitPriceMinor, pl.listMinor, pl.promoDiscountMinor, pl.lineDiscountMinor,
                         pl.couponDiscountMinor + pl.orderDiscountMinor, pl.roundingMinor, pl.netMinor, cl.costMinor,
                         qint64(cl.taxBp), pl.promotion.isEmpty() ? QString() : pl.promotion, shares.encode());
            line.run();
            event.lines.append({lineUuid.toString(), pl.lineNo, cl.sku, cl.name, cl.qtyMilli, pl.unitPriceMinor,
                                pl.listMinor - pl.netMinor, pl.netMinor, multiplyMilli(cl.costMinor, cl.qtyMilli), cl.taxBp});
            summary.lines.append({cl.categoryId, cl.qtyMilli, pl.listMinor, pl.netMinor,
                                  multiplyMilli(cl.costMinor, cl.qtyMilli)});
        }

        Statement pay = m_ctx.db.cached(
            "INSERT INTO sale_payments(uuid, sale_id, seq, tender, amount_minor, tendered_minor, points, reference) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        for (qsizetype i = 0; i < merged.size(); ++i) {
            const Payment& p = merged[i];
            const Uuid payUuid = Uuid::v7(nowMs);
            // Payment codes scanned from a phone are kept masked; terminal references as given.
            const QString reference = p.reference.isEmpty() ? QString() : p.reference;
            pay.reset();
            pay.bindAll(payUuid.bytes(), saleId, qint64(i + 1), tenderCode(p.kind), p.amountMinor, p.tenderedMinor, p.points, reference);
            pay.run();
            SaleEventPayment eventPayment{payUuid.toString(), tenderCode(p.kind), p.amountMinor, p.points,
                                          reference.isEmpty() ? QString() : maskReference(reference), {}};
            for (qsizetype j = 0; j < priced.lines.size(); ++j) {
                if (p.lineShares[j] == 0 && p.linePoints[j] == 0)
                    continue;
                eventPayment.lineShares.append({priced.lines[j].lineNo, p.lineShares[j], p.linePoints[j]});
            }
            event.payments.append(std::move(eventPayment));
            summary.tenders.append({tenderCode(p.kind), p.amountMinor});
        }
        for (const auto& [code, discount] : priced.coupons)
            m_ctx.db.execute("INSERT INTO sale_coupons(sale_id, code, discount_minor) VALUES (?, ?, ?)", saleId, code, discount);

        recordInSummaries(m_ctx.db, summary, shift);
        // OR FAIL: a one-row update needs no statement journal (see core/sales/SalesSummary.cpp).
        Statement done = m_ctx.db.cached("UPDATE OR FAIL carts SET status = 'completed', updated_at = ? WHERE id = ?");
        done.bindAll(soldAt, cart->id);
        done.run();
        m_ctx.audit.append(cashier.userName, QStringLiteral("sale.complete"), receiptNo,
                           {{QStringLiteral("total_minor"), total}, {QStringLiteral("lines"), int(priced.lines.size())}});
        event.saleUuid = cartUuid.toString();
        event.receiptNo = receiptNo;
        event.businessDay = businessDay;
        event.soldAt = soldAt;
        event.cashier = cashier.userName;
        event.currency = currency;
        event.subtotalMinor = priced.listMinor;
        event.discountMinor = priced.discountMinor;
        event.roundingMinor = priced.roundingMinor;
        event.totalMinor = total;
        event.changeMinor = change;
        event.pointsEarned = outcome.pointsEarned;
        if (!outcome.memberUuid.isEmpty())
            event.memberUuid = outcome.memberUuid;
        else if (quoted->member)
            event.memberUuid = quoted->member->memberUuid;
        if (shift)
            event.shiftUuid = shift->uuid.toString();
        m_ctx.outbox.appendJson(QStringLiteral("sale.completed"), 1, saleCompletedJson(event));
        tx.commit();
        completed = true;

        SaleResult r;
        r.saleId = saleId;
        r.uuid = cartUuid;
        r.receiptNo = receiptNo;
        r.totalMinor = total;
        r.changeMinor = change;
        r.cashPaid = cash.tenderedMinor > 0;
        r.loyalty = outcome;
        return r;
    });
}

} // namespace patron
