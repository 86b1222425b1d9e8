#pragma once
// Writes back a restored till's own return without a receipt (a sale.returned payload with
// "without_receipt": true) into its sale tables with its summaries, as ReturnService wrote it:
// the lines as returned (priced from the payload, the till's product for the code), its shift, the refund
// per tender, reason, cashier. Such a return names no sale, so SaleCopy::writeOwnReturn cannot
// take it. Idempotent by the return's UUID. Inside the caller's transaction; throws
// StoreException.

#include <QJsonObject>

#include <optional>

namespace patron {

class Database;

class SaleCopyWithoutReceipt {
public:
    explicit SaleCopyWithoutReceipt(Database& db) : m_db(db) {}

    // The local id of the return written; nullopt when it was not: already here, or a payload
    // from before the lines and payments travelled (nothing to rebuild the refund from).
    std::optional<qint64> write(const QJsonObject& ret);

private:
    Database& m_db;
};

} // namespace patron
