#pragma once
// Fills a store with a large, realistic and reproducible data set (products, members, a year of
// sales) for demonstrations and benchmarks. The distributions are hand-written over its own
// PRNG, so one seed gives the same data on every compiler and library. Sales are written in
// bulk (synchronous = OFF, one transaction per day), not through the checkout; the generator
// writes the same detail rows, summary tables, member counters and search indexes the checkout
// and the catalog keep, then verifies them against the detail tables.

#include "common/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace patron {

class Database;

struct DemoPlan {
    qint64 products = 2000;
    qint64 members = 2000;
    qint64 saleLines = 20000;
    int days = 30;
    quint64 seed = 1;
    QDate lastDay;             // the last business day with sales (the caller's yesterday)
    QString storeCode;         // receipt numbers and member card numbers
    QString tillCode;
    qint64 receiptEpoch = 1;
    QString baseTierCode;      // the tier a new member gets (the rule book's base tier)
    bool integrityCheck = true;  // PRAGMA integrity_check after loading (slow on big stores)
};

struct DemoReport {
    qint64 categories = 0, products = 0, members = 0, sales = 0, saleLines = 0, payments = 0;
    qint64 productsMs = 0, membersMs = 0, salesMs = 0, verifyMs = 0;
    int daysVerified = 0;
    qint64 membersVerified = 0;
    QString integrity;         // "ok", "skipped", or the first problems
    QJsonObject toJson() const;
};

class DemoGenerator {
public:
    using Progress = std::function<void(const QString&)>;
    DemoGenerator(Database& db, Progress progress) : m_db(db), m_progress(std::move(progress)) {}

    // Refuses a store that already has sales or products: demo data never mixes with a shop's.
    Result<DemoReport> generate(const DemoPlan& plan);
    // Counts, summary tables against a GROUP BY over the detail rows for sample days, member
    // counters for sample members. Fills the verification fields of the report.
    Result<void> verify(const DemoPlan& plan, DemoReport& report);

private:
    void say(const QString& text) const;
    Database& m_db;
    Progress m_progress;
};

} // namespace patron
