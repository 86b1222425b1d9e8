#pragma once
// The `sale.completed` event head office receives for every sale (docs/sync-events.md), written
// as compact JSON without a QJsonObject in between: the checkout builds one per sale, and as a
// QJsonObject it was ~15 % of the checkout's CPU. The bytes are those QJsonDocument would write
// for the same object (SaleCompletedEventTest compares them), so the format is unchanged.

#include <QByteArray>
#include <QList>
#include <QString>

namespace patron {

struct SaleEventLine {
    QString lineUuid;
    int lineNo = 0;
    QString productCode;
    QString name;
    qint64 qtyMilli = 0;
    qint64 unitPriceMinor = 0;
    qint64 discountMinor = 0;
    qint64 totalMinor = 0;
    qint64 costMinor = 0;
    int taxRateBp = 0;
};

// One line's part of one payment, so another till can return the line exactly.
struct SaleEventShare {
    int lineNo = 0;
    qint64 amountMinor = 0;
    qint64 points = 0;
};

struct SaleEventPayment {
    QString paymentUuid;
    QString tender;
    qint64 amountMinor = 0;
    qint64 points = 0;
    QString reference;  // already masked; empty for none
    QList<SaleEventShare> lineShares;
};

struct SaleCompletedFacts {
    QString saleUuid;
    QString receiptNo;
    QString businessDay;
    QString soldAt;
    QString cashier;
    QString currency;
    qint64 subtotalMinor = 0;
    qint64 discountMinor = 0;
    qint64 roundingMinor = 0;
    qint64 totalMinor = 0;
    qint64 changeMinor = 0;
    qint64 pointsEarned = 0;
    QString memberUuid;  // empty: the key is left out (no member, or one without a UUID)
    QString shiftUuid;   // empty: null (a sale outside a shift)
    QList<SaleEventLine> lines;
    QList<SaleEventPayment> payments;
};

QByteArray saleCompletedJson(const SaleCompletedFacts& sale);

} // namespace patron
