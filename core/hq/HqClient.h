#pragma once
// The till's side of the head-office protocol, over the till's own login role: push a batch of
// outbox events, pull changes after a cursor, measure clock drift, look a member up online.
// Each call is one statement, so one PostgreSQL transaction.

#include "common/Result.h"
#include "sync/Outbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace patron {

class PgConnection;

struct PushAck {
    int applied = 0;
    int duplicates = 0;  // already at head office: a retry after a lost acknowledgement
    int unknownType = 0;
    int unsupportedVersion = 0;
    int rejected = 0;
    QDateTime hqTime;
    int total() const { return applied + duplicates + unknownType + unsupportedVersion + rejected; }
};

struct PulledChange {
    QString kind;  // product, promotion, rule, member, points, wallet
    QString key;
    QJsonObject data;  // empty when the row was deleted at head office
    bool deleted = false;
};

struct PullPage {
    QString cursor;  // opaque; pass it back on the next pull
    bool more = false;
    QList<PulledChange> changes;
};

struct ClockSample {
    qint64 driftMs = 0;  // till clock minus head office clock
    qint64 warnMs = 0;   // head office's threshold
    QDateTime hqTime;
    bool beyondThreshold() const { return driftMs > warnMs || -driftMs > warnMs; }
};

// Head office's answer to a stored-value reservation (hq.reserve_wallet).
struct WalletHold {
    bool reserved = false;
    bool repeated = false;      // this sale already held the amount: a retry
    qint64 availableMinor = 0;  // what the member has left at head office after this hold
};

// The highest receipt sequence this till used in one receipt epoch, as head office saw it.
struct ReceiptHigh {
    qint64 epoch = 0;
    qint64 lastSeq = 0;
};

class HqClient {
public:
    explicit HqClient(PgConnection& conn) : m_conn(conn) {}

    Result<PushAck> push(const QList<OutboxEvent>& events);
    Result<PullPage> pull(const QString& cursor, int maxRows);
    Result<ClockSample> clockCheck(const QDateTime& tillNow);
    // Members with this mobile or card number, with their ledgers: [{member, points, wallet}].
    Result<QJsonArray> lookupMember(const QString& query);
    // Holds `amountMinor` of the member's chain-wide stored value for `sale` (schema 2).
    // `unpushed`: this till's wallet entries for the member head office has not received yet,
    // [{"entry_uuid", "amount_minor", "sale_uuid"?}].
    Result<WalletHold> reserveWallet(const Uuid& member, const Uuid& sale, qint64 amountMinor,
                                     const QJsonArray& unpushed);
    // Lets go of this till's open hold for `sale` (schema 5); true when there was one. NotFound
    // from a head office older than schema 5 (the hold then expires by itself).
    Result<bool> releaseWallet(const Uuid& sale);
    // After a restore (schema 3): this till's own ledger entries after `afterSeq` (the page's
    // cursor is the next afterSeq), and the receipt numbers it used. NotFound from a head office
    // older than schema 3.
    Result<PullPage> ownEntries(qint64 afterSeq, int maxRows);
    Result<QList<ReceiptHigh>> ownReceipts();

    // The JSON document a batch travels as (documented in docs/sync-events.md).
    static QJsonObject batchJson(const QList<OutboxEvent>& events);

private:
    PgConnection& m_conn;
};

} // namespace patron
