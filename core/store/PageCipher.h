#pragma once

namespace patron {

// Chooses the code SQLCipher encrypts, decrypts and authenticates pages with.
//
// SQLCipher 3.4.1's OpenSSL provider builds a fresh OpenSSL cipher context for every page it
// encrypts or decrypts (allocate, look the algorithm up, expand the key, free) and a fresh HMAC
// context for the page's MAC (allocate, look SHA-1 up, hash the key pads, free). Under OpenSSL 3
// that set-up costs about as much as the AES itself: ~2 µs of the ~8.5 µs a page costs to write,
// on every page of every commit and every page read from disk.
//
// The `Reused` provider computes exactly the same bytes (AES-256-CBC without padding and
// HMAC-SHA1 over the page and its number, through the same OpenSSL) but keeps one cipher context
// per direction with its key schedule, and the HMAC key's inner and outer SHA-1 states, for as
// long as a connection's key does not change. A store written by either provider is read by the
// other, and by any SQLCipher 3.4 (PageCipherTest checks the bytes and both directions).
//
// A connection keeps the provider it was keyed with; the choice applies to connections keyed
// afterwards. Database::open asks for `Reused` before every key. If the SQLCipher found at run time
// is not the 3.4.1 whose provider table this code was written against, every request leaves
// SQLCipher's own provider in place. (Patron links to sqlcipher_register_provider and
// sqlcipher_openssl_setup, which SQLCipher 3.x exports; a build without them does not load.)
//
// Secrets: the cached keys and the HMAC pad states live in SQLCipher's locked, wiped-on-free
// memory. The AES key schedules live in OpenSSL's contexts for as long as the connection, where
// the stock provider kept them for one page; OpenSSL wipes them when the connection closes.
//
// `Stock` is for benchmarks and tests: choose it only while no other thread is opening a store.
// SQLCipher sets up a connection's read and write contexts from the provider registered at each
// moment, and a switch between the two would pair one provider's functions with the other's
// context. Switching back to `Reused`, which every open does, is safe.
class PageCipher
{
public:
    enum class Provider { Stock, Reused };

    // Makes `provider` the one SQLCipher hands to connections keyed from now on. Safe against
    // other threads opening and closing stores (it holds the lock SQLCipher registers and frees
    // providers under); cheap when it is already the current one.
    static void use(Provider provider);

    // The provider a connection keyed now would get.
    static Provider current();

    // What Database::open asks for before each key: `Reused` unless changed (patron-bench's
    // `--stock-cipher` measures the stock provider this way).
    static void prefer(Provider provider);
    static Provider preferred();

    // False when the run-time SQLCipher is not the version the `Reused` provider was written for.
    static bool reusedAvailable();
};

} // namespace patron
