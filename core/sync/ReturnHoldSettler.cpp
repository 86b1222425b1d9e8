#include "sync/ReturnHoldSettler.h"

#include "hq/HqReturnsClient.h"
#include "store/Database.h"
#include "sync/ReturnHoldJournal.h"

namespace patron {

Result<int> ReturnHoldSettler::settle(PgConnection& hq)
{
    ReturnHoldJournal journal(m_db, m_clock);
    auto due = guarded([&] { return journal.toSettle(); });
    if (!due)
        return due.error();
    HqReturnsClient client(hq);
    int settled = 0;
    for (const ReturnHoldToSettle& h : *due) {
        // True or false alike settle it: false means head office holds nothing for it (never
        // granted, released already, or its sale unknown there).
        auto answered = h.keep ? client.confirm(h.returnUuid) : client.release(h.returnUuid);
        // NotFound: a head office older than the call holds nothing it could settle.
        if (!answered && answered.code() != ErrorCode::NotFound)
            return answered.error();
        PATRON_TRY(guarded([&] { journal.forgetSettled(h); }));
        ++settled;
    }
    return settled;
}

} // namespace patron
