#pragma once
// Keeps the summary tables (per day, hour, category, cashier, tender) up to date inside the
// checkout and return transactions. Returns add negative amounts. Per-product figures are rolled
// up from the sale lines afterwards (ProductMonthRollup).

#include <QDate>
#include <QList>
#include <QString>

namespace patron {

class Database;

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

void recordInSummaries(Database& db, const SummaryFacts& facts);

} // namespace patron
