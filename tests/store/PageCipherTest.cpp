#include "TempStore.h"
#include "TestEnv.h"

#include "store/PageCipher.h"
#include "store/SqlcipherProvider.h"

#include <QFile>
#include <QRandomGenerator>

#include <array>
#include <vector>

using namespace patron;
using namespace patron::test;

namespace {

constexpr int kOk = 0;          // SQLITE_OK
constexpr int kEncrypt = 1;     // SQLCipher's CIPHER_ENCRYPT
constexpr int kDecrypt = 0;
constexpr int kPageData = 4096 - 48;  // what SQLCipher encrypts of a 4096-byte page (48 reserved)

// Leaves the process preferring what Database::open prefers by default, whatever a test did.
struct PreferenceGuard {
    ~PreferenceGuard() { PageCipher::prefer(PageCipher::Provider::Reused); }
};

sqlcipher_provider stockTable()
{
    sqlcipher_provider p {};
    sqlcipher_openssl_setup(&p);
    return p;
}

sqlcipher_provider reusedTable()
{
    PageCipher::use(PageCipher::Provider::Reused);
    REQUIRE(PageCipher::current() == PageCipher::Provider::Reused);
    return *sqlcipher_get_provider();  // a copy: SQLCipher owns and may free the registered table
}

// One provider context, set up for AES-256-CBC the way SQLCipher sets up a connection's.
class Context {
public:
    explicit Context(const sqlcipher_provider& table)
        : m_table(table)
    {
        REQUIRE(m_table.ctx_init(&m_ctx) == kOk);
        REQUIRE(m_table.set_cipher(m_ctx, "aes-256-cbc") == kOk);
    }
    ~Context() { m_table.ctx_free(&m_ctx); }
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    QByteArray cipher(int mode, QByteArray key, QByteArray iv, QByteArray in)
    {
        QByteArray out(in.size(), '\0');
        REQUIRE(m_table.cipher(m_ctx, mode, u(key), key.size(), u(iv), u(in), int(in.size()), u(out)) == kOk);
        return out;
    }
    QByteArray hmac(QByteArray key, QByteArray in, QByteArray in2)
    {
        QByteArray out(20, '\0');
        REQUIRE(m_table.hmac(m_ctx, u(key), int(key.size()), u(in), int(in.size()), u(in2), int(in2.size()), u(out)) == kOk);
        return out;
    }
    void copyFrom(Context& other) { REQUIRE(m_table.ctx_copy(m_ctx, other.m_ctx) == kOk); }
    int keySize() { return m_table.get_key_sz(m_ctx); }

private:
    static unsigned char* u(QByteArray& b) { return reinterpret_cast<unsigned char*>(b.data()); }
    sqlcipher_provider m_table;
    void* m_ctx = nullptr;
};

QByteArray randomBytes(QRandomGenerator& rng, int n)
{
    QByteArray b(n, '\0');
    for (char& c : b)
        c = char(rng.bounded(256));
    return b;
}

int rowCount(Database& db) { return int(db.queryInt64("SELECT count(*) FROM cipher_probe").value_or(-1)); }

void addRows(Database& db, QRandomGenerator& rng, int n)
{
    Transaction tx(db);
    for (int i = 0; i < n; ++i)
        db.execute("INSERT INTO cipher_probe(v) VALUES (?)", randomBytes(rng, 300).toHex());
    tx.commit();
}

} // namespace

TEST_CASE("The reused page cipher writes exactly the bytes SQLCipher's own provider writes", "[store][cipher]")
{
    REQUIRE(PageCipher::reusedAvailable());  // Debian bookworm's SQLCipher is 3.4.1
    QRandomGenerator rng(20261123);
    Context stock(stockTable());
    Context reused(reusedTable());
    REQUIRE(reused.keySize() == 32);

    // A few keys used in turn, so both the cached path (same key) and re-keying are exercised,
    // as are both directions on one context (SQLCipher reads and writes with the same one).
    const std::array<QByteArray, 3> keys {randomBytes(rng, 32), randomBytes(rng, 32), randomBytes(rng, 32)};
    for (int round = 0; round < 300; ++round) {
        const QByteArray& key = keys[rng.bounded(int(keys.size()))];
        const QByteArray iv = randomBytes(rng, 16);
        const QByteArray page = randomBytes(rng, kPageData);
        const int mode = rng.bounded(2) ? kEncrypt : kDecrypt;
        INFO("round " << round << " mode " << mode);
        const QByteArray expected = stock.cipher(mode, key, iv, page);
        REQUIRE(reused.cipher(mode, key, iv, page) == expected);
        REQUIRE(expected != page);
        if (mode == kEncrypt)
            REQUIRE(reused.cipher(kDecrypt, key, iv, expected) == page);

        const QByteArray macKey = keys[rng.bounded(int(keys.size()))];
        const QByteArray pageNo = randomBytes(rng, 4);
        const QByteArray mac = stock.hmac(macKey, page, pageNo);
        REQUIRE(reused.hmac(macKey, page, pageNo) == mac);
        // The page number is part of the MAC: the same bytes at another page do not pass.
        QByteArray otherPage = pageNo;
        otherPage[0] = char(otherPage[0] ^ 1);
        REQUIRE(reused.hmac(macKey, page, otherPage) != mac);
    }

    // RFC 2104's long keys (hashed first) and short ones (padded) come out the same too.
    for (const int keyLength : {1, 20, 64, 65, 100}) {
        const QByteArray key = randomBytes(rng, keyLength);
        const QByteArray in = randomBytes(rng, 1000);
        const QByteArray in2 = randomBytes(rng, 4);
        INFO("HMAC key of " << keyLength << " bytes");
        CHECK(reused.hmac(key, in, in2) == stock.hmac(key, in, in2));
    }

    // A context copied from a keyed one keys itself afresh and still agrees.
    Context copy(reusedTable());
    copy.copyFrom(reused);
    const QByteArray iv = randomBytes(rng, 16);
    const QByteArray page = randomBytes(rng, kPageData);
    CHECK(copy.cipher(kEncrypt, keys[0], iv, page) == stock.cipher(kEncrypt, keys[0], iv, page));
    CHECK(copy.cipher(kEncrypt, keys[1], iv, page) == stock.cipher(kEncrypt, keys[1], iv, page));
}

TEST_CASE("A store written with either page cipher is read and written with the other", "[store][cipher]")
{
    PreferenceGuard guard;
    QRandomGenerator rng(7);
    TempStore t;
    REQUIRE(PageCipher::current() == PageCipher::Provider::Reused);
    t.db().exec("CREATE TABLE cipher_probe(id INTEGER PRIMARY KEY, v TEXT NOT NULL)");
    addRows(t.db(), rng, 400);  // ~80 pages
    t.close();

    PageCipher::prefer(PageCipher::Provider::Stock);
    t.reopen();
    CHECK(PageCipher::current() == PageCipher::Provider::Stock);
    CHECK(rowCount(t.db()) == 400);
    CHECK(t.db().integrityCheck() == QStringLiteral("ok"));
    addRows(t.db(), rng, 400);
    t.close();

    PageCipher::prefer(PageCipher::Provider::Reused);
    t.reopen();
    CHECK(PageCipher::current() == PageCipher::Provider::Reused);
    CHECK(rowCount(t.db()) == 800);
    CHECK(t.db().integrityCheck() == QStringLiteral("ok"));
}

TEST_CASE("The reused page cipher refuses a page changed on disk", "[store][cipher]")
{
    QRandomGenerator rng(11);
    TempStore t;
    t.db().exec("CREATE TABLE cipher_probe(id INTEGER PRIMARY KEY, v TEXT NOT NULL)");
    addRows(t.db(), rng, 400);
    t.close();  // the last connection checkpoints the WAL into the file

    QFile file(t.dir() + QStringLiteral("/patron.db"));
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 pages = file.size() / 4096;
    REQUIRE(pages > 20);
    // One bit in the middle of the file's last page: the table's newest rows.
    const qint64 at = (pages - 1) * 4096 + 1000;
    REQUIRE(file.seek(at));
    char byte = 0;
    REQUIRE(file.getChar(&byte));
    REQUIRE(file.seek(at));
    REQUIRE(file.putChar(char(byte ^ 0x10)));
    file.close();

    t.reopen();
    REQUIRE(PageCipher::current() == PageCipher::Provider::Reused);
    bool refused = false;
    try {
        refused = t.db().integrityCheck() != QStringLiteral("ok");
    } catch (const StoreException&) {
        refused = true;
    }
    CHECK(refused);
}

TEST_CASE("The reused page cipher is used again after every connection has closed", "[store][cipher]")
{
    // SQLCipher frees the registered provider when its last keyed connection closes and puts its
    // own back at the next key; Database::open asks again before every key.
    {
        TempStore t;
        CHECK(PageCipher::current() == PageCipher::Provider::Reused);
    }
    PageCipher::use(PageCipher::Provider::Stock);
    CHECK(PageCipher::current() == PageCipher::Provider::Stock);
    TempStore again;
    CHECK(PageCipher::current() == PageCipher::Provider::Reused);
    CHECK(again.db().integrityCheck() == QStringLiteral("ok"));
}
