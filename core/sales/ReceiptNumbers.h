#pragma once
// Receipt numbers: R<store>-<till>-<epoch>-<sequence>, e.g. RSH01-T1-1-000123. Unique across the
// chain (store and till codes are), gapless per till and epoch (the next number is taken inside
// the checkout transaction, so a crash or rollback never skips or repeats one), and never reused
// after a restore (a restore starts a new epoch).

#include <QString>

namespace patron {

class Database;

// Inside the caller's transaction.
QString nextReceiptNumber(Database& db, const QString& storeCode, const QString& tillCode, qint64 epoch);
QString formatReceiptNumber(const QString& storeCode, const QString& tillCode, qint64 epoch, qint64 seq);
// The last sequence number the till issued in an epoch (0 before its first receipt).
qint64 lastReceiptSequence(Database& db, qint64 epoch);

} // namespace patron
