#include "sync/HqWalletReservation.h"

#include "common/Clock.h"
#include "hq/HqClient.h"
#include "members/Member.h"
#include "money/Money.h"
#include "store/Database.h"
#include "store/StoreSettings.h"
#include "sync/SyncConfig.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct HqWalletReservationTr {
    Q_DECLARE_TR_FUNCTIONS(patron::HqWalletReservation)
};

HqWalletReservation::HqWalletReservation(Database& db, const Clock& clock, AuditLog& audit, Outbox& outbox,
                                         PgConnectInfo info, BlockingRunner& runner)
    : m_db(db), m_clock(clock), m_rules(db, clock, audit, outbox), m_local(m_rules),
      m_hq(std::move(info), QStringLiteral("patron wallet")), m_runner(runner)
{
}

std::unique_ptr<WalletReservation> HqWalletReservation::ifJoined(Database& db, const Clock& clock, AuditLog& audit,
                                                                 Outbox& outbox, BlockingRunner& runner)
{
    StoreSettings settings(db, clock);
    const auto info = SyncConfig(settings).connectInfo();
    if (!info)
        return nullptr;
    return std::make_unique<HqWalletReservation>(db, clock, audit, outbox, *info, runner);
}

QJsonArray HqWalletReservation::unpushedEntries(const Member& member) const
{
    // The outbox payload is JSON text and SQLite 3.15 has no JSON functions: filter here. Pending
    // events are few (they leave at the next push).
    QJsonArray out;
    const QString memberUuid = member.uuid.toString();
    Statement s =
        m_db.prepare("SELECT payload FROM outbox WHERE pushed_at IS NULL AND type = 'wallet.entry' ORDER BY id");
    while (s.step()) {
        const QJsonObject p = QJsonDocument::fromJson(s.text(0).toUtf8()).object();
        if (p.value(QStringLiteral("member_uuid")).toString() != memberUuid)
            continue;
        QJsonObject e{{QStringLiteral("entry_uuid"), p.value(QStringLiteral("entry_uuid"))},
                      {QStringLiteral("amount_minor"), p.value(QStringLiteral("principal_minor")).toInteger()
                                                           + p.value(QStringLiteral("bonus_minor")).toInteger()}};
        if (p.value(QStringLiteral("sale_uuid")).isString())
            e.insert(QStringLiteral("sale_uuid"), p.value(QStringLiteral("sale_uuid")));
        out.append(e);
    }
    return out;
}

bool HqWalletReservation::headOfficeUnusable(const Error& e) const
{
    // Unreachable or lost; our statement timeout (57014); a head office not yet upgraded to
    // schema 2 (42883: no hq.reserve_wallet). Anything else is head office's answer.
    const QString state = m_hq.pg().lastSqlState();
    return e.code == ErrorCode::Unavailable || state == u"57014" || state == u"42883";
}

const HqWalletReservation::Granted* HqWalletReservation::granted(const Uuid& sale) const
{
    for (const Granted& g : m_granted)
        if (g.sale == sale)
            return &g;
    return nullptr;
}

Result<void> HqWalletReservation::reserve(const Member& member, qint64 amountMinor, const Uuid& saleUuid)
{
    // The same sale asking again (inside the checkout transaction): already held at head office.
    // Another member or amount for it goes to head office, which refuses it.
    if (const Granted* g = granted(saleUuid); g && g->member == member.uuid && g->amountMinor == amountMinor)
        return {};
    auto decideHere = [&]() -> Result<void> {
        if (!m_decidedHere.contains(saleUuid)) {
            m_decidedHere.append(saleUuid);
            if (m_decidedHere.size() > kGrantedKept)
                m_decidedHere.removeFirst();
        }
        return m_local.reserve(member, amountMinor, saleUuid);
    };
    if (m_decidedHere.contains(saleUuid) || m_clock.nowMs() < m_askAgainAtMs)
        return decideHere();
    // Read here, on the till's thread: the call below may run on another one.
    auto unpushed = guarded([&] { return unpushedEntries(member); });
    if (!unpushed)
        return unpushed.error();
    Result<WalletHold> hold = WalletHold();
    m_runner.run(HqWalletReservationTr::tr("Asking head office to hold the stored value…"), [&] {
        hold = [&]() -> Result<WalletHold> {
            PATRON_TRY(m_hq.connect());
            return HqClient(m_hq.pg()).reserveWallet(member.uuid, saleUuid, amountMinor, *unpushed);
        }();
    });
    if (!hold) {
        if (!headOfficeUnusable(hold.error()))
            return hold.error();
        if (!m_hq.pg().isHealthy())
            m_hq.drop();
        m_askAgainAtMs = m_clock.nowMs() + kRetryAfterMs;
        return decideHere();
    }
    if (!hold->reserved)
        return makeError(ErrorCode::Refused,
                         HqWalletReservationTr::tr("Head office has %1 of this member's stored value left for the "
                                                   "chain; it cannot pay %2. Another store may have spent it.")
                             .arg(Money(hold->availableMinor, QStringLiteral("CNY")).toDisplayString(),
                                  Money(amountMinor, QStringLiteral("CNY")).toDisplayString()));
    m_granted.append({saleUuid, member.uuid, amountMinor});
    if (m_granted.size() > kGrantedKept)
        m_granted.removeFirst();
    return {};
}

void HqWalletReservation::release(const Uuid& saleUuid)
{
    // Only holds head office granted here; a sale the local rule decided holds nothing there.
    if (!granted(saleUuid))
        return;
    m_granted.removeIf([&](const Granted& g) { return g.sale == saleUuid; });
    if (m_clock.nowMs() < m_askAgainAtMs)
        return;
    // Best effort: a hold not released (head office unreachable now, or older than schema 5)
    // expires after reservation_ttl_s, as an abandoned sale's does.
    m_runner.run(HqWalletReservationTr::tr("Letting head office know the sale did not complete…"), [&] {
        if (m_hq.connect())
            (void)HqClient(m_hq.pg()).releaseWallet(saleUuid);
    });
}

} // namespace patron
