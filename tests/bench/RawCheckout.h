#pragma once
// The second checkout baseline: the bare SQLCipher C API writing, in one transaction with
// prepared statements, the rows a Patron checkout writes (the sale, 5 lines with their shares of
// each payment, 2 payments, the day's summary rows, the cart, an audit record, an outbox
// event, the audit head, clock and receipt counter in meta), into copies of those tables with
// the same columns and indexes. It prices nothing, checks nothing and hashes nothing: what is
// left is the pages and statements a checkout cannot avoid. The 5-row insert stays the gate.

#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace patron::bench {

class RawCheckout {
public:
    // Creates the bench_raw_* copies of the sale tables on db (once per store) and prepares the
    // statements.
    explicit RawCheckout(sqlite3* db);
    ~RawCheckout();
    RawCheckout(const RawCheckout&) = delete;
    RawCheckout& operator=(const RawCheckout&) = delete;

    // Untimed: the open carts the next `count` checkouts complete (the till's scans made them).
    void openCarts(int count);
    // One checkout of 5 lines paid by two tenders, fsync included.
    void checkout();

private:
    sqlite3_stmt* prepare(const char* sql);
    void run(sqlite3_stmt* s);
    void exec(const char* sql);
    QString storedSql(const QString& name);  // empty when there is no such table or index
    void dropIndexesGoneFrom(const char* table);
    sqlite3* m_db;
    std::vector<sqlite3_stmt*> m_all;
    sqlite3_stmt *m_cart, *m_sequence, *m_sale, *m_line, *m_payment, *m_summary, *m_cartDone, *m_audit,
        *m_outbox, *m_meta;
    long long m_nextCart = 0;
    long long m_serial = 0;
};

} // namespace patron::bench
