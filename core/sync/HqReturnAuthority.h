#pragma once
// The ReturnAuthority of a till joined to head office (schema 6). Before a return with a
// receipt it asks head office for the sale: another store's sale (or one of this till's own sales
// its restored store lacks) is copied here with its member and their ledger, and what other tills
// returned of the sale is recorded, so the return screen shows what is really left. The return's
// quantities are then held at head office (hq.reserve_return) outside the till's write
// transaction, each hold journalled first (ReturnHoldJournal) so the sync worker confirms it once
// the return committed or releases it when the return failed or the till stopped half-way; the
// sale.returned event then settles it. Another till's receipt this till holds no copy of is
// handed over only with the total printed on it (schema 8).
// Every head-office call runs through the BlockingRunner (the till's keeps the window painted and
// shows it is waiting); the Database is read and written on the calling thread only.
// Head office unreachable or too slow: a till's own sale is returned by its own records (head
// office is not asked again for a while); another store's sale is refused with a message saying
// head office is needed.

#include "common/BlockingRunner.h"
#include "hq/PgConnectInfo.h"
#include "hq/PgConnection.h"
#include "hq/HqReturnsClient.h"
#include "sync/HqCallConnection.h"
#include "sales/ReturnAuthority.h"
#include "store/Store.h"
#include "sync/PullHandlers.h"
#include "sync/PullInbox.h"
#include "sync/ReturnHoldJournal.h"

#include <QJsonArray>
#include <memory>

namespace patron {

class Clock;
class Database;
class Outbox;

class HqReturnAuthority final : public ReturnAuthority {
public:
    HqReturnAuthority(Database& db, const Clock& clock, Outbox& outbox, StoreIdentity identity, PgConnectInfo info,
                      BlockingRunner& runner);

    // This authority when the till is joined to head office (a DSN is configured), else null.
    static std::unique_ptr<ReturnAuthority> ifJoined(Database& db, const Clock& clock, Outbox& outbox,
                                                     const StoreIdentity& identity, BlockingRunner& runner);

    bool needsReceiptTotal(const QString& receiptNo) override;
    Result<void> prepare(const QString& receiptNo, std::optional<qint64> receiptTotalMinor) override;
    Result<void> reserve(const ReturnClaim& claim) override;
    void committing(const Uuid& returnUuid) override;
    void release(const Uuid& returnUuid) override;

    // After head office could not answer, how long this till does without asking.
    static constexpr qint64 kRetryAfterMs = 30000;

private:
    bool headOfficeUnusable(const Error& e) const;
    void markUnusable();
    bool isOwnReceipt(const QString& receiptNo) const;
    Error needsHeadOffice(const QString& receiptNo) const;
    // What prepare() asks of head office, run through the runner: nothing here touches m_db.
    Result<std::optional<HqSaleForReturn>> askSale(const QString& receiptNo, std::optional<qint64> totalMinor);
    Result<HqReturnHold> askHold(const ReturnClaim& claim, const QJsonArray& lines, const QJsonArray& pending);
    // Another store's sale head office handed over: its member, then the copy.
    Result<void> keepCopy(const HqSaleForReturn& sale);
    Result<void> refusedHold(const HqReturnHold& hold) const;
    // This till's sale.returned payloads of the sale that head office has not received yet.
    QJsonArray unpushedReturns(const Uuid& saleUuid) const;

    Database& m_db;
    const Clock& m_clock;
    StoreIdentity m_identity;
    PullInbox m_inbox;
    PullHandlers m_handlers;
    HqCallConnection m_hq;
    BlockingRunner& m_runner;
    ReturnHoldJournal m_journal;
    qint64 m_askAgainAtMs = 0;
    static constexpr int kHeldKept = 16;
    QList<Uuid> m_held; // recent returns head office holds for this till (released at once on failure)
};

} // namespace patron
