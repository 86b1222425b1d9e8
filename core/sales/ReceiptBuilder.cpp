#include "sales/ReceiptBuilder.h"

#include "common/Clock.h"
#include "money/Money.h"
#include "sales/Tender.h"
#include "sales/receipt/ReceiptBranding.h"
#include "store/Database.h"
#include "store/Store.h"
#include "store/StoreSettings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct ReceiptBuilderTr {
    Q_DECLARE_TR_FUNCTIONS(patron::ReceiptBuilder)
};

Result<ReceiptDocument> buildSaleReceipt(Database& db, const Clock& clock, const StoreIdentity& store,
                                         const QString& receiptNo, bool copy)
{
    return guarded([&]() -> Result<ReceiptDocument> {
        Statement s = db.prepare(
            "SELECT s.id, s.kind, s.created_at, s.cashier, s.subtotal_minor, s.discount_minor, s.rounding_minor, s.total_minor, "
            "s.change_minor, s.loyalty, s.member_id, coalesce(o.receipt_no, ''), coalesce(s.reason, '') "
            "FROM sales s LEFT JOIN sales o ON o.id = s.original_sale_id WHERE s.receipt_no = ?");
        s.bind(1, receiptNo.trimmed().toUpper());
        if (!s.step())
            return makeError(ErrorCode::NotFound, ReceiptBuilderTr::tr("There is no sale with receipt number %1.").arg(receiptNo));
        const qint64 saleId = s.int64(0);
        const bool isReturn = s.text(1) == u"return";
        ReceiptDocument doc;
        doc.kind = isReturn ? ReceiptKind::ReturnSlip : ReceiptKind::Sale;
        doc.copy = copy;
        doc.currency = store.currency;
        doc.header.storeName = store.storeName;
        ReceiptBranding::load(StoreSettings(db, clock)).applyTo(doc);
        doc.receiptNumber = receiptNo.trimmed().toUpper();
        doc.originalReceiptNumber = s.text(11);
        doc.issuedAt = QDateTime::fromString(s.text(2), Qt::ISODate);
        doc.cashier = s.text(3);
        // Returns are stored negative; the slip shows positive amounts under a "return" title.
        const qint64 sign = isReturn ? -1 : 1;
        doc.totals.subtotalMinor = sign * s.int64(4);
        doc.totals.discountMinor = sign * s.int64(5);
        doc.totals.roundingMinor = sign * s.int64(6);
        doc.totals.totalDueMinor = sign * s.int64(7);
        doc.changeMinor = s.int64(8);
        const QJsonObject loyalty = QJsonDocument::fromJson(s.text(9).toUtf8()).object();
        const bool member = !s.isNull(10);
        s = Statement();

        Statement l = db.prepare("SELECT name, qty_milli, unit, unit_price_minor, net_minor, list_minor - net_minor, "
                                 "coalesce(promotion, '') FROM sale_lines WHERE sale_id = ? ORDER BY line_no");
        l.bind(1, saleId);
        while (l.step()) {
            ReceiptLine line;
            line.name = l.text(0);
            line.qtyMilli = sign * l.int64(1);
            line.unit = l.text(2);
            line.unitPriceMinor = l.int64(3);
            line.amountMinor = sign * l.int64(4);
            line.discountMinor = sign * l.int64(5);
            const QString promo = l.text(6);
            if (promo == u"member_price")
                line.note = ReceiptBuilderTr::tr("Member price");
            else if (promo == u"tier")
                line.note = ReceiptBuilderTr::tr("Member discount");
            else
                line.note = promo;
            doc.totals.itemCount += line.unit.isEmpty() ? line.qtyMilli / 1000 : 1;
            doc.lines.append(line);
        }
        Statement p = db.prepare("SELECT tender, tendered_minor, coalesce(reference, ''), points FROM sale_payments "
                                 "WHERE sale_id = ? ORDER BY seq");
        p.bind(1, saleId);
        while (p.step()) {
            const auto kind = tenderFromCode(p.text(0));
            ReceiptTender t;
            t.name = kind ? tenderDisplayName(*kind) : p.text(0);
            if (kind == TenderKind::Points)
                t.name = ReceiptBuilderTr::tr("Points (%1)").arg(std::abs(p.int64(3)));
            t.amountMinor = sign * p.int64(1);
            t.reference = p.text(2).isEmpty() ? QString() : maskReference(p.text(2));
            doc.tenders.append(t);
        }
        if (member) {
            ReceiptMember m;
            m.maskedMobile = loyalty.value(QStringLiteral("masked_mobile")).toString();
            m.tier = loyalty.value(QStringLiteral("tier")).toString();
            m.pointsEarned = loyalty.value(QStringLiteral("points_earned")).toInteger();
            m.pointsUsed = loyalty.value(QStringLiteral("points_used")).toInteger();
            m.pointsBalance = loyalty.value(QStringLiteral("points_balance")).toInteger();
            m.storedValueUsedMinor = loyalty.value(QStringLiteral("wallet_used_minor")).toInteger();
            m.storedValueBalanceMinor = loyalty.value(QStringLiteral("wallet_balance_minor")).toInteger();
            m.showStoredValue = loyalty.value(QStringLiteral("has_wallet")).toBool();
            doc.member = m;
        }
        doc.barcodeValue = doc.receiptNumber;
        return doc;
    });
}

ReceiptDocument buildDayReportReceipt(const DayReport& r, const StoreIdentity& store, const QString& cashier,
                                      const QDateTime& at, const QString& currency)
{
    auto money = [&](qint64 minor) { return Money(minor, currency).toDisplayString(); };
    ReceiptDocument doc;
    doc.kind = r.closed ? ReceiptKind::DayEndReport : ReceiptKind::ShiftReport;
    doc.currency = currency;
    doc.header.storeName = store.storeName;
    doc.issuedAt = at;
    doc.cashier = cashier;
    doc.showTotals = false;
    ReceiptSection summary;
    summary.title = r.closed ? ReceiptBuilderTr::tr("Day end (Z) %1").arg(r.businessDay.toString(Qt::ISODate))
                             : ReceiptBuilderTr::tr("Day so far (X) %1").arg(r.businessDay.toString(Qt::ISODate));
    summary.rows = {{ReceiptBuilderTr::tr("Till"), store.storeCode + u'-' + store.tillCode},
                    {ReceiptBuilderTr::tr("Sales"), QString::number(r.sales)},
                    {ReceiptBuilderTr::tr("Returns"), QString::number(r.returns)},
                    {ReceiptBuilderTr::tr("Gross"), money(r.listMinor)},
                    {ReceiptBuilderTr::tr("Discounts"), money(r.discountMinor)},
                    {ReceiptBuilderTr::tr("Refunded"), money(r.returnsMinor)},
                    {ReceiptBuilderTr::tr("Net"), money(r.netMinor)},
                    {ReceiptBuilderTr::tr("Voided carts"), QString::number(r.voids)}};
    doc.sections.append(summary);
    ReceiptSection tenders;
    tenders.title = ReceiptBuilderTr::tr("By tender");
    for (const TenderTotal& t : r.tenders) {
        const auto kind = tenderFromCode(t.tender);
        QString label = (kind ? tenderDisplayName(*kind) : t.tender) + QStringLiteral(" ×%1").arg(t.count);
        if (t.refunds > 0)
            label += ReceiptBuilderTr::tr(", %n refund(s)", nullptr, int(t.refunds));
        tenders.rows.append({label, money(t.amountMinor)});
    }
    doc.sections.append(tenders);
    ReceiptSection cash;
    cash.title = ReceiptBuilderTr::tr("Cash drawer");
    cash.rows = {{ReceiptBuilderTr::tr("Float"), money(r.floatMinor)},
                 {ReceiptBuilderTr::tr("Cash in"), money(r.cashInMinor)},
                 {ReceiptBuilderTr::tr("Cash out"), money(r.cashOutMinor)},
                 {ReceiptBuilderTr::tr("Expected"), money(r.expectedCashMinor)}};
    if (r.countedCashMinor) {
        cash.rows.append({ReceiptBuilderTr::tr("Counted"), money(*r.countedCashMinor)});
        cash.rows.append({ReceiptBuilderTr::tr("Difference"), money(*r.countedCashMinor - r.expectedCashMinor)});
    }
    doc.sections.append(cash);
    return doc;
}

ReceiptDocument buildTopUpReceipt(Database& db, const Clock& clock, const StoreIdentity& store, const TopUpFacts& f)
{
    auto money = [&](qint64 minor) { return Money(minor, store.currency).toDisplayString(); };
    ReceiptDocument doc;
    doc.kind = ReceiptKind::TopUpSlip;
    doc.currency = store.currency;
    doc.header.storeName = store.storeName;
    ReceiptBranding::load(StoreSettings(db, clock)).applyTo(doc);
    doc.issuedAt = f.at;
    doc.cashier = f.cashier;
    doc.showTotals = false;
    doc.tenders.append({f.tenderName, f.paidMinor, f.reference.isEmpty() ? QString() : maskReference(f.reference)});
    ReceiptSection topUp;
    topUp.title = ReceiptBuilderTr::tr("Stored-value top-up");
    topUp.rows = {{ReceiptBuilderTr::tr("Member"), f.maskedMobile},
                  {ReceiptBuilderTr::tr("Paid in"), money(f.paidMinor)},
                  {ReceiptBuilderTr::tr("Bonus"), money(f.bonusMinor)},
                  {ReceiptBuilderTr::tr("Credited"), money(f.paidMinor + f.bonusMinor)},
                  {ReceiptBuilderTr::tr("Stored value now"), money(f.balanceMinor)}};
    if (f.bonusPoints)
        topUp.rows.append({ReceiptBuilderTr::tr("Bonus points"), QString::number(f.bonusPoints)});
    doc.sections.append(topUp);
    ReceiptMember m;
    m.maskedMobile = f.maskedMobile;
    m.tier = f.tier;
    m.pointsBalance = f.pointsBalance;
    m.storedValueBalanceMinor = f.balanceMinor;
    m.showStoredValue = true;
    doc.member = m;
    return doc;
}

ReceiptDocument buildGiftRedemptionReceipt(Database& db, const Clock& clock, const StoreIdentity& store,
                                           const GiftRedemptionFacts& f)
{
    ReceiptDocument doc;
    doc.kind = ReceiptKind::GiftRedemption;
    doc.currency = store.currency;
    doc.header.storeName = store.storeName;
    ReceiptBranding::load(StoreSettings(db, clock)).applyTo(doc);
    doc.issuedAt = f.at;
    doc.cashier = f.cashier;
    doc.showTotals = false;  // nothing was paid in money
    ReceiptSection gift;
    gift.title = ReceiptBuilderTr::tr("Points for a gift");
    gift.rows = {{ReceiptBuilderTr::tr("Gift"), f.giftName},
                 {ReceiptBuilderTr::tr("Quantity"), QStringLiteral("1")},
                 {ReceiptBuilderTr::tr("Ledger entry"), QString::number(f.ledgerEntryId)}};
    doc.sections.append(gift);
    ReceiptMember m;
    m.maskedMobile = f.maskedMobile;
    m.tier = f.tier;
    m.pointsUsed = f.pointsUsed;
    m.pointsBalance = f.pointsBalance;
    doc.member = m;
    return doc;
}

namespace {
QDateTime fromMs(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()); }
const QString kGiftReason = QStringLiteral("gift:");
} // namespace

Result<TopUpFacts> storedTopUpFacts(Database& db, qint64 walletEntryId)
{
    return guarded([&]() -> Result<TopUpFacts> {
        Statement s = db.prepare(
            "SELECT w.member_id, w.principal_minor, w.bonus_minor, w.tender_code, w.ref, w.user_name, w.created_ms, "
            "coalesce(m.mobile, '') FROM wallet_entries w JOIN members m ON m.id = w.member_id "
            "WHERE w.id = ? AND w.kind = 'topup'");
        s.bind(1, walletEntryId);
        if (!s.step())
            return makeError(ErrorCode::NotFound, ReceiptBuilderTr::tr("There is no top-up %1.").arg(walletEntryId));
        const qint64 memberId = s.int64(0);
        const qint64 createdMs = s.int64(6);
        TopUpFacts f;
        f.memberId = memberId;
        f.paidMinor = s.int64(1);
        f.bonusMinor = s.int64(2);
        const auto kind = tenderFromCode(s.text(3));
        f.tenderName = kind ? tenderDisplayName(*kind) : s.text(3);
        f.reference = s.text(4);
        f.cashier = s.text(5);
        f.at = fromMs(createdMs);
        f.maskedMobile = maskMobile(s.text(7));
        // Every wallet entry carries its signed principal and bonus, so the balance right after
        // this one is the sum up to it.
        f.balanceMinor = db.queryInt64("SELECT coalesce(sum(principal_minor + bonus_minor), 0) FROM wallet_entries "
                                       "WHERE member_id = ? AND id <= ?",
                                       memberId, walletEntryId)
                             .value_or(0);
        // The top-up's bonus points are granted in the same transaction, at the same instant.
        f.bonusPoints = db.queryInt64("SELECT coalesce(sum(amount), 0) FROM points_entries WHERE member_id = ? "
                                      "AND kind = 'earn' AND sale_uuid IS NULL AND created_ms = ?",
                                      memberId, createdMs)
                            .value_or(0);
        f.pointsBalance = db.queryInt64("SELECT coalesce(sum(amount), 0) FROM points_entries WHERE member_id = ? "
                                        "AND created_ms <= ?",
                                        memberId, createdMs)
                              .value_or(0);
        return f;
    });
}

Result<GiftRedemptionFacts> storedGiftRedemptionFacts(Database& db, qint64 pointsEntryId)
{
    return guarded([&]() -> Result<GiftRedemptionFacts> {
        Statement s = db.prepare(
            "SELECT p.member_id, p.amount, p.reason, p.user_name, p.created_ms, coalesce(m.mobile, '') "
            "FROM points_entries p JOIN members m ON m.id = p.member_id "
            "WHERE p.id = ? AND p.kind = 'redeem' AND substr(p.reason, 1, 5) = 'gift:'");
        s.bind(1, pointsEntryId);
        if (!s.step())
            return makeError(ErrorCode::NotFound,
                             ReceiptBuilderTr::tr("There is no gift redemption %1.").arg(pointsEntryId));
        const qint64 memberId = s.int64(0);
        GiftRedemptionFacts f;
        f.memberId = memberId;
        f.pointsUsed = -s.int64(1);
        f.giftName = s.text(2).mid(kGiftReason.size());
        f.cashier = s.text(3);
        f.at = fromMs(s.int64(4));
        f.maskedMobile = maskMobile(s.text(5));
        f.ledgerEntryId = pointsEntryId;
        // Entries are appended in order: the balance right after this one is the sum up to it.
        f.pointsBalance = db.queryInt64("SELECT coalesce(sum(amount), 0) FROM points_entries WHERE member_id = ? "
                                        "AND id <= ?",
                                        memberId, pointsEntryId)
                              .value_or(0);
        return f;
    });
}

} // namespace patron
