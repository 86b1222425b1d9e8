#include "sales/ReceiptNumbers.h"

#include "store/Database.h"

namespace patron {

QString formatReceiptNumber(const QString& storeCode, const QString& tillCode, qint64 epoch, qint64 seq)
{
    return QStringLiteral("R%1-%2-%3-%4").arg(storeCode, tillCode).arg(epoch).arg(seq, 6, 10, QChar(u'0'));
}

QString nextReceiptNumber(Database& db, const QString& storeCode, const QString& tillCode, qint64 epoch)
{
    Q_ASSERT(db.inTransaction());
    // The epoch's row exists after its first sale: one UPDATE, and an INSERT only the first time.
    // OR FAIL: a one-row update needs no statement journal (see core/sales/SalesSummary.cpp).
    Statement up = db.cached("UPDATE OR FAIL receipt_sequences SET last_seq = last_seq + 1 WHERE epoch = ?");
    up.bind(1, epoch);
    up.run();
    if (db.changes() == 0) {
        Statement ins = db.cached("INSERT INTO receipt_sequences(epoch, last_seq) VALUES (?, 1)");
        ins.bind(1, epoch);
        ins.run();
    }
    Statement get = db.cached("SELECT last_seq FROM receipt_sequences WHERE epoch = ?");
    get.bind(1, epoch);
    get.step();
    return formatReceiptNumber(storeCode, tillCode, epoch, get.int64(0));
}

} // namespace patron
