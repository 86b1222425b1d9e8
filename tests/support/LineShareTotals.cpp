#include "LineShareTotals.h"

#include "sales/LineShares.h"
#include "store/Database.h"

#include <catch2/catch.hpp>

namespace patron::test {

LineShareTotals LineShareTotals::read(Database& db, std::optional<qint64> saleId)
{
    LineShareTotals t;
    Statement lines = db.prepare("SELECT id, sale_id, net_minor, tender_shares FROM sale_lines WHERE ?1 IS NULL OR sale_id = ?1");
    lines.bind(1, saleId);
    while (lines.step()) {
        auto decoded = LineShares::decode(lines.text(3));
        INFO("line " << lines.int64(0) << ": " << lines.text(3).toStdString());
        REQUIRE(decoded.ok());
        qint64 sum = 0;
        for (const LineShare& s : decoded->entries()) {
            sum += s.amountMinor;
            t.perPayment[{lines.int64(1), s.paymentSeq}] += s.amountMinor;
            t.pointsPerPayment[{lines.int64(1), s.paymentSeq}] += s.points;
            ++t.shares;
        }
        t.perLine.insert(lines.int64(0), sum);
        if (sum != lines.int64(2))
            ++t.linesNotAddingUp;
    }
    QHash<QPair<qint64, qint64>, bool> paid;
    Statement payments =
        db.prepare("SELECT sale_id, seq, amount_minor, points FROM sale_payments WHERE ?1 IS NULL OR sale_id = ?1");
    payments.bind(1, saleId);
    while (payments.step()) {
        const QPair<qint64, qint64> key{payments.int64(0), payments.int64(1)};
        paid.insert(key, true);
        if (t.perPayment.value(key) != payments.int64(2))
            ++t.paymentsNotAddingUp;
        if (t.pointsPerPayment.value(key) != payments.int64(3))
            ++t.pointsNotAddingUp;
    }
    for (auto it = t.perPayment.cbegin(); it != t.perPayment.cend(); ++it)
        if (!paid.contains(it.key()))
            ++t.sharesOfNoPayment;
    return t;
}

} // namespace patron::test
