#pragma once
// Per-member summary counters (last visit, visits, spend) and per-day activity, maintained by
// the checkout and return transactions so reports (RFM, dormant members) and tier windows
// never scan sales.

#include <QDateTime>

namespace patron {

class Database;

class MemberActivity {
public:
    explicit MemberActivity(Database& db) : m_db(db) {}

    // Inside the caller's transaction. `at` is the sale's time (its local date is the day).
    void recordPurchase(qint64 memberId, qint64 amountMinor, const QDateTime& at);
    // A return lowers spend on the return's day; it does not undo the visit.
    void recordReturn(qint64 memberId, qint64 amountMinor, const QDateTime& at);

private:
    void addDay(qint64 memberId, const QDateTime& at, qint64 visits, qint64 spendMinor);
    Database& m_db;
};

} // namespace patron
