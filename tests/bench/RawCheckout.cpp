#include "RawCheckout.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

#include <chrono>
#include <stdexcept>
#include <string>

namespace patron::bench {

namespace {
// What CheckoutService::pay writes to (a sale without a member).
constexpr const char* kTables[] = {"sales", "sale_lines", "sale_payments", "sum_daily", "carts", "audit_log", "outbox", "meta"};
constexpr const char* kDay = "2099-01-01";
constexpr int kLines = 5;
constexpr int kTenders = 2;
const char* const kTenderCodes[kTenders] = {"wechat", "cash"};

// A v7-like UUID: time first, so the uuid indexes are appended to as Patron's are.
QByteArray orderedUuid(long long serial)
{
    QByteArray b(16, '\0');
    for (int i = 0; i < 8; ++i)
        b[i] = char((serial >> (56 - 8 * i)) & 0xff);
    b[8] = char(0x80);
    return b;
}

void bindText(sqlite3_stmt* s, int i, const QByteArray& v) { sqlite3_bind_text(s, i, v.constData(), int(v.size()), SQLITE_TRANSIENT); }
void bindBlob(sqlite3_stmt* s, int i, const QByteArray& v) { sqlite3_bind_blob(s, i, v.constData(), int(v.size()), SQLITE_TRANSIENT); }
} // namespace

RawCheckout::RawCheckout(sqlite3* db)
    : m_db(db)
{
    // Copies of the tables and their indexes, by their own DDL: same columns, same b-trees per
    // row (the UNIQUE constraints' automatic indexes come with the CREATE TABLE). Foreign keys
    // are dropped so the store's own deletes never look into the copies.
    exec("BEGIN IMMEDIATE");
    QStringList creates;
    bool stale = false;
    for (const char* table : kTables) {
        sqlite3_stmt* ddl = nullptr;
        if (sqlite3_prepare_v2(m_db, "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL"
                                     " ORDER BY type = 'index'", -1, &ddl, nullptr) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(m_db));
        sqlite3_bind_text(ddl, 1, table, -1, SQLITE_STATIC);
        QStringList statements;
        while (sqlite3_step(ddl) == SQLITE_ROW) {
            const QString type = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(ddl, 0)));
            const QString name = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(ddl, 1)));
            QString sql = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(ddl, 2)));
            const QString copy = QStringLiteral("bench_raw_") + QString::fromLatin1(table);
            // Triggers are not rows (none is left on these tables since step 21). The audit
            // facets AuditLog looks up for each record write no page for a sale's record, which
            // always has them already; the baseline leaves those lookups out.
            if (type == QLatin1String("trigger"))
                continue;
            if (type == QLatin1String("table")) {
                sql.replace(QRegularExpression(QStringLiteral("^CREATE TABLE \"?\\w+\"?")), QStringLiteral("CREATE TABLE ") + copy);
                sql.replace(QRegularExpression(QStringLiteral("REFERENCES \\w+\\(\\w+\\)")), QString());
                const QString made = storedSql(copy);
                stale = stale || (!made.isEmpty() && made != sql);
                sql.replace(0, int(sizeof("CREATE TABLE ") - 1), QStringLiteral("CREATE TABLE IF NOT EXISTS "));
            } else {
                sql.replace(QRegularExpression(QStringLiteral("^CREATE (UNIQUE )?INDEX \\w+ ON \\w+")),
                            QStringLiteral("CREATE \\1INDEX IF NOT EXISTS bench_raw_") + name + QStringLiteral(" ON ") + copy);
            }
            statements << sql;
        }
        sqlite3_finalize(ddl);
        creates << statements;
    }
    // Copies made before a schema step rebuilt one of the tables are all made again (their rows
    // refer to each other's ids).
    if (stale) {
        for (const char* table : kTables)
            exec(QByteArray(QByteArray("DROP TABLE IF EXISTS bench_raw_") + table).constData());
    }
    // The share rows' copy from before schema step 23 (the shares are a column of the line since).
    exec("DROP TABLE IF EXISTS bench_raw_sale_line_tenders");
    for (const QString& sql : creates)
        exec(sql.toUtf8().constData());
    for (const char* table : kTables)
        dropIndexesGoneFrom(table);
    // The receipt counter is a meta row since schema step 17 (ReceiptNumbers.cpp).
    exec("INSERT OR IGNORE INTO bench_raw_meta(key, value) VALUES ('audit_head', hex(randomblob(34))), ('hlc_last', '0001764000000000-0000-BNCH-T1'),"
         " ('receipt_seq.1', '0')");
    sqlite3_stmt* seed = prepare("INSERT OR IGNORE INTO bench_raw_sum_daily(business_day, kind, key) VALUES (?, ?, ?)");
    const auto seedRow = [&](const char* kind, const QByteArray& key) {
        sqlite3_bind_text(seed, 1, kDay, -1, SQLITE_STATIC);
        sqlite3_bind_text(seed, 2, kind, -1, SQLITE_STATIC);
        bindText(seed, 3, key);
        run(seed);
    };
    seedRow("d", "");
    seedRow("h", "20");
    seedRow("k", "li");
    for (const char* t : kTenderCodes)
        seedRow("t", t);
    for (int c = 1; c <= kLines; ++c)
        seedRow("c", QByteArray::number(c));
    exec("COMMIT");

    m_cart = prepare("INSERT INTO bench_raw_carts(uuid, status, cashier, created_at, updated_at) VALUES (?, 'open', 'li', ?, ?)");
    m_sequence = prepare("UPDATE OR FAIL bench_raw_meta SET value = value + 1 WHERE key = 'receipt_seq.1'");
    m_sale = prepare("INSERT INTO bench_raw_sales(uuid, receipt_no, kind, business_day, created_at, cashier, shift_id, member_id,"
                     " subtotal_minor, discount_minor, rounding_minor, total_minor, change_minor, items_milli)"
                     " VALUES (?, ?, 'sale', ?, ?, 'li', 1, NULL, 5000, 0, 0, 5000, 0, 5000)");
    m_line = prepare("INSERT INTO bench_raw_sale_lines(uuid, sale_id, line_no, product_id, sku, name, category_id, unit, qty_milli,"
                     " unit_price_minor, list_minor, promo_discount_minor, line_discount_minor, order_discount_minor, rounding_minor,"
                     " net_minor, unit_cost_minor, tax_bp, promotion, tender_shares) VALUES (?, ?, ?, ?, ?, ?, ?, 'pc', 1000, 1000, 1000,"
                     " 0, 0, 0, 0, 1000, 700, 1300, NULL, ?)");
    m_payment = prepare("INSERT INTO bench_raw_sale_payments(uuid, sale_id, seq, tender, amount_minor, tendered_minor, points, reference)"
                        " VALUES (?, ?, ?, ?, 2500, 2500, 0, ?)");
    m_summary = prepare("UPDATE OR FAIL bench_raw_sum_daily SET n = n + 1, list_minor = list_minor + 1000, net_minor = net_minor + 1000,"
                        " cost_minor = cost_minor + 700, items_milli = items_milli + 1000 WHERE business_day = ? AND kind = ? AND key = ?");
    m_cartDone = prepare("UPDATE OR FAIL bench_raw_carts SET status = 'completed', updated_at = ? WHERE id = ?");
    m_audit = prepare("INSERT INTO bench_raw_audit_log(uuid, at, user_name, action, subject, details, prev_hash, hash)"
                      " VALUES (?, ?, 'li', 'sale.complete', ?, '{\"lines\":5,\"total_minor\":5000}', randomblob(32), randomblob(32))");
    m_outbox = prepare("INSERT INTO bench_raw_outbox(uuid, type, version, hlc, store_code, till_code, payload, created_at)"
                       " VALUES (?, 'sale.completed', 1, ?, 'BNCH', 'T1', ?, ?)");
    m_meta = prepare("UPDATE OR FAIL bench_raw_meta SET value = ? WHERE key = ?");
    // Microseconds since the epoch: unique across runs on the same store, and increasing.
    m_serial = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

RawCheckout::~RawCheckout()
{
    for (sqlite3_stmt* s : m_all)
        sqlite3_finalize(s);
}

sqlite3_stmt* RawCheckout::prepare(const char* sql)
{
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr) != SQLITE_OK)
        throw std::runtime_error(std::string(sql) + ": " + sqlite3_errmsg(m_db));
    m_all.push_back(s);
    return s;
}

void RawCheckout::run(sqlite3_stmt* s)
{
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (rc != SQLITE_DONE)
        throw std::runtime_error(std::string("raw checkout: ") + sqlite3_errmsg(m_db));
}

QString RawCheckout::storedSql(const QString& name)
{
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT sql FROM sqlite_master WHERE name = ?", -1, &s, nullptr) != SQLITE_OK)
        throw std::runtime_error(sqlite3_errmsg(m_db));
    const QByteArray utf8 = name.toUtf8();
    sqlite3_bind_text(s, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    QString sql;
    if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
        sql = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
    sqlite3_finalize(s);
    return sql;
}

void RawCheckout::dropIndexesGoneFrom(const char* table)
{
    // A copy made before a schema step dropped one of the table's indexes keeps it; the copy must
    // cost what the table costs now.
    sqlite3_stmt* gone = nullptr;
    const QByteArray copy = QByteArray("bench_raw_") + table;
    if (sqlite3_prepare_v2(m_db, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?1 AND sql IS NOT NULL"
                                 " AND substr(name, 11) NOT IN (SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?2)",
                           -1, &gone, nullptr) != SQLITE_OK)
        throw std::runtime_error(sqlite3_errmsg(m_db));
    sqlite3_bind_text(gone, 1, copy.constData(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(gone, 2, table, -1, SQLITE_STATIC);
    QList<QByteArray> names;
    while (sqlite3_step(gone) == SQLITE_ROW)
        names << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(gone, 0)));
    sqlite3_finalize(gone);
    for (const QByteArray& name : names)
        exec(QByteArray("DROP INDEX " + name).constData());
}

void RawCheckout::exec(const char* sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        throw std::runtime_error(std::string(sql) + ": " + sqlite3_errmsg(m_db));
}

void RawCheckout::openCarts(int count)
{
    exec("BEGIN IMMEDIATE");
    for (int i = 0; i < count; ++i) {
        bindBlob(m_cart, 1, orderedUuid(++m_serial));
        bindText(m_cart, 2, "2099-01-01T20:00:00+08:00");
        bindText(m_cart, 3, "2099-01-01T20:00:00+08:00");
        run(m_cart);
        if (i == 0)
            m_nextCart = sqlite3_last_insert_rowid(m_db);
    }
    exec("COMMIT");
}

void RawCheckout::checkout()
{
    const long long serial = ++m_serial;
    const QByteArray at = "2099-01-01T20:00:00+08:00";
    const QByteArray receiptNo = "BNCH-T1-" + QByteArray::number(serial);
    exec("BEGIN IMMEDIATE");
    run(m_sequence);
    bindBlob(m_sale, 1, orderedUuid(serial));
    bindText(m_sale, 2, receiptNo);
    bindText(m_sale, 3, kDay);
    bindText(m_sale, 4, at);
    run(m_sale);
    const long long saleId = sqlite3_last_insert_rowid(m_db);
    for (int i = 0; i < kLines; ++i) {
        bindBlob(m_line, 1, orderedUuid(++m_serial));
        sqlite3_bind_int64(m_line, 2, saleId);
        sqlite3_bind_int(m_line, 3, i + 1);
        sqlite3_bind_int64(m_line, 4, 1000 + i);
        bindText(m_line, 5, "D" + QByteArray::number(1000 + i));
        bindText(m_line, 6, QStringLiteral("康师傅红烧牛肉面 %1 袋").arg(i).toUtf8());
        sqlite3_bind_int(m_line, 7, i + 1);
        // Half of each line's 10.00 from each payment, as LineShares writes it.
        sqlite3_bind_text(m_line, 8, "1:500;2:500", -1, SQLITE_STATIC);
        run(m_line);
    }
    for (int t = 0; t < kTenders; ++t) {
        bindBlob(m_payment, 1, orderedUuid(++m_serial));
        sqlite3_bind_int64(m_payment, 2, saleId);
        sqlite3_bind_int(m_payment, 3, t + 1);
        sqlite3_bind_text(m_payment, 4, kTenderCodes[t], -1, SQLITE_STATIC);
        if (t == 0)
            bindText(m_payment, 5, "bench");
        run(m_payment);
    }
    const auto summary = [&](const char* kind, const QByteArray& key) {
        sqlite3_bind_text(m_summary, 1, kDay, -1, SQLITE_STATIC);
        sqlite3_bind_text(m_summary, 2, kind, -1, SQLITE_STATIC);
        bindText(m_summary, 3, key);
        run(m_summary);
    };
    summary("d", "");
    summary("h", "20");
    summary("k", "li");
    for (const char* t : kTenderCodes)
        summary("t", t);
    for (int c = 1; c <= kLines; ++c)
        summary("c", QByteArray::number(c));
    bindText(m_cartDone, 1, at);
    sqlite3_bind_int64(m_cartDone, 2, m_nextCart++);
    run(m_cartDone);
    bindBlob(m_audit, 1, orderedUuid(++m_serial));
    bindText(m_audit, 2, at);
    bindText(m_audit, 3, receiptNo);
    run(m_audit);
    // The event's size is a real sale.completed event's (5 lines, 2 payments: ~1,700 bytes).
    const QByteArray hlc = QByteArray::number(serial).rightJustified(16, '0') + "-0000-BNCH-T1";
    bindBlob(m_outbox, 1, orderedUuid(++m_serial));
    bindText(m_outbox, 2, hlc);
    bindText(m_outbox, 3, QByteArray(1700, 'x'));
    bindText(m_outbox, 4, at);
    run(m_outbox);
    bindText(m_meta, 1, QByteArray(68, 'a'));
    bindText(m_meta, 2, "audit_head");
    run(m_meta);
    bindText(m_meta, 1, hlc);
    bindText(m_meta, 2, "hlc_last");
    run(m_meta);
    exec("COMMIT");
}

} // namespace patron::bench
