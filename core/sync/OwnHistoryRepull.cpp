#include "sync/OwnHistoryRepull.h"

#include "hq/HqClient.h"
#include "store/Database.h"
#include "sync/PullInbox.h"

namespace patron {

Result<int> OwnHistoryRepull::fetch(HqClient& client, int pageSize)
{
    int stored = 0;
    qint64 after = 0;
    for (;;) {
        auto page = client.ownEntries(after, pageSize);
        // A head office older than schema 3 cannot hand them back: the re-pull does without
        // them rather than keep the till from selling until head office is upgraded.
        if (!page && page.code() == ErrorCode::NotFound)
            return stored;
        if (!page)
            return page.error();
        auto saved = guarded([&] {
            Transaction tx(m_db);
            m_inbox.store(page->changes);
            tx.commit();
        });
        if (!saved)
            return saved.error();
        stored += int(page->changes.size());
        after = page->cursor.toLongLong();
        if (!page->more)
            break;
    }
    auto receipts = client.ownReceipts();
    if (!receipts)
        return receipts.error();
    // Numbers head office saw in an epoch this till uses again (a second restore of the same
    // backup) are skipped: the sequence only ever moves up.
    auto moved = guarded([&] {
        Transaction tx(m_db);
        for (const ReceiptHigh& r : *receipts) {
            m_db.execute("INSERT OR IGNORE INTO receipt_sequences(epoch, last_seq) VALUES (?, 0)", r.epoch);
            m_db.execute("UPDATE receipt_sequences SET last_seq = ? WHERE epoch = ? AND last_seq < ?", r.lastSeq,
                         r.epoch, r.lastSeq);
        }
        tx.commit();
    });
    if (!moved)
        return moved.error();
    return stored;
}

} // namespace patron
