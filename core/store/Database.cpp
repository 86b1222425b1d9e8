#include "store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

#include "store/PageCipher.h"
#include "store/Sqlite.h"
#include "store/WalWriteBatcher.h"

#include <cstring>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct StoreTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Store)
};

Error internalErrorFrom(const std::logic_error& e)
{
    return {ErrorCode::Internal, StoreTr::tr("Internal error (a bug in Patron): %1. Nothing was saved.")
                                     .arg(QString::fromUtf8(e.what()))};
}

namespace {

void throwIf(int rc, sqlite3* db, const char* what)
{
    if (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE) {
        Error e;
        // A handle-less error (no db) still maps through the code alone.
        const int primary = rc & 0xFF;
        const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        switch (primary) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            e = {ErrorCode::StoreBusy,
                 StoreTr::tr("The store is busy: another program is writing to it. Try again in a moment.")};
            break;
        case SQLITE_FULL:
            e = {ErrorCode::DiskFull, StoreTr::tr("The disk is full. Nothing was saved; free some space and try again.")};
            break;
        case SQLITE_READONLY:
            e = {ErrorCode::ReadOnly, StoreTr::tr("The store is on a read-only disk or file. Nothing was saved.")};
            break;
        case SQLITE_IOERR:
            e = {ErrorCode::IoError, StoreTr::tr("The disk reported an input/output error (%1). Nothing was saved.").arg(detail)};
            break;
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            e = {ErrorCode::StoreDamaged, StoreTr::tr("The store file is damaged or not readable with this key.")};
            break;
        case SQLITE_CONSTRAINT:
            e = {ErrorCode::Conflict, StoreTr::tr("The change conflicts with existing data (%1).").arg(detail)};
            break;
        default:
            e = {ErrorCode::Internal, StoreTr::tr("Database error in %1: %2").arg(QString::fromUtf8(what), detail)};
        }
        throw StoreException(std::move(e));
    }
}
} // namespace

StoreException::StoreException(Error error)
    : m_error(std::move(error)), m_utf8(m_error.message.toStdString())
{
}

// ---- Statement -----------------------------------------------------------------------------

Statement::Statement(sqlite3_stmt* stmt, sqlite3* db, bool cached) : m_stmt(stmt), m_db(db), m_cached(cached) {}

Statement::Statement(Statement&& o) noexcept
    : m_stmt(std::exchange(o.m_stmt, nullptr)), m_db(o.m_db), m_cached(o.m_cached)
{
}

Statement& Statement::operator=(Statement&& o) noexcept
{
    if (this != &o) {
        this->~Statement();
        m_stmt = std::exchange(o.m_stmt, nullptr);
        m_db = o.m_db;
        m_cached = o.m_cached;
    }
    return *this;
}

Statement::~Statement()
{
    if (!m_stmt)
        return;
    if (m_cached) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    } else {
        sqlite3_finalize(m_stmt);
    }
}

void Statement::check(int rc) const { throwIf(rc, m_db, sqlite3_sql(m_stmt)); }

Statement& Statement::bind(int i, qint64 v)
{
    check(sqlite3_bind_int64(m_stmt, i, v));
    return *this;
}

Statement& Statement::bind(int i, const QString& v)
{
    if (v.isNull())
        return bindNull(i);
    const QByteArray u = v.toUtf8();
    check(sqlite3_bind_text(m_stmt, i, u.constData(), int(u.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int i, const char* utf8)
{
    check(sqlite3_bind_text(m_stmt, i, utf8, -1, SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindBlob(int i, const QByteArray& v)
{
    if (v.isNull())
        return bindNull(i);
    check(sqlite3_bind_blob(m_stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindText(int i, const QByteArray& utf8)
{
    if (utf8.isNull())
        return bindNull(i);
    check(sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindNull(int i)
{
    check(sqlite3_bind_null(m_stmt, i));
    return *this;
}

Statement& Statement::bind(int i, std::optional<qint64> v) { return v ? bind(i, *v) : bindNull(i); }
Statement& Statement::bind(int i, const std::optional<QString>& v) { return v ? bind(i, *v) : bindNull(i); }

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // Reset so the statement can be reused and the error code is the extended one.
    sqlite3_reset(m_stmt);
    check(rc);
    return false;
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::int64(int col) const { return sqlite3_column_int64(m_stmt, col); }

std::optional<qint64> Statement::optInt64(int col) const
{
    if (isNull(col))
        return std::nullopt;
    return int64(col);
}

QString Statement::text(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

QByteArray Statement::blob(int col) const
{
    const void* p = sqlite3_column_blob(m_stmt, col);
    if (!p)
        return {};
    return QByteArray(static_cast<const char*>(p), sqlite3_column_bytes(m_stmt, col));
}

bool Statement::isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }

// ---- Database ------------------------------------------------------------------------------

void Database::Closer::operator()(sqlite3* db) const { sqlite3_close_v2(db); }

Database::Database() = default;

Database::~Database() { close(); }

Database::Database(Database&& o) noexcept
    : m_db(std::exchange(o.m_db, nullptr)), m_owner(std::move(o.m_owner)), m_cache(std::move(o.m_cache)),
      m_path(std::move(o.m_path))
{
}

Database& Database::operator=(Database&& o) noexcept
{
    if (this != &o) {
        close();
        m_db = std::exchange(o.m_db, nullptr);
        m_owner = std::move(o.m_owner);
        m_cache = std::move(o.m_cache);
        m_path = std::move(o.m_path);
    }
    return *this;
}

void Database::close()
{
    for (auto& [sql, stmt] : m_cache)
        sqlite3_finalize(stmt);
    m_cache.clear();
    m_owner.reset();
    m_db = nullptr;
}

Result<Database> Database::open(const QString& path, const SecureBytes& key, const Options& options)
{
    int flags = SQLITE_OPEN_FULLMUTEX;
    flags |= options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (options.create)
        flags |= SQLITE_OPEN_CREATE;
    if (!options.create && !QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, StoreTr::tr("There is no store file at %1.").arg(path));

    sqlite3* raw = nullptr;
    // By default the WAL write batcher over SQLite's default VFS; it batches nothing until
    // configureForUse() opts this connection in.
    const QByteArray vfs = options.vfs.isEmpty() ? QByteArray(WalWriteBatcher::defaultVfsName()) : options.vfs.toUtf8();
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, vfs.constData());
    Database db;
    db.m_owner.reset(raw);
    db.m_db = raw;
    db.m_path = path;
    if (rc != SQLITE_OK) {
        const int primary = rc & 0xFF;
        if (primary == SQLITE_CANTOPEN) {
            const QFileInfo fi(path);
            if (!QFileInfo(fi.absolutePath()).isWritable() || (fi.exists() && !fi.isWritable()))
                return makeError(ErrorCode::ReadOnly,
                                 StoreTr::tr("The store at %1 cannot be opened for writing: the disk or folder is read-only.").arg(path));
            return makeError(ErrorCode::IoError, StoreTr::tr("The store at %1 cannot be opened.").arg(path));
        }
        return db.errorFor(rc, path);
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, options.busyTimeoutMs);

    return guarded([&]() -> Result<Database> {
        if (options.encrypted) {
            // Raw 32-byte key as x'…' hex: no key derivation on open (the passphrase KDF runs
            // once, in the vault). The hex text lives only in wiped buffers.
            const SecureBytes hex = key.toHex();
            SecureBytes spec(hex.size() + 3);
            spec.data()[0] = 'x';
            spec.data()[1] = '\'';
            std::memcpy(spec.data() + 2, hex.data(), hex.size());
            spec.data()[hex.size() + 2] = '\'';
            PageCipher::use(PageCipher::preferred());
            throwIf(sqlite3_key(raw, spec.data(), int(spec.size())), raw, "key");
            // 3.4.1 defaults to 1024-byte pages; set every cipher setting explicitly so a newer
            // SQLCipher (with other defaults) reads the same file.
            db.exec("PRAGMA cipher_page_size = 4096; PRAGMA cipher_use_hmac = ON;");
        }
        // Prove the key: the first read of page 1 fails with SQLITE_NOTADB on a wrong key.
        Statement probe = db.prepare("SELECT count(*) FROM sqlite_master");
        probe.step();
        return std::move(db);
    });
}

void Database::configureForUse()
{
    // cache_size: 16 MB of decrypted pages per connection; every page read from disk costs an
    // AES + HMAC, so the scan path and reports should find theirs in memory.
    exec("PRAGMA journal_mode = WAL;"
         "PRAGMA synchronous = FULL;"
         "PRAGMA cache_size = -16384;"
         "PRAGMA foreign_keys = ON;"
         "PRAGMA temp_store = MEMORY;");
    // Batching the WAL's writes is safe only with synchronous FULL, set just above: this is the
    // one place that opts a connection in (a later `PRAGMA synchronous` below FULL opts it out).
    WalWriteBatcher::enable(m_db);
}

void Database::exec(const char* sql)
{
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (err)
        sqlite3_free(err);
    throwIf(rc, m_db, sql);
}

Statement Database::prepare(const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    throwIf(sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr), m_db, sql);
    return Statement(stmt, m_db, false);
}

Statement Database::cached(const char* sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        sqlite3_stmt* stmt = nullptr;
        throwIf(sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr), m_db, sql);
        it = m_cache.emplace(sql, stmt).first;
    }
    return Statement(it->second, m_db, true);
}

qint64 Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }
bool Database::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

QString Database::integrityCheck()
{
    Statement s = prepare("PRAGMA integrity_check");
    QStringList problems;
    while (s.step())
        problems << s.text(0);
    return problems.join(u'\n');
}

Error Database::errorFor(int rc, const QString& context) const
{
    try {
        throwIf(rc, m_db, context.toUtf8().constData());
    } catch (const StoreException& e) {
        return e.error();
    }
    return {ErrorCode::Internal, StoreTr::tr("Unexpected database state.")};
}

// ---- Transaction ---------------------------------------------------------------------------

Transaction::Transaction(Database& db, Mode mode) : m_db(db)
{
    m_db.exec(mode == Mode::Immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction()
{
    if (!m_done && m_db.isOpen()) {
        // ROLLBACK can fail only if SQLite already rolled back (e.g. after SQLITE_FULL); either
        // way the transaction is gone, and a destructor must not throw.
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace patron
