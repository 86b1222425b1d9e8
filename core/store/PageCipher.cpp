#include "store/PageCipher.h"

#include "store/SqlcipherProvider.h"
#include "store/Sqlite.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/sha.h>

#include <atomic>
#include <cstring>
#include <mutex>  // std::call_once

namespace patron {

namespace {

// SQLCipher's CIPHER_ENCRYPT / CIPHER_DECRYPT.
constexpr int kEncrypt = 1;
constexpr int kShaBlock = SHA_CBLOCK;  // 64: HMAC pads the key to the hash's block

// One connection's read or write context. Allocated with sqlcipher_malloc, so it is locked in
// memory and wiped when freed, like SQLCipher's own key buffers: the cached keys and the HMAC
// pad states are as secret as the key.
struct ReusedContext
{
    // First, as in the stock provider's context, so its set_cipher, get_cipher, get_key_sz,
    // get_iv_sz, get_block_sz and ctx_cmp (which read only this word) serve this context too.
    const EVP_CIPHER* evpCipher;

    // [0] decrypts, [1] encrypts: AES keeps a different key schedule for each direction.
    EVP_CIPHER_CTX* cipher[2];
    const EVP_CIPHER* cipherKeyedFor[2];
    int cipherKeyLength[2];
    unsigned char cipherKey[2][EVP_MAX_KEY_LENGTH];

    bool macReady;
    int macKeyLength;
    unsigned char macKey[kShaBlock];
    SHA_CTX macInner;  // SHA-1 after (key ^ ipad)
    SHA_CTX macOuter;  // SHA-1 after (key ^ opad)
};

sqlcipher_provider g_stock;  // SQLCipher's own table, filled once; its activate/deactivate are reused
std::once_flag g_probeOnce;
bool g_available = false;
std::atomic<PageCipher::Provider> g_preferred {PageCipher::Provider::Reused};

ReusedContext* asContext(void* ctx) { return static_cast<ReusedContext*>(ctx); }

void forgetKeys(ReusedContext* c)
{
    c->cipherKeyedFor[0] = c->cipherKeyedFor[1] = nullptr;
    c->cipherKeyLength[0] = c->cipherKeyLength[1] = 0;
    OPENSSL_cleanse(c->cipherKey, sizeof c->cipherKey);
    c->macReady = false;
    c->macKeyLength = 0;
    OPENSSL_cleanse(c->macKey, sizeof c->macKey);
    OPENSSL_cleanse(&c->macInner, sizeof c->macInner);
    OPENSSL_cleanse(&c->macOuter, sizeof c->macOuter);
}

int reusedCtxInit(void** ctx)
{
    *ctx = sqlcipher_malloc(int(sizeof(ReusedContext)));  // zeroed
    if (*ctx == nullptr)
        return SQLITE_NOMEM;
    g_stock.activate(*ctx);
    return SQLITE_OK;
}

int reusedCtxFree(void** ctx)
{
    ReusedContext* c = asContext(*ctx);
    if (c == nullptr)
        return SQLITE_OK;
    EVP_CIPHER_CTX_free(c->cipher[0]);  // cleanses the key schedule
    EVP_CIPHER_CTX_free(c->cipher[1]);
    g_stock.deactivate(c);
    sqlcipher_free(c, int(sizeof(ReusedContext)));  // wipes the cached keys and pads
    *ctx = nullptr;
    return SQLITE_OK;
}

// SQLCipher copies a context when it derives the write context from the read one. The copy
// takes the cipher choice only; its own OpenSSL contexts are keyed on first use.
int reusedCtxCopy(void* target, void* source)
{
    ReusedContext* t = asContext(target);
    t->evpCipher = asContext(source)->evpCipher;
    forgetKeys(t);
    return SQLITE_OK;
}

int pageCipher(ReusedContext* c, int mode, const unsigned char* key, const unsigned char* iv, const unsigned char* in,
               int in_sz, unsigned char* out)
{
    const int dir = mode == kEncrypt ? 1 : 0;
    if (c->evpCipher == nullptr)
        return SQLITE_ERROR;
    if (c->cipher[dir] == nullptr && (c->cipher[dir] = EVP_CIPHER_CTX_new()) == nullptr)
        return SQLITE_ERROR;
    EVP_CIPHER_CTX* e = c->cipher[dir];
    const int keyLength = EVP_CIPHER_get_key_length(c->evpCipher);
    const bool keyed = c->cipherKeyedFor[dir] == c->evpCipher && c->cipherKeyLength[dir] == keyLength
        && CRYPTO_memcmp(c->cipherKey[dir], key, size_t(keyLength)) == 0;
    if (keyed) {
        // Same cipher and key: only the page's IV changes, the key schedule stays.
        if (EVP_CipherInit_ex(e, nullptr, nullptr, nullptr, iv, dir) != 1)
            return SQLITE_ERROR;
    } else {
        c->cipherKeyedFor[dir] = nullptr;
        if (keyLength > EVP_MAX_KEY_LENGTH || EVP_CipherInit_ex(e, c->evpCipher, nullptr, key, iv, dir) != 1
            || EVP_CIPHER_CTX_set_padding(e, 0) != 1)
            return SQLITE_ERROR;
        std::memcpy(c->cipherKey[dir], key, size_t(keyLength));
        c->cipherKeyLength[dir] = keyLength;
        c->cipherKeyedFor[dir] = c->evpCipher;
    }
    int written = 0;
    int last = 0;
    if (EVP_CipherUpdate(e, out, &written, in, in_sz) != 1 || EVP_CipherFinal_ex(e, out + written, &last) != 1
        || written + last != in_sz)
        return SQLITE_ERROR;
    return SQLITE_OK;
}

// SQLCipher 3.4.1 ignores a failed cipher call and writes `out` anyway, and `out` is the codec's
// page buffer, which may still hold another page's plaintext from the last read. So on any
// failure the buffer is wiped: the page written is then zeros (a page that reads back as
// corrupt), never a clear copy of other data.
int reusedCipher(void* ctx, int mode, unsigned char* key, int /*key_sz: the cipher's own length is used, as the stock provider does*/,
                 unsigned char* iv, unsigned char* in, int in_sz, unsigned char* out)
{
    const int rc = pageCipher(asContext(ctx), mode, key, iv, in, in_sz, out);
    if (rc != SQLITE_OK && out != nullptr && in_sz > 0)
        OPENSSL_cleanse(out, size_t(in_sz));
    return rc;
}

// The low-level SHA-1 calls are deprecated in OpenSSL 3 in favour of EVP, but they are the
// only way to copy a hash state without an allocation (EVP_MD_CTX_copy_ex duplicates the
// provider's context on the heap). They run the same SHA-NI code as EVP.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

void prepareMac(ReusedContext* c, const unsigned char* key, int keyLength)
{
    unsigned char block[kShaBlock] = {};
    if (keyLength > kShaBlock)
        SHA1(key, size_t(keyLength), block);  // RFC 2104: a long key is hashed first
    else
        std::memcpy(block, key, size_t(keyLength));
    unsigned char pad[kShaBlock];
    for (int i = 0; i < kShaBlock; ++i)
        pad[i] = block[i] ^ 0x36;
    SHA1_Init(&c->macInner);
    SHA1_Update(&c->macInner, pad, sizeof pad);
    for (int i = 0; i < kShaBlock; ++i)
        pad[i] = block[i] ^ 0x5c;
    SHA1_Init(&c->macOuter);
    SHA1_Update(&c->macOuter, pad, sizeof pad);
    OPENSSL_cleanse(block, sizeof block);
    OPENSSL_cleanse(pad, sizeof pad);
}

int reusedHmac(void* ctx, unsigned char* key, int key_sz, unsigned char* in, int in_sz, unsigned char* in2,
               int in2_sz, unsigned char* out)
{
    ReusedContext* c = asContext(ctx);
    if (in == nullptr || key_sz < 0) {
        OPENSSL_cleanse(out, SHA_DIGEST_LENGTH);
        return SQLITE_ERROR;
    }
    const bool cacheable = key_sz <= kShaBlock;
    if (!cacheable || !c->macReady || c->macKeyLength != key_sz
        || CRYPTO_memcmp(c->macKey, key, size_t(key_sz)) != 0) {
        c->macReady = false;
        prepareMac(c, key, key_sz);
        if (cacheable) {
            std::memcpy(c->macKey, key, size_t(key_sz));
            c->macKeyLength = key_sz;
            c->macReady = true;
        }
    }
    SHA_CTX h = c->macInner;
    unsigned char inner[SHA_DIGEST_LENGTH];
    SHA1_Update(&h, in, size_t(in_sz));
    if (in2 != nullptr)
        SHA1_Update(&h, in2, size_t(in2_sz));
    SHA1_Final(inner, &h);
    h = c->macOuter;
    SHA1_Update(&h, inner, sizeof inner);
    SHA1_Final(out, &h);
    OPENSSL_cleanse(inner, sizeof inner);
    OPENSSL_cleanse(&h, sizeof h);
    return SQLITE_OK;
}

#pragma GCC diagnostic pop

void probe()
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW) {
            const auto* version = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
            g_available = version != nullptr && std::strcmp(version, "3.4.1") == 0;
        }
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    if (!g_available)
        return;
    sqlcipher_openssl_setup(&g_stock);
    g_available = g_stock.get_provider_name != nullptr && std::strcmp(g_stock.get_provider_name(nullptr), "openssl") == 0;
}

bool isReused(const sqlcipher_provider* p) { return p != nullptr && p->cipher == &reusedCipher; }

// SQLCipher registers and frees its default provider table under SQLite's static master mutex
// (sqlcipher_activate/deactivate, then its own provider mutex inside). Reading or replacing the
// table under the same mutex, in the same order, keeps another thread's last close from freeing
// it between the look and the replacement.
class MasterLock {
public:
    MasterLock() : m_mutex(sqlite3_mutex_alloc(SQLITE_MUTEX_STATIC_MASTER)) { sqlite3_mutex_enter(m_mutex); }
    ~MasterLock() { sqlite3_mutex_leave(m_mutex); }
    MasterLock(const MasterLock&) = delete;
    MasterLock& operator=(const MasterLock&) = delete;

private:
    sqlite3_mutex* m_mutex;
};

} // namespace

bool PageCipher::reusedAvailable()
{
    std::call_once(g_probeOnce, probe);
    return g_available;
}

PageCipher::Provider PageCipher::current()
{
    const MasterLock lock;
    return isReused(sqlcipher_get_provider()) ? Provider::Reused : Provider::Stock;
}

void PageCipher::prefer(Provider provider) { g_preferred = provider; }

PageCipher::Provider PageCipher::preferred() { return g_preferred; }

void PageCipher::use(Provider provider)
{
    if (!reusedAvailable())
        return;
    const MasterLock lock;
    const sqlcipher_provider* now = sqlcipher_get_provider();
    // SQLCipher frees the registered table when its last keyed connection closes and then
    // registers its own again at the next key, so this runs before every key, not once.
    if (provider == Provider::Reused ? isReused(now) : (now == nullptr || !isReused(now)))
        return;
    auto* table = static_cast<sqlcipher_provider*>(sqlcipher_malloc(int(sizeof(sqlcipher_provider))));
    if (table == nullptr)
        return;  // out of memory: the current provider stays, which is correct, only slower
    *table = g_stock;
    if (provider == Provider::Reused) {
        table->cipher = reusedCipher;
        table->hmac = reusedHmac;
        table->ctx_init = reusedCtxInit;
        table->ctx_free = reusedCtxFree;
        table->ctx_copy = reusedCtxCopy;
    }
    sqlcipher_register_provider(table);  // SQLCipher owns the table from here and frees the old one
}

} // namespace patron
