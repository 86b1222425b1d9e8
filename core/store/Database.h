#pragma once
// RAII access to one SQLCipher database through its C API: a connection, prepared statements
// with explicit typed binds and getters, and a transaction that rolls back in its destructor.
// This header never includes sqlite3.h; only core/store/*.cpp do.
//
// Errors inside a unit of work throw StoreException (carrying a translated Error), so a
// Transaction unwinds cleanly; service functions catch it at their boundary and return Result.

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>
#include <QString>
#include <QStringBuilder>

#include <exception>
#include <memory>
#include <optional>
#include <stdexcept>
#include <type_traits>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace patron {

class StoreException : public std::exception {
public:
    explicit StoreException(Error error);
    const Error& error() const { return m_error; }
    const char* what() const noexcept override { return m_utf8.c_str(); }

private:
    Error m_error;
    std::string m_utf8;
};

class Statement {
public:
    Statement() = default;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Binds are 1-based, like SQLite's.
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement& bind(int index, const QString& value);  // a null QString binds NULL
    Statement& bind(int index, const char* utf8);
    Statement& bindBlob(int index, const QByteArray& value);  // a null QByteArray binds NULL
    Statement& bindText(int index, const QByteArray& utf8);   // UTF-8 bytes as TEXT; null binds NULL
    Statement& bindNull(int index);
    Statement& bind(int index, std::optional<qint64> value);
    Statement& bind(int index, const std::optional<QString>& value);

    template <typename... Args>
    Statement& bindAll(const Args&... args)
    {
        int i = 1;
        (bindOne(i++, args), ...);
        return *this;
    }

    // Advances one row; true while a row is available. Throws StoreException on failure.
    bool step();
    // Runs to completion, ignoring rows.
    void run();
    void reset();

    qint64 int64(int col) const;
    std::optional<qint64> optInt64(int col) const;
    QString text(int col) const;
    QByteArray blob(int col) const;
    bool isNull(int col) const;
    int columnCount() const;

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, sqlite3* db, bool cached);
    void check(int rc) const;
    template <typename T>
    void bindOne(int i, const T& v) { bind(i, v); }
    void bindOne(int i, const QByteArray& v) { bindBlob(i, v); }
    template <typename A, typename B>
    void bindOne(int i, const QStringBuilder<A, B>& v) { bind(i, QString(v)); }

    sqlite3_stmt* m_stmt = nullptr;
    sqlite3* m_db = nullptr;
    bool m_cached = false;  // a cached statement is reset, not finalized, when this handle dies
};

class Database {
public:
    struct Options {
        QString vfs;               // empty: WalWriteBatcher over SQLite's default VFS (tests pass their own)
        int busyTimeoutMs = 2000;  // how long a writer waits for another before "store busy"
        bool create = false;       // create the file if missing
        bool readOnly = false;
        bool encrypted = true;     // false only for the benchmark's cipher-cost comparison
    };

    Database();
    ~Database();
    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens, applies the key and the cipher settings, and proves the key by reading the schema.
    // Does not change the file: journal mode and other durable settings come from configure().
    static Result<Database> open(const QString& path, const SecureBytes& key, const Options& options);

    // WAL, synchronous = FULL (with batched WAL writes), foreign keys, temp_store = MEMORY. Call
    // after the version check.
    void configureForUse();

    bool isOpen() const { return m_db != nullptr; }
    void close();

    void exec(const char* sql);  // one or more statements, no binds
    Statement prepare(const char* sql);
    // A statement kept prepared for this connection's lifetime: for the hot paths.
    Statement cached(const char* sql);

    // Convenience for single-value queries.
    template <typename... Args>
    std::optional<qint64> queryInt64(const char* sql, const Args&... args)
    {
        Statement s = prepare(sql);
        s.bindAll(args...);
        if (s.step() && !s.isNull(0))
            return s.int64(0);
        return std::nullopt;
    }
    template <typename... Args>
    std::optional<QString> queryText(const char* sql, const Args&... args)
    {
        Statement s = prepare(sql);
        s.bindAll(args...);
        if (s.step() && !s.isNull(0))
            return s.text(0);
        return std::nullopt;
    }
    template <typename... Args>
    int execute(const char* sql, const Args&... args)
    {
        Statement s = prepare(sql);
        s.bindAll(args...);
        s.run();
        return changes();
    }

    qint64 lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;
    QString path() const { return m_path; }

    // PRAGMA integrity_check; "ok" or the first problems found.
    QString integrityCheck();

    // Translated Error for an SQLite result code on this connection.
    Error errorFor(int rc, const QString& context = {}) const;

    sqlite3* handle() const { return m_db; }  // for core/store internals only

private:
    struct Closer {
        void operator()(sqlite3* db) const;
    };
    sqlite3* m_db = nullptr;
    std::unique_ptr<sqlite3, Closer> m_owner;
    std::unordered_map<const char*, sqlite3_stmt*> m_cache;
    QString m_path;
};

class Transaction {
public:
    enum class Mode { Deferred, Immediate };
    // Immediate takes the write lock now, so a busy store fails here, before any work is done.
    explicit Transaction(Database& db, Mode mode = Mode::Immediate);
    ~Transaction();  // rolls back unless committed; never throws
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();
    Database& db() { return m_db; }

private:
    Database& m_db;
    bool m_done = false;
};

namespace detail {
template <typename T> struct IsResult : std::false_type {};
template <typename T> struct IsResult<Result<T>> : std::true_type {};
template <typename T> struct GuardedType { using type = Result<T>; };
template <typename T> struct GuardedType<Result<T>> { using type = Result<T>; };
} // namespace detail

// The Error for a std::logic_error (a bug caught by a check, e.g. a malformed JSON document)
// that reached a unit of work's boundary: the work rolls back instead of ending the program.
Error internalErrorFrom(const std::logic_error& e);

// Runs fn and turns a StoreException into its Error: the boundary between unit-of-work code
// (which throws) and service APIs (which return Result). fn may return a value, void or a Result.
template <typename Fn>
auto guarded(Fn&& fn) -> typename detail::GuardedType<decltype(fn())>::type
{
    try {
        if constexpr (std::is_void_v<decltype(fn())>) {
            fn();
            return {};
        } else {
            return fn();
        }
    } catch (const StoreException& e) {
        return e.error();
    } catch (const std::logic_error& e) {
        return internalErrorFrom(e);
    }
}

} // namespace patron
