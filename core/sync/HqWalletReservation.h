#pragma once
// Stored value reserved at head office before a spend completes: the WalletReservation of a till
// joined to head office. Online, head office holds the amount against the member's chain-wide
// balance, keyed by the sale's UUID (a retried sale holds once), so another store cannot spend
// the same money meanwhile; a shortfall is refused with the balance head office still has.
// The hold ends when the sale's wallet entry reaches head office, or expires (hq.config
// reservation_ttl_s, 15 minutes), or is released when the sale does not complete. Head office
// unreachable, too slow, or not yet upgraded: the local rule decides (the balance this till
// knows, the offline limit), and head office is not asked again for a while, so a till that lost
// its line does not wait at every sale.
// The checkout asks twice: before its transaction (the round trip happens there) and inside it,
// with the same sale, member and amount; the second answer comes from the holds granted here,
// without the network, so the till's writer never waits on head office. The calls to head office
// run through the BlockingRunner (the till keeps its window painted meanwhile); the Database is
// used on the calling thread only.

#include "common/BlockingRunner.h"
#include "hq/PgConnectInfo.h"
#include "hq/PgConnection.h"
#include "sync/HqCallConnection.h"
#include "members/LoyaltyRuleBook.h"
#include "members/WalletReservation.h"

#include <QJsonArray>

#include <memory>

namespace patron {

class AuditLog;
class Clock;
class Database;
class Outbox;

class HqWalletReservation final : public WalletReservation {
public:
    HqWalletReservation(Database& db, const Clock& clock, AuditLog& audit, Outbox& outbox, PgConnectInfo info,
                        BlockingRunner& runner);

    // The reservation for the open store: this one when the till is joined to head office (a DSN
    // is configured), else null (MembersModule then uses the local rule). For the till session
    // and patron-cli.
    static std::unique_ptr<WalletReservation> ifJoined(Database& db, const Clock& clock, AuditLog& audit,
                                                       Outbox& outbox, BlockingRunner& runner);

    Result<void> reserve(const Member& member, qint64 amountMinor, const Uuid& saleUuid) override;
    void release(const Uuid& saleUuid) override;

    // After head office could not answer, how long the local rule decides without asking.
    static constexpr qint64 kRetryAfterMs = 30000;

private:
    // This till's wallet entries for the member that head office has not received yet.
    QJsonArray unpushedEntries(const Member& member) const;
    bool headOfficeUnusable(const Error& e) const;

    // A hold head office granted this session (recent sales only: a checkout asks for the same
    // sale twice within a second).
    struct Granted {
        Uuid sale;
        Uuid member;
        qint64 amountMinor = 0;
    };
    const Granted* granted(const Uuid& sale) const;
    static constexpr int kGrantedKept = 16;

    Database& m_db;
    const Clock& m_clock;
    LoyaltyRuleBook m_rules;
    LocalWalletReservation m_local;
    HqCallConnection m_hq;
    BlockingRunner& m_runner;
    qint64 m_askAgainAtMs = 0;
    QList<Granted> m_granted;  // newest last
    // Recent sales the local rule decided (head office unusable then): asked again inside the
    // checkout's transaction they stay with it, even if the wait for head office has ended
    // since, so no network call runs while the transaction holds the store.
    QList<Uuid> m_decidedHere;  // newest last, kGrantedKept at most
};

} // namespace patron
