#pragma once
// For tests of what a sale's writers stored: every line's shares of its sale's payments
// (sale_lines.tender_shares) read back and added up both ways, so a test checks that each line's
// shares add up to what the line paid and each payment's shares to the payment.

#include <QHash>
#include <QPair>
#include <optional>

namespace patron {
class Database;
}

namespace patron::test {

struct LineShareTotals {
    QHash<qint64, qint64> perLine;                    // line id -> its shares' amount
    QHash<QPair<qint64, qint64>, qint64> perPayment;  // (sale id, payment seq) -> the lines' shares of it
    QHash<QPair<qint64, qint64>, qint64> pointsPerPayment;
    qint64 shares = 0;                                // entries read
    qint64 linesNotAddingUp = 0;                      // net_minor differs from the shares' sum
    qint64 paymentsNotAddingUp = 0;                   // amount_minor differs from its lines' shares
    qint64 pointsNotAddingUp = 0;                     // points differ from its lines' shares of points
    qint64 sharesOfNoPayment = 0;                     // a seq the line's sale has no payment for

    // The lines and payments of one sale, or of the whole store. REQUIREs every text to decode.
    static LineShareTotals read(Database& db, std::optional<qint64> saleId = std::nullopt);
};

} // namespace patron::test
