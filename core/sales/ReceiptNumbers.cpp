#include "sales/ReceiptNumbers.h"

#include "store/Database.h"

namespace patron {

// Where the till counts its receipts (schema step 17): a `meta` row per epoch. Every sale and
// return already writes meta's one page (the audit chain's head, the outbox's HLC), so the count
// costs no page of its own; it used to be a row of `receipt_sequences`, one more encrypted page
// per sale. `receipt_sequences` stays as a floor that writers other than the till raise: a re-pull
// of the till's own history after a restore (OwnHistoryRepull) and the demo generator. The next
// number is one past the larger of the two.
namespace {
QString counterKey(qint64 epoch) { return QStringLiteral("receipt_seq.%1").arg(epoch); }
} // namespace

QString formatReceiptNumber(const QString& storeCode, const QString& tillCode, qint64 epoch, qint64 seq)
{
    return QStringLiteral("R%1-%2-%3-%4").arg(storeCode, tillCode).arg(epoch).arg(seq, 6, 10, QChar(u'0'));
}

QString nextReceiptNumber(Database& db, const QString& storeCode, const QString& tillCode, qint64 epoch)
{
    Q_ASSERT(db.inTransaction());
    const QString key = counterKey(epoch);
    // The epoch's row exists after its first receipt: one UPDATE, and an INSERT only the first time.
    // OR FAIL: a one-row update needs no statement journal (see core/sales/SalesSummary.cpp).
    Statement up = db.cached(
        "UPDATE OR FAIL meta SET value = max(value + 1, "
        "coalesce((SELECT last_seq + 1 FROM receipt_sequences WHERE epoch = ?2), 1)) WHERE key = ?1");
    up.bindAll(key, epoch);
    up.run();
    if (db.changes() == 0) {
        Statement ins = db.cached(
            "INSERT INTO meta(key, value) "
            "VALUES (?1, coalesce((SELECT last_seq + 1 FROM receipt_sequences WHERE epoch = ?2), 1))");
        ins.bindAll(key, epoch);
        ins.run();
    }
    return formatReceiptNumber(storeCode, tillCode, epoch, lastReceiptSequence(db, epoch));
}

qint64 lastReceiptSequence(Database& db, qint64 epoch)
{
    Statement get = db.cached("SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?");
    get.bind(1, counterKey(epoch));
    const qint64 seq = get.step() ? get.int64(0) : 0;
    get.reset();
    return seq;
}

} // namespace patron
