#pragma once
// Writes sales head office hands back into the till's sale tables, from the payloads the tills
// pushed (docs/sync-events.md): another store's sale fetched for a return here (a copy no total,
// report or Z of this till counts), and a restored till's own sales and returns made after its
// backup (counted in the summaries, as when they were made). Each write is idempotent by the
// sale's UUID. Inside the caller's transaction; throws StoreException.

#include "common/Uuid.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace patron {

class Database;
struct Shift;

class SaleCopy {
public:
    explicit SaleCopy(Database& db) : m_db(db) {}

    std::optional<qint64> saleId(const Uuid& saleUuid) const;

    // Another store's sale (a sale.completed payload). Returns the local sale id.
    qint64 writeForeign(const QJsonObject& sale, const QString& storeCode, const QString& tillCode,
                        const QString& fetchedAt);
    // This till's own sale, with its summaries, booked to its shift (ShiftCopy::bookedShift).
    // Returns the local sale id.
    qint64 writeOwnSale(const QJsonObject& sale);
    // This till's own return of a sale it holds (a sale.returned payload), with its summaries,
    // booked to its shift.
    // Returns the local id of the return; nullopt when it was not written: already here, or of a
    // sale the till does not hold. (A return without a receipt: SaleCopyWithoutReceipt.)
    std::optional<qint64> writeOwnReturn(const QJsonObject& ret);

    // Replaces what other tills returned of the sale's lines (hq.sale_for_return's
    // "returned_elsewhere").
    void setReturnedElsewhere(qint64 saleId, const QJsonArray& returned, const QString& at);

private:
    // `shift`: the drawer an own sale was booked to (none for another store's copy).
    qint64 insertSale(const QJsonObject& sale, bool countInSummaries, const std::optional<Shift>& shift);

    Database& m_db;
};

} // namespace patron
