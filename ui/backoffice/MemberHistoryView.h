#pragma once
// MemberHistoryView: what a member did, one tab each: sales and returns, points entries,
// stored-value entries, coupons and tier changes, newest first.

#include <QTabWidget>

class QTableWidget;

namespace patron {
class Database;
class MembersModule;
}

namespace patron::ui {

class MemberHistoryView : public QTabWidget {
    Q_OBJECT
public:
    MemberHistoryView(Database& db, MembersModule& members, QWidget* parent = nullptr);

    // Reads every list again; returns the first error's message, empty when all loaded.
    QString load(qint64 memberId);
    QTableWidget* sales() const { return m_sales; }
    QTableWidget* points() const { return m_points; }
    QTableWidget* wallet() const { return m_wallet; }
    QTableWidget* coupons() const { return m_coupons; }
    QTableWidget* tiers() const { return m_tiers; }

    // The most sales shown: a regular customer's years of receipts are searched elsewhere.
    static constexpr int kMaxSales = 500;

private:
    QTableWidget* addTable(const char* name, const QString& title, const QStringList& headers);

    Database& m_db;
    MembersModule& m_members;
    QTableWidget* m_sales;
    QTableWidget* m_points;
    QTableWidget* m_wallet;
    QTableWidget* m_coupons;
    QTableWidget* m_tiers;
};

} // namespace patron::ui
