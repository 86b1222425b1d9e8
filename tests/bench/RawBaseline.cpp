#include "RawBaseline.h"

#include "store/PageCipher.h"

#include <QFile>

#include <sqlite3.h>

#include <stdexcept>
#include <string>

namespace patron::bench {

namespace {
void check(sqlite3* db, int rc, const char* what)
{
    if (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE)
        throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(db));
}

sqlite3* openKeyed(const QString& path, const QByteArray& keyHex)
{
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("open " + path.toStdString());
    }
    // The same settings Database::open applies: a raw key, 4096-byte pages. The page cipher stays
    // SQLCipher's own, so the baseline is what any SQLCipher program gets.
    if (!keyHex.isEmpty()) {
        PageCipher::use(PageCipher::Provider::Stock);
        const QByteArray sql = "PRAGMA key = \"x'" + keyHex + "'\"; PRAGMA cipher_page_size = 4096;";
        check(db, sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), "key");
    }
    check(db, sqlite3_exec(db, "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 2000;", nullptr, nullptr, nullptr), "pragmas");
    return db;
}
} // namespace

RawBaseline::RawBaseline(const QString& path, const QByteArray& keyHex)
    : m_db(openKeyed(path, keyHex))
{
    exec("CREATE TABLE IF NOT EXISTS bench_raw_rows (id INTEGER PRIMARY KEY, sale INTEGER NOT NULL, n INTEGER NOT NULL,"
         " amount INTEGER NOT NULL, note TEXT)");
}

RawBaseline::~RawBaseline() { sqlite3_close(m_db); }

void RawBaseline::exec(const char* sql) { check(m_db, sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr), sql); }

void RawBaseline::openAndLookup(const QString& path, const QByteArray& keyHex, const QString& barcode)
{
    sqlite3* db = openKeyed(path, keyHex);
    sqlite3_stmt* s = nullptr;
    check(db, sqlite3_prepare_v2(db, "SELECT p.id, p.name, p.price_minor FROM product_barcodes b JOIN products p ON p.id = b.product_id"
                                     " WHERE b.code = ?", -1, &s, nullptr), "prepare");
    const QByteArray code = barcode.toUtf8();
    sqlite3_bind_text(s, 1, code.constData(), code.size(), SQLITE_TRANSIENT);
    check(db, sqlite3_step(s), "lookup");
    sqlite3_finalize(s);
    sqlite3_close(db);
}

void RawBaseline::query(const char* sql, const QString& arg)
{
    sqlite3_stmt* s = nullptr;
    check(m_db, sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr), sql);
    if (!arg.isNull()) {
        const QByteArray a = arg.toUtf8();
        sqlite3_bind_text(s, 1, a.constData(), a.size(), SQLITE_TRANSIENT);
    }
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    }
    sqlite3_finalize(s);
    check(m_db, rc, sql);
}

void RawBaseline::insertRows(int rows)
{
    exec("BEGIN IMMEDIATE");
    sqlite3_stmt* s = nullptr;
    check(m_db, sqlite3_prepare_v2(m_db, "INSERT INTO bench_raw_rows(sale, n, amount, note) VALUES (?, ?, ?, 'bench')", -1, &s, nullptr), "prepare");
    for (int i = 0; i < rows; ++i) {
        sqlite3_bind_int64(s, 1, 1);
        sqlite3_bind_int64(s, 2, i);
        sqlite3_bind_int64(s, 3, 100 * i);
        check(m_db, sqlite3_step(s), "insert");
        sqlite3_reset(s);
    }
    sqlite3_finalize(s);
    exec("COMMIT");
}

void RawBaseline::exportPlain(const QString& plainPath)
{
    // ATTACH opens with this connection's flags, which do not include SQLITE_OPEN_CREATE; an
    // empty file is an empty database, so make it first.
    QFile(plainPath).open(QIODevice::WriteOnly);
    const QByteArray sql = "ATTACH DATABASE '" + plainPath.toUtf8() + "' AS plain KEY ''; SELECT sqlcipher_export('plain'); DETACH DATABASE plain;";
    exec(sql.constData());
}

} // namespace patron::bench
