#include "sales/ReturnService.h"

#include "auth/AuditLog.h"
#include "auth/Permissions.h"
#include "auth/UserService.h"
#include "catalog/ProductCatalog.h"
#include "common/Clock.h"
#include "money/Money.h"
#include "sales/BusinessDay.h"
#include "sales/LineShares.h"
#include "sales/ReceiptNumbers.h"
#include "sales/ReturnAuthority.h"
#include "sales/ReturnOriginal.h"
#include "sales/SalesContext.h"
#include "sales/SalesSettings.h"
#include "sales/SalesSummary.h"
#include "sales/ShiftService.h"
#include "sales/Tender.h"
#include "store/Database.h"
#include "store/StoreSettings.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct ReturnTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Returns)
};

namespace {

__extension__ typedef __int128 Int128;

// The part of `share` that `cumulative` of `sold` units stand for, rounded toward zero; at
// cumulative == sold it is exactly `share`. A return refunds part(after) - part(before), so
// partial returns add up to the share and never pass it.
qint64 part(qint64 share, qint64 cumulative, qint64 sold)
{
    if (sold <= 0)
        return 0;
    return qint64(Int128(share) * cumulative / sold);
}

using OriginalLine = ReturnOriginalLine;
using OriginalPayment = ReturnOriginalPayment;
using Back = QList<std::pair<const OriginalLine*, qint64>>;

QString qtyText(qint64 milli) { return QString::number(double(milli) / 1000.0, 'g', 10); }

// The lines and quantities a return takes back: `items` checked against what is left of each line
// (empty: everything that is left).
Result<Back> resolveItems(const ReturnOriginal& sale, const QList<ReturnItem>& items)
{
    Back back;
    if (items.isEmpty()) {
        for (const OriginalLine& l : sale.lines)
            if (l.qtyMilli - l.returnedMilli > 0)
                back.append({&l, l.qtyMilli - l.returnedMilli});
    } else {
        for (const ReturnItem& it : items) {
            auto found = std::find_if(sale.lines.cbegin(), sale.lines.cend(), [&](const OriginalLine& l) { return l.lineNo == it.lineNo; });
            if (found == sale.lines.cend())
                return makeError(ErrorCode::NotFound, ReturnTr::tr("Receipt %1 has no line %2.").arg(sale.receiptNo).arg(it.lineNo));
            const qint64 left = found->qtyMilli - found->returnedMilli;
            const qint64 qty = it.qtyMilli == 0 ? left : it.qtyMilli;
            if (qty <= 0 || qty > left)
                return makeError(ErrorCode::Refused, ReturnTr::tr("Line %1: only %2 of %3 can still be returned.")
                                                         .arg(it.lineNo)
                                                         .arg(qtyText(std::max<qint64>(0, left)), qtyText(found->qtyMilli)));
            if (!found->weighed && qty % 1000 != 0)
                return makeError(ErrorCode::InvalidInput, ReturnTr::tr("Line %1 is sold by the piece: return whole units.").arg(it.lineNo));
            for (const auto& [l, q] : back)
                if (l == &*found)
                    return makeError(ErrorCode::InvalidInput, ReturnTr::tr("Line %1 is listed twice.").arg(it.lineNo));
            back.append({&*found, qty});
        }
    }
    if (back.isEmpty())
        return makeError(ErrorCode::Refused, ReturnTr::tr("Everything on receipt %1 has been returned already.").arg(sale.receiptNo));
    return back;
}

QList<std::pair<int, qint64>> claimLines(const Back& back)
{
    QList<std::pair<int, qint64>> out;
    for (const auto& [l, q] : back)
        out.append({l->lineNo, q});
    return out;
}

// What other tills already refunded of a line's share of a payment: exactly, for the returns head
// office has the refunds of, else the cumulative part their quantity stands for.
QPair<qint64, qint64> refundedElsewhere(const OriginalLine& l, const OriginalPayment& p, QPair<qint64, qint64> share)
{
    if (l.elsewhereMilli <= 0)
        return {0, 0};
    const auto exact = l.elsewhereRefunds.value(p.uuid.toString(), {0, 0});
    return {exact.first + part(share.first, l.elsewhereMilli, l.qtyMilli) - part(share.first, l.exactElsewhereMilli, l.qtyMilli),
            exact.second + part(share.second, l.elsewhereMilli, l.qtyMilli) - part(share.second, l.exactElsewhereMilli, l.qtyMilli)};
}

// A hold at head office that is let go of unless the return commits.
class HoldGuard {
public:
    HoldGuard(ReturnAuthority* authority, const Uuid& returnUuid) : m_authority(authority), m_return(returnUuid) {}
    ~HoldGuard()
    {
        if (m_authority && !m_kept)
            m_authority->release(m_return);
    }
    HoldGuard(const HoldGuard&) = delete;
    HoldGuard& operator=(const HoldGuard&) = delete;
    void keep() { m_kept = true; }

private:
    ReturnAuthority* m_authority;
    Uuid m_return;
    bool m_kept = false;
};

Error noSuchSale(const QString& receiptNo, std::optional<qint64> receiptTotalMinor, const QString& currency)
{
    // With a total typed in, a mistyped total is as likely as a wrong number: head office does
    // not say which (schema 8).
    if (receiptTotalMinor)
        return makeError(ErrorCode::NotFound,
                         ReturnTr::tr("There is no sale with receipt number %1 and total %2.")
                             .arg(receiptNo, Money(*receiptTotalMinor, currency).toDisplayString()));
    return makeError(ErrorCode::NotFound, ReturnTr::tr("There is no sale with receipt number %1.").arg(receiptNo));
}

} // namespace

bool ReturnService::needsReceiptTotal(const QString& receiptNo)
{
    return m_authority && m_authority->needsReceiptTotal(receiptNo);
}

Result<QList<ReturnableLine>> ReturnService::returnable(const QString& receiptNo, std::optional<qint64> receiptTotalMinor)
{
    if (m_authority)
        PATRON_TRY(m_authority->prepare(receiptNo, receiptTotalMinor));
    return guarded([&]() -> Result<QList<ReturnableLine>> {
        auto sale = loadReturnOriginal(m_ctx.db, receiptNo);
        if (!sale)
            return noSuchSale(receiptNo, receiptTotalMinor, m_ctx.identity.currency);
        QList<ReturnableLine> out;
        for (const OriginalLine& l : sale->lines)
            out.append({l.lineNo, l.sku, l.name, l.unit, l.qtyMilli, l.returnedMilli, l.netMinor});
        return out;
    });
}

Result<ReturnResult> ReturnService::returnSale(const Session& actor, const QString& receiptNo, const QList<ReturnItem>& items,
                                               const QString& reason, const QString& cashier,
                                               std::optional<qint64> receiptTotalMinor)
{
    const QString cashierName = cashier.isEmpty() ? actor.userName : cashier;
    if (!actor.can(perm::Refund))
        return makeError(ErrorCode::PermissionDenied, ReturnTr::tr("A return needs a supervisor or manager (permission refund)."));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, ReturnTr::tr("A return needs a reason."));
    // Head office first, outside the write transaction: another store's sale is fetched, and the
    // quantities are held chain-wide, so the till's writer never waits on the network.
    if (m_authority)
        PATRON_TRY(m_authority->prepare(receiptNo, receiptTotalMinor));
    const Uuid uuid = Uuid::v7(m_ctx.clock.nowMs());
    std::optional<HoldGuard> hold;
    QList<std::pair<int, qint64>> claimed;
    if (m_authority) {
        auto claim = guarded([&]() -> Result<ReturnClaim> {
            auto sale = loadReturnOriginal(m_ctx.db, receiptNo);
            if (!sale)
                return noSuchSale(receiptNo, receiptTotalMinor, m_ctx.identity.currency);
            if (sale->kind != u"sale")
                return makeError(ErrorCode::Refused, ReturnTr::tr("%1 is a return slip; a return cannot be returned.").arg(sale->receiptNo));
            auto back = resolveItems(*sale, items);
            if (!back)
                return back.error();
            return ReturnClaim{uuid, sale->uuid, sale->foreignStore.has_value(), claimLines(*back)};
        });
        if (!claim)
            return claim.error();
        PATRON_TRY(m_authority->reserve(*claim));
        hold.emplace(m_authority, uuid);
        claimed = claim->lines;
    }
    return guarded([&]() -> Result<ReturnResult> {
        Transaction tx(m_ctx.db);
        auto sale = loadReturnOriginal(m_ctx.db, receiptNo);
        if (!sale)
            return makeError(ErrorCode::NotFound, ReturnTr::tr("There is no sale with receipt number %1.").arg(receiptNo));
        if (sale->kind != u"sale")
            return makeError(ErrorCode::Refused, ReturnTr::tr("%1 is a return slip; a return cannot be returned.").arg(sale->receiptNo));
        auto resolved = resolveItems(*sale, items);
        if (!resolved)
            return resolved.error();
        const Back& back = *resolved;
        // Another return of this receipt at this till committed between the hold and now.
        if (hold && claimLines(back) != claimed)
            return makeError(ErrorCode::Refused, ReturnTr::tr("Receipt %1 changed while head office was asked; try the return again.")
                                                     .arg(sale->receiptNo));
        bool fullReturn = true;
        const SalesSettings settings = SalesSettings::load(StoreSettings(m_ctx.db, m_ctx.clock));
        const auto shift = openShift(m_ctx.db);
        if (settings.requireShift && !shift)
            return makeError(ErrorCode::Refused, ReturnTr::tr("Open a shift before taking a return."));
        const QDateTime now = m_ctx.clock.now();
        const QDate day = currentBusinessDay(m_ctx.db, now, settings.dayCutoffHour);
        const QString returnNo = nextReceiptNumber(m_ctx.db, m_ctx.identity.storeCode, m_ctx.identity.tillCode, m_ctx.receiptEpoch);

        // Refund per (line, payment). The line gives back the cumulative part of what it paid for
        // the quantity returned so far (so 1 of 3 at ￥10 refunds ￥10.00, not ￥9.99); that is
        // spread over its payments by their exact cumulative shares, largest remainder first,
        // never past what each payment gave. At the last unit every payment is back in full.
        QHash<qint64, QPair<qint64, qint64>> perPayment;                  // payment id -> (amount, points)
        QList<QList<std::pair<qint64, QPair<qint64, qint64>>>> perLine;  // per back line: payment id -> (amount, points)
        qint64 refund = 0, listBack = 0, itemsBack = 0;
        for (const auto& [l, q] : back) {
            QList<std::pair<qint64, QPair<qint64, qint64>>> parts;
            const qint64 after = l->returnedMilli + q;
            struct Slot {
                qint64 payment, share, points, already, alreadyPoints, amount = 0;
                Int128 remainder = 0;
            };
            QList<Slot> byPayment;
            qint64 lineAlready = 0;
            for (const OriginalPayment& p : sale->payments) {
                const auto share = sale->shares.value({l->id, p.id}, {0, 0});
                if (share.first == 0 && share.second == 0)
                    continue;
                const auto here = l->refundedHere.value(p.id, {0, 0});
                const auto elsewhere = refundedElsewhere(*l, p, share);
                Slot slot{p.id, share.first, share.second, here.first + elsewhere.first, here.second + elsewhere.second};
                const Int128 exact = Int128(share.first) * after;  // over l->qtyMilli
                slot.amount = std::max<qint64>(0, qint64(exact / l->qtyMilli) - slot.already);
                slot.remainder = exact % l->qtyMilli;
                lineAlready += slot.already;
                byPayment.append(slot);
            }
            qint64 lineTarget = part(l->netMinor, after, l->qtyMilli) - lineAlready;
            for (const Slot& s : byPayment)
                lineTarget -= s.amount;
            std::stable_sort(byPayment.begin(), byPayment.end(), [](const Slot& a, const Slot& b) { return a.remainder > b.remainder; });
            for (Slot& s : byPayment) {
                if (lineTarget <= 0)
                    break;
                const qint64 room = s.share - s.already - s.amount;
                const qint64 extra = std::min(room, lineTarget);
                s.amount += extra;
                lineTarget -= extra;
            }
            for (const Slot& s : byPayment) {
                const qint64 points = std::max<qint64>(0, part(s.points, after, l->qtyMilli) - s.alreadyPoints);
                if (s.amount == 0 && points == 0)
                    continue;
                parts.append({s.payment, {s.amount, points}});
                perPayment[s.payment].first += s.amount;
                perPayment[s.payment].second += points;
                refund += s.amount;
            }
            perLine.append(parts);
            listBack += part(l->listMinor, l->returnedMilli + q, l->qtyMilli) - part(l->listMinor, l->returnedMilli, l->qtyMilli);
            itemsBack += q;
        }
        for (const OriginalLine& l : sale->lines) {
            qint64 backNow = 0;
            for (const auto& [bl, q] : back)
                if (bl == &l)
                    backNow = q;
            if (l.returnedMilli + backNow < l.qtyMilli)
                fullReturn = false;
        }

        Statement ins = m_ctx.db.prepare(
            "INSERT INTO sales(uuid, receipt_no, kind, original_sale_id, business_day, created_at, cashier, shift_id, member_id, "
            "subtotal_minor, discount_minor, rounding_minor, total_minor, items_milli, reason, authorized_by) "
            "VALUES (?, ?, 'return', ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)");
        ins.bindAll(uuid.bytes(), returnNo, sale->id, day.toString(Qt::ISODate), isoWithOffset(now), cashierName,
                    shift ? std::optional<qint64>(shift->id) : std::nullopt, sale->memberId, -listBack, -(listBack - refund),
                    -refund, -itemsBack, reason.trimmed(), actor.userName);
        ins.run();
        const qint64 returnId = m_ctx.db.lastInsertRowId();

        // Payments of the return: one per original payment that gives money back, negative.
        QHash<qint64, int> returnPaymentSeqs;  // original payment id -> the return's payment seq
        ReturnResult result;
        QJsonArray eventPayments;
        SummaryFacts summary;
        summary.businessDay = day;
        summary.hour = now.time().hour();
        summary.cashier = cashierName;
        summary.isReturn = true;
        qint64 walletBack = 0, pointsBack = 0;
        int seq = 0;
        // Another store's card, WeChat or Alipay payment cannot be reversed from this till's
        // terminal: it is refunded by the store's rule for returns without the original tender
        // (returns.no_receipt_tender: cash or a voucher). Stored value and points go back to the
        // member's chain ledger; cash and vouchers come back as themselves.
        const QString foreignExternalTender = [&] {
            const auto rule = tenderFromCode(settings.noReceiptRefundTender);
            return rule && (*rule == TenderKind::Cash || *rule == TenderKind::Voucher) ? tenderCode(*rule) : QStringLiteral("cash");
        }();
        QHash<qint64, QString> originalPaymentUuids;
        for (const OriginalPayment& p : sale->payments) {
            const auto amounts = perPayment.value(p.id, {0, 0});
            if (amounts.first == 0 && amounts.second == 0)
                continue;
            const auto kind = tenderFromCode(p.tender);
            const bool byRule = sale->foreignStore && kind && isExternalTender(*kind);
            const QString tender = byRule ? foreignExternalTender : p.tender;
            const QString reference = byRule || p.reference.isEmpty() ? QString() : p.reference;
            if ((p.tender == u"wallet" || p.tender == u"points") && !sale->memberId)
                return makeError(ErrorCode::Refused, ReturnTr::tr("Receipt %1 was paid with a member's stored value or points, but the "
                                                                  "member is not known at this till.").arg(sale->receiptNo));
            const Uuid payUuid = Uuid::v7(now.toMSecsSinceEpoch());
            m_ctx.db.execute("INSERT INTO sale_payments(uuid, sale_id, seq, tender, amount_minor, tendered_minor, points, reference, "
                             "original_payment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             payUuid.bytes(), returnId, qint64(++seq), tender, -amounts.first, -amounts.first, -amounts.second,
                             reference, p.id);
            returnPaymentSeqs.insert(p.id, seq);
            originalPaymentUuids.insert(p.id, p.uuid.toString());
            result.refunds.append({tender, amounts.first, amounts.second});
            if (tender == u"cash")
                result.cashRefunded = true;
            if (p.tender == u"wallet")
                walletBack += amounts.first;
            if (p.tender == u"points")
                pointsBack += amounts.second;
            summary.tenders.append({tender, -amounts.first});
            eventPayments.append(QJsonObject{{QStringLiteral("payment_uuid"), payUuid.toString()},
                                             {QStringLiteral("original_payment_uuid"), p.uuid.toString()},
                                             {QStringLiteral("tender"), tender},
                                             {QStringLiteral("amount_minor"), -amounts.first},
                                             {QStringLiteral("points"), -amounts.second}});
        }

        QJsonArray eventLines;
        QList<LoyaltyLine> loyaltyLines;
        for (int i = 0; i < back.size(); ++i) {
            const OriginalLine* l = back[i].first;
            const qint64 q = back[i].second;
            qint64 net = 0;
            for (const auto& [pid, amounts] : perLine[i])
                net += amounts.first;
            const qint64 list = part(l->listMinor, l->returnedMilli + q, l->qtyMilli) - part(l->listMinor, l->returnedMilli, l->qtyMilli);
            const Uuid lineUuid = Uuid::v7(now.toMSecsSinceEpoch());
            LineShares shares;       // the line's refund per payment of the return, negative
            QJsonArray lineTenders;  // head office hands these to a till returning more of the line
            for (const auto& [pid, amounts] : perLine[i]) {
                // Every payment a line refunds has a payment on the return (written above); a seq
                // of 0 would make the receipt unreadable for its next return.
                Q_ASSERT(returnPaymentSeqs.contains(pid));
                shares.add(returnPaymentSeqs.value(pid), -amounts.first, -amounts.second);
                lineTenders.append(QJsonObject{{QStringLiteral("payment_uuid"), originalPaymentUuids.value(pid)},
                                               {QStringLiteral("amount_minor"), -amounts.first},
                                               {QStringLiteral("points"), -amounts.second}});
            }
            m_ctx.db.execute(
                "INSERT INTO sale_lines(uuid, sale_id, line_no, product_id, sku, name, category_id, unit, qty_milli, unit_price_minor, "
                "list_minor, promo_discount_minor, line_discount_minor, order_discount_minor, rounding_minor, net_minor, "
                "unit_cost_minor, tax_bp, original_line_id, tender_shares) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, 0, ?, ?, ?, ?, ?)",
                lineUuid.bytes(), returnId, qint64(i + 1), l->productId ? std::optional<qint64>(l->productId) : std::nullopt, l->sku,
                l->name, l->categoryId ? std::optional<qint64>(l->categoryId) : std::nullopt, l->unit, -q, l->unitPriceMinor, -list,
                -(list - net), -net, l->unitCostMinor, qint64(l->taxBp), l->id, shares.encode());
            summary.lines.append({l->categoryId, -q, -list, -net, -multiplyMilli(l->unitCostMinor, q)});
            loyaltyLines.append({l->lineNo, l->productId, l->sku, l->categoryId, q, net, 0, 0, 0});
            eventLines.append(QJsonObject{{QStringLiteral("line_uuid"), lineUuid.toString()},
                                          {QStringLiteral("original_line_no"), l->lineNo},
                                          {QStringLiteral("product_code"), l->sku},
                                          {QStringLiteral("qty_milli"), -q},
                                          {QStringLiteral("total_minor"), -net},
                                          {QStringLiteral("tenders"), lineTenders}});
        }

        if (sale->memberId) {
            ReturnLoyaltyFacts facts;
            facts.returnUuid = uuid.toString();
            facts.originalSaleUuid = sale->uuid.toString();
            facts.memberId = *sale->memberId;
            facts.refundMinor = refund;
            facts.walletRefundMinor = walletBack;
            facts.pointsRefund = pointsBack;
            facts.originalTotalMinor = sale->totalMinor;
            facts.fullReturn = fullReturn;
            facts.lines = loyaltyLines;
            auto applied = m_ctx.loyalty.applyReturn(facts);
            if (!applied)
                return applied.error();
            result.loyalty = *applied;
            const QJsonObject lj{{QStringLiteral("tier"), applied->tierName},
                                 {QStringLiteral("masked_mobile"), applied->maskedMobile},
                                 {QStringLiteral("points_earned"), applied->pointsEarned},
                                 {QStringLiteral("points_used"), applied->pointsUsed},
                                 {QStringLiteral("points_balance"), applied->pointsBalance},
                                 {QStringLiteral("wallet_used_minor"), applied->walletUsedMinor},
                                 {QStringLiteral("wallet_balance_minor"), applied->walletBalanceMinor},
                                 {QStringLiteral("has_wallet"), applied->hasWallet}};
            m_ctx.db.execute("UPDATE sales SET loyalty = ? WHERE id = ?", QString::fromUtf8(QJsonDocument(lj).toJson(QJsonDocument::Compact)), returnId);
        }
        summary.member = sale->memberId.has_value();
        recordInSummaries(m_ctx.db, summary);
        m_ctx.audit.append(actor.userName, QStringLiteral("sale.return"), sale->receiptNo,
                           {{QStringLiteral("return_no"), returnNo}, {QStringLiteral("refund_minor"), refund},
                            {QStringLiteral("reason"), reason.trimmed()}});
        QJsonObject event{{QStringLiteral("return_uuid"), uuid.toString()},
                          {QStringLiteral("sale_uuid"), sale->uuid.toString()},
                          {QStringLiteral("receipt_no"), returnNo},
                          {QStringLiteral("original_receipt_no"), sale->receiptNo},
                          {QStringLiteral("returned_at"), isoWithOffset(now)},
                          {QStringLiteral("business_day"), day.toString(Qt::ISODate)},
                          {QStringLiteral("cashier"), cashierName},
                          {QStringLiteral("authorized_by"), actor.userName},
                          {QStringLiteral("total_minor"), -refund},
                          {QStringLiteral("reason"), reason.trimmed()},
                          {QStringLiteral("lines"), eventLines},
                          {QStringLiteral("payments"), eventPayments}};
        // Head office applies the return against the original sale, wherever it was made.
        if (sale->foreignStore) {
            event.insert(QStringLiteral("original_store"), *sale->foreignStore);
            event.insert(QStringLiteral("original_till"), sale->foreignTill.value_or(QString()));
        }
        event.insert(QStringLiteral("shift_uuid"), shift ? QJsonValue(shift->uuid.toString()) : QJsonValue());
        m_ctx.outbox.append(QStringLiteral("sale.returned"), 1, event);
        // With the return: head office's hold is to be kept (the sync worker confirms it).
        if (hold)
            m_authority->committing(uuid);
        tx.commit();
        if (hold)
            hold->keep();
        result.saleId = returnId;
        result.receiptNo = returnNo;
        result.originalReceiptNo = sale->receiptNo;
        result.refundMinor = refund;
        return result;
    });
}

Result<ReturnResult> ReturnService::returnWithoutReceipt(const Session& actor, const QList<std::pair<QString, qint64>>& items,
                                                         const QString& reason, const QString& cashier)
{
    const QString cashierName = cashier.isEmpty() ? actor.userName : cashier;
    if (!actor.can(perm::RefundNoReceipt))
        return makeError(ErrorCode::PermissionDenied,
                         ReturnTr::tr("A return without a receipt needs a manager (permission refund.noreceipt)."));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, ReturnTr::tr("A return needs a reason."));
    if (items.isEmpty())
        return makeError(ErrorCode::InvalidInput, ReturnTr::tr("Name at least one product to return."));
    return guarded([&]() -> Result<ReturnResult> {
        Transaction tx(m_ctx.db);
        const SalesSettings settings = SalesSettings::load(StoreSettings(m_ctx.db, m_ctx.clock));
        const auto tender = tenderFromCode(settings.noReceiptRefundTender);
        if (!tender || (*tender != TenderKind::Cash && *tender != TenderKind::Voucher))
            return makeError(ErrorCode::Refused, ReturnTr::tr("Returns without a receipt refund only in cash or a voucher (setting returns.no_receipt_tender)."));
        const auto shift = openShift(m_ctx.db);
        if (settings.requireShift && !shift)
            return makeError(ErrorCode::Refused, ReturnTr::tr("Open a shift before taking a return."));
        const QDateTime now = m_ctx.clock.now();
        const QDate day = currentBusinessDay(m_ctx.db, now, settings.dayCutoffHour);
        struct Item {
            Product p;
            qint64 qty;
            qint64 amount;
        };
        QList<Item> list;
        qint64 refund = 0, itemsMilli = 0;
        for (const auto& [code, qty] : items) {
            auto p = m_ctx.catalog.lookupCode(code);
            if (!p)
                return p.error();
            if (qty <= 0 || (!p->weighed && qty % 1000 != 0))
                return makeError(ErrorCode::InvalidInput, ReturnTr::tr("%1: the quantity must be more than 0 (whole units unless weighed).").arg(p->name));
            const qint64 amount = multiplyMilli(p->priceMinor, qty);
            list.append({*p, qty, amount});
            refund += amount;
            itemsMilli += qty;
        }
        const Uuid uuid = Uuid::v7(now.toMSecsSinceEpoch());
        const QString returnNo = nextReceiptNumber(m_ctx.db, m_ctx.identity.storeCode, m_ctx.identity.tillCode, m_ctx.receiptEpoch);
        m_ctx.db.execute("INSERT INTO sales(uuid, receipt_no, kind, business_day, created_at, cashier, shift_id, subtotal_minor, "
                         "discount_minor, rounding_minor, total_minor, items_milli, reason, authorized_by) "
                         "VALUES (?, ?, 'return', ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?)",
                         uuid.bytes(), returnNo, day.toString(Qt::ISODate), isoWithOffset(now), cashierName,
                         shift ? std::optional<qint64>(shift->id) : std::nullopt, -refund, -refund, -itemsMilli, reason.trimmed(),
                         actor.userName);
        const qint64 returnId = m_ctx.db.lastInsertRowId();
        const Uuid paymentUuid = Uuid::v7(now.toMSecsSinceEpoch());
        m_ctx.db.execute("INSERT INTO sale_payments(uuid, sale_id, seq, tender, amount_minor, tendered_minor) VALUES (?, ?, 1, ?, ?, ?)",
                         paymentUuid.bytes(), returnId, tenderCode(*tender), -refund, -refund);
        SummaryFacts summary;
        summary.businessDay = day;
        summary.hour = now.time().hour();
        summary.cashier = cashierName;
        summary.isReturn = true;
        summary.tenders.append({tenderCode(*tender), -refund});
        int lineNo = 0;
        QJsonArray eventLines;  // a restored till rebuilds the return from them (SaleCopyWithoutReceipt)
        for (const Item& it : list) {
            const Uuid lineUuid = Uuid::v7(now.toMSecsSinceEpoch());
            LineShares shares;  // all of it from the one payment (seq 1)
            shares.add(1, -it.amount);
            m_ctx.db.execute(
                "INSERT INTO sale_lines(uuid, sale_id, line_no, product_id, sku, name, category_id, unit, qty_milli, unit_price_minor, "
                "list_minor, promo_discount_minor, line_discount_minor, order_discount_minor, rounding_minor, net_minor, "
                "unit_cost_minor, tax_bp, tender_shares) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?, ?, ?, ?)",
                lineUuid.bytes(), returnId, qint64(++lineNo), it.p.id, it.p.sku, it.p.name,
                it.p.categoryId ? std::optional<qint64>(it.p.categoryId) : std::nullopt, it.p.unit, -it.qty, it.p.priceMinor, -it.amount,
                -it.amount, it.p.costMinor, qint64(it.p.taxBp), shares.encode());
            summary.lines.append({it.p.categoryId, -it.qty, -it.amount, -it.amount, -multiplyMilli(it.p.costMinor, it.qty)});
            eventLines.append(QJsonObject{{QStringLiteral("line_uuid"), lineUuid.toString()},
                                          {QStringLiteral("line_no"), lineNo},
                                          {QStringLiteral("product_code"), it.p.sku},
                                          {QStringLiteral("name"), it.p.name},
                                          {QStringLiteral("qty_milli"), -it.qty},
                                          {QStringLiteral("unit_price_minor"), it.p.priceMinor},
                                          {QStringLiteral("unit_cost_minor"), it.p.costMinor},
                                          {QStringLiteral("tax_rate_bp"), it.p.taxBp},
                                          {QStringLiteral("total_minor"), -it.amount}});
        }
        recordInSummaries(m_ctx.db, summary);
        m_ctx.audit.append(actor.userName, QStringLiteral("sale.return_noreceipt"), returnNo,
                           {{QStringLiteral("refund_minor"), refund}, {QStringLiteral("reason"), reason.trimmed()}});
        m_ctx.outbox.append(QStringLiteral("sale.returned"), 1,
                            {{QStringLiteral("return_uuid"), uuid.toString()},
                             {QStringLiteral("receipt_no"), returnNo},
                             {QStringLiteral("returned_at"), isoWithOffset(now)},
                             {QStringLiteral("business_day"), day.toString(Qt::ISODate)},
                             {QStringLiteral("total_minor"), -refund},
                             {QStringLiteral("cashier"), cashierName},
                             {QStringLiteral("authorized_by"), actor.userName},
                             {QStringLiteral("reason"), reason.trimmed()},
                             {QStringLiteral("without_receipt"), true},
                             {QStringLiteral("shift_uuid"), shift ? QJsonValue(shift->uuid.toString()) : QJsonValue()},
                             {QStringLiteral("lines"), eventLines},
                             {QStringLiteral("payments"), QJsonArray{QJsonObject{
                                 {QStringLiteral("payment_uuid"), paymentUuid.toString()},
                                 {QStringLiteral("tender"), tenderCode(*tender)},
                                 {QStringLiteral("amount_minor"), -refund}}}}});
        tx.commit();
        ReturnResult r;
        r.saleId = returnId;
        r.receiptNo = returnNo;
        r.refundMinor = refund;
        r.refunds.append({tenderCode(*tender), refund, 0});
        r.cashRefunded = *tender == TenderKind::Cash;
        return r;
    });
}

} // namespace patron
