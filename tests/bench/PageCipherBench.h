#pragma once
// The per-page cost of SQLCipher's own page cipher provider and of store/PageCipher's, timed on
// the same 4 KB pages in the same run: what every WAL frame written and every page read from
// disk costs in crypto alone.

namespace patron::bench {

struct PageCipherCost {
    double stockWriteUs = 0;   // encrypt + HMAC, as for a WAL frame
    double stockReadUs = 0;    // decrypt + HMAC check, as for a page read from disk
    double reusedWriteUs = 0;
    double reusedReadUs = 0;
    bool available = false;    // false when the run-time SQLCipher is not 3.4.1
};

// Times `pages` pages through each provider, interleaved in rounds so a busy moment of the
// machine falls on both; medians of the rounds.
PageCipherCost measurePageCipher(int pages = 2000);

} // namespace patron::bench
