#pragma once
// Per-product sales per month (sum_product_month) are added up from the sale lines after the
// sale, not inside it: the five products of a sale sit on five random leaf pages of a b-tree of
// millions of rows, and each page a checkout dirties is encrypted and MACed on commit (see
// docs/performance.md). sum_rollups keeps the last sale line counted; readers add the lines
// after it themselves (ProductRanking), so the figures are exact whenever the roll-up last ran.
// It runs in its own transaction when a shift opens and after the day-end (Z) report.

#include <QHash>
#include <QString>

#include <utility>

namespace patron {

class Database;

class ProductMonthRollup {
public:
    explicit ProductMonthRollup(Database& db) : m_db(db) {}

    // The id of the last sale line sum_product_month counts.
    qint64 rolledThrough() const;

    // Quantity and net per product of the lines not rolled up yet, over business days in the
    // months firstMonth..lastMonth ("2026-03"). A line without a product counts as product 0,
    // as in sum_product_month.
    QHash<qint64, std::pair<qint64, qint64>> pendingByProduct(const QString& firstMonth, const QString& lastMonth) const;

    // Adds the lines not rolled up yet into sum_product_month, in one transaction (its own, or
    // the caller's when one is open). Returns how many lines it added. Throws StoreException.
    qint64 rollUp();

    // For a writer that filled sum_product_month itself (the demo generator): every line so far
    // is counted. Inside the caller's transaction.
    void markAllCounted();

private:
    void markThrough(qint64 lineId);
    Database& m_db;
};

} // namespace patron
