#pragma once
// One sale line's shares of its sale's payments, stored on the line row (sale_lines.tender_shares,
// schema step 23) as compact text instead of a row per (line, payment): a sale used to write ten
// share rows into an index b-tree of their own. A return refunds exactly these, to the fen and the
// point.
//
// Text form: entries in payment order, separated by ';', each `seq:amount_minor` or
// `seq:amount_minor:points` (points written only when not zero); seq is the payment's
// sale_payments.seq within the line's own sale. The empty text means no shares. Examples:
// "1:3914;2:86", "1:-500:-50". Schema step 23's migration writes the same form in SQL.

#include "common/Result.h"

#include <QList>
#include <QString>

namespace patron {

struct LineShare {
    int paymentSeq = 0;    // sale_payments.seq of the line's own sale
    qint64 amountMinor = 0; // negative on a return's line
    qint64 points = 0;
    friend bool operator==(const LineShare&, const LineShare&) = default;
};

class LineShares {
public:
    // Adds a payment's share; a share of nothing (no amount, no points) is not kept. Adding to a
    // payment already present adds to its share.
    void add(int paymentSeq, qint64 amountMinor, qint64 points = 0);

    // In payment order.
    const QList<LineShare>& entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    // The share of one payment; zero when the line has none of it.
    LineShare of(int paymentSeq) const;

    // Never a null QString (the column is NOT NULL): "" for no shares.
    QString encode() const;
    // Strict: anything but the form above (stray spaces, signs on a seq, a seq out of order or
    // repeated, a number past 64 bits, empty entries) is StoreDamaged, naming the text.
    static Result<LineShares> decode(const QString& text);
    // decode() for readers inside a unit of work: throws StoreException on damaged text.
    static LineShares decodeOrThrow(const QString& text);

    friend bool operator==(const LineShares&, const LineShares&) = default;

private:
    QList<LineShare> m_entries;
};

} // namespace patron
