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
// SQLCipher's own provider in place.
class PageCipher
{
public:
    enum class Provider { Stock, Reused };

    // Makes `provider` the one SQLCipher hands to connections keyed from now on. Thread-safe;
    // cheap when it is already the current one.
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
