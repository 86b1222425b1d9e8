#include "PageCipherBench.h"

#include "store/PageCipher.h"
#include "store/SqlcipherProvider.h"

#include <algorithm>
#include <chrono>
#include <random>
#include <stdexcept>
#include <vector>

namespace patron::bench {

namespace {

constexpr int kPageData = 4096 - 48;  // the part of a 4096-byte page SQLCipher encrypts
constexpr int kRounds = 9;

// One connection-like context: a key, a HMAC key, a page and its number, as SQLCipher passes them.
class PageJob {
public:
    explicit PageJob(const sqlcipher_provider& table) : m_table(table)
    {
        if (m_table.ctx_init(&m_ctx) != 0 || m_table.set_cipher(m_ctx, "aes-256-cbc") != 0)
            throw std::runtime_error("page cipher context");
        std::mt19937 rng(42);
        for (auto* buffer : {&m_key, &m_macKey, &m_iv, &m_page})
            for (unsigned char& b : *buffer)
                b = static_cast<unsigned char>(rng());
    }
    ~PageJob() { m_table.ctx_free(&m_ctx); }
    PageJob(const PageJob&) = delete;
    PageJob& operator=(const PageJob&) = delete;

    // mode 1 encrypts then MACs the result (a write); 0 MACs then decrypts (a read).
    void run(int mode)
    {
        if (mode == 1) {
            m_table.cipher(m_ctx, 1, m_key.data(), 32, m_iv.data(), m_page.data(), kPageData, m_out.data());
            m_table.hmac(m_ctx, m_macKey.data(), 32, m_out.data(), kPageData + 16, m_pageNo, 4, m_mac.data());
        } else {
            m_table.hmac(m_ctx, m_macKey.data(), 32, m_page.data(), kPageData + 16, m_pageNo, 4, m_mac.data());
            m_table.cipher(m_ctx, 0, m_key.data(), 32, m_iv.data(), m_page.data(), kPageData, m_out.data());
        }
        ++m_pageNo[0];
    }

private:
    sqlcipher_provider m_table;
    void* m_ctx = nullptr;
    std::vector<unsigned char> m_key = std::vector<unsigned char>(32);
    std::vector<unsigned char> m_macKey = std::vector<unsigned char>(32);
    std::vector<unsigned char> m_iv = std::vector<unsigned char>(16);
    std::vector<unsigned char> m_page = std::vector<unsigned char>(kPageData + 16);
    std::vector<unsigned char> m_out = std::vector<unsigned char>(kPageData);
    std::vector<unsigned char> m_mac = std::vector<unsigned char>(20);
    unsigned char m_pageNo[4] = {1, 0, 0, 0};
};

double usPerPage(PageJob& job, int mode, int pages)
{
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < pages; ++i)
        job.run(mode);
    return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count() / pages;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

PageCipherCost measurePageCipher(int pages)
{
    PageCipherCost cost;
    if (!PageCipher::reusedAvailable())
        return cost;
    cost.available = true;
    const PageCipher::Provider before = PageCipher::current();
    sqlcipher_provider stockTable {};
    sqlcipher_openssl_setup(&stockTable);
    PageCipher::use(PageCipher::Provider::Reused);
    const sqlcipher_provider reusedTable = *sqlcipher_get_provider();
    PageCipher::use(before);

    PageJob stock(stockTable);
    PageJob reused(reusedTable);
    std::vector<double> sw, sr, rw, rr;
    for (int round = 0; round < kRounds; ++round) {
        sw.push_back(usPerPage(stock, 1, pages));
        rw.push_back(usPerPage(reused, 1, pages));
        sr.push_back(usPerPage(stock, 0, pages));
        rr.push_back(usPerPage(reused, 0, pages));
    }
    cost.stockWriteUs = median(sw);
    cost.stockReadUs = median(sr);
    cost.reusedWriteUs = median(rw);
    cost.reusedReadUs = median(rr);
    return cost;
}

} // namespace patron::bench
