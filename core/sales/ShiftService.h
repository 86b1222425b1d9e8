#pragma once
// Shifts and business days. A cashier's shift opens with a float, takes cash in and out with a
// reason, and closes with the counted cash against what the till expects. The X report reads the
// day so far and changes nothing; the Z report closes the till's business day, once.

#include "common/Result.h"
#include "common/Uuid.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace patron {

class Database;
struct SalesContext;
struct Session;

struct Shift {
    qint64 id = 0;
    Uuid uuid;
    QString cashier;
    QDate businessDay;
    QString openedAt;
    qint64 floatMinor = 0;
    QString closedAt;
    std::optional<qint64> countedMinor;
    std::optional<qint64> expectedMinor;
};

struct TenderTotal {
    QString tender;
    qint64 count = 0;        // sales paid with it
    qint64 amountMinor = 0;  // net of refunds
    qint64 refunds = 0;      // returns refunded to it
};

// What X and Z reports show. All money in minor units.
struct DayReport {
    QDate businessDay;
    qint64 sales = 0;
    qint64 returns = 0;
    qint64 listMinor = 0;        // before discounts
    qint64 discountMinor = 0;
    qint64 netMinor = 0;         // sales minus returns
    qint64 returnsMinor = 0;     // positive
    qint64 itemsMilli = 0;
    qint64 voids = 0;            // carts voided
    QList<TenderTotal> tenders;
    qint64 floatMinor = 0;
    qint64 cashInMinor = 0;
    qint64 cashOutMinor = 0;
    qint64 expectedCashMinor = 0;
    std::optional<qint64> countedCashMinor;  // closed shifts only
    bool closed = false;         // a Z report
    QJsonObject toJson() const;
};

// The open shift on this till, if any. Inside any transaction or none.
std::optional<Shift> openShift(Database& db);
// The till's shift with this UUID, open or closed, if it holds it.
std::optional<Shift> shiftByUuid(Database& db, const Uuid& uuid);

class ShiftService {
public:
    explicit ShiftService(SalesContext& ctx) : m_ctx(ctx) {}

    Result<Shift> open(const Session& cashier, qint64 floatMinor);
    Result<void> cashMovement(const Session& user, bool in, qint64 amountMinor, const QString& reason);
    Result<Shift> close(const Session& cashier, qint64 countedMinor);
    std::optional<Shift> current() const;

    Result<DayReport> xReport() const;               // the current business day so far
    Result<DayReport> zReport(const Session& user);  // closes it; refused while a shift is open
    Result<DayReport> storedZ(const QDate& day) const;

private:
    DayReport buildReport(const QDate& day) const;
    qint64 expectedCash(const Shift& shift) const;
    // Adds the sale lines sold since the last time into sum_product_month (ProductMonthRollup).
    void rollUpProductMonths();
    SalesContext& m_ctx;
};

} // namespace patron
