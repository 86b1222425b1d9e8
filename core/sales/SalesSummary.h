#pragma once
// Keeps the summary tables (per day, hour, category, cashier, tender, and the open shift's cash)
// up to date inside the checkout and return transactions. Returns add negative amounts.
// Per-product figures are rolled up from the sale lines afterwards (ProductMonthRollup).

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace patron {

class Database;
struct Shift;

struct SummaryLine {
    qint64 categoryId = 0;
    qint64 qtyMilli = 0;     // negative on a return
    qint64 listMinor = 0;
    qint64 netMinor = 0;
    qint64 costMinor = 0;    // qty × unit cost
};

struct SummaryFacts {
    QDate businessDay;
    int hour = 0;
    QString cashier;
    bool isReturn = false;
    bool member = false;
    QList<SummaryLine> lines;
    QList<std::pair<QString, qint64>> tenders;  // tender code, amount (negative on a return)
};

// `shift` is the shift the sale or return was booked to (sales.shift_id), read in the same
// transaction; its cash goes to the drawer's row (kind 's', keyed by the shift's id under the
// shift's business day), which ShiftService reads as the drawer's expected cash.
void recordInSummaries(Database& db, const SummaryFacts& facts, const std::optional<Shift>& shift);
// The same, for a caller that has not read the open shift: it is read here.
void recordInSummaries(Database& db, const SummaryFacts& facts);

} // namespace patron
