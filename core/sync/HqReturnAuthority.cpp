#include "sync/HqReturnAuthority.h"

#include "common/Clock.h"
#include "hq/HqClient.h"
#include "hq/HqReturnsClient.h"
#include "sales/SaleCopy.h"
#include "store/Database.h"
#include "store/StoreSettings.h"
#include "sync/SyncConfig.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct HqReturnAuthorityTr {
    Q_DECLARE_TR_FUNCTIONS(patron::HqReturnAuthority)
};

namespace {


QString qtyText(qint64 milli)
{
    return QString::number(double(milli) / 1000.0, 'g', 10);
}

void appendRows(QList<PulledChange>& out, const QString& kind, const QJsonArray& rows)
{
    for (const QJsonValue& v : rows) {
        PulledChange c;
        c.kind = kind;
        c.data = v.toObject();
        c.key = c.data.value(QStringLiteral("uuid")).toString();
        out.append(std::move(c));
    }
}
} // namespace

HqReturnAuthority::HqReturnAuthority(Database& db, const Clock& clock, Outbox& outbox, StoreIdentity identity,
                                     PgConnectInfo info)
    : m_db(db), m_clock(clock), m_identity(std::move(identity)), m_inbox(db, clock), m_handlers(db, outbox, clock),
      m_hq(std::move(info), QStringLiteral("patron returns"))
{
    m_handlers.install(m_inbox);
}

std::unique_ptr<ReturnAuthority> HqReturnAuthority::ifJoined(Database& db, const Clock& clock, Outbox& outbox,
                                                             const StoreIdentity& identity)
{
    StoreSettings settings(db, clock);
    const auto info = SyncConfig(settings).connectInfo();
    if (!info)
        return nullptr;
    return std::make_unique<HqReturnAuthority>(db, clock, outbox, identity, *info);
}

bool HqReturnAuthority::headOfficeUnusable(const Error& e) const
{
    // Unreachable or lost; our statement timeout (57014); a head office older than schema 6
    // (HqReturnsClient says NotFound). Anything else is head office's answer.
    return e.code == ErrorCode::Unavailable || e.code == ErrorCode::NotFound || m_hq.pg().lastSqlState() == u"57014";
}

void HqReturnAuthority::markUnusable()
{
    if (!m_hq.pg().isHealthy())
        m_hq.drop();
    m_askAgainAtMs = m_clock.nowMs() + kRetryAfterMs;
}

bool HqReturnAuthority::isOwnReceipt(const QString& receiptNo) const
{
    // R<store>-<till>-<epoch>-<sequence> (core/sales/ReceiptNumbers.h).
    const QString own = QStringLiteral("R%1-%2-").arg(m_identity.storeCode, m_identity.tillCode).toUpper();
    return receiptNo.trimmed().toUpper().startsWith(own);
}

Error HqReturnAuthority::needsHeadOffice(const QString& receiptNo) const
{
    return makeError(
        ErrorCode::Unavailable,
        HqReturnAuthorityTr::tr("Receipt %1 is from another store or till. Returning it needs head office, "
                                "which cannot be reached now; try again when the till is online.")
            .arg(receiptNo.trimmed().toUpper()));
}

Result<void> HqReturnAuthority::prepare(const QString& receiptNo)
{
    auto local = guarded([&] {
        return m_db.queryInt64("SELECT s.id FROM sales s WHERE s.receipt_no = ? AND NOT EXISTS "
                               "(SELECT 1 FROM foreign_sales f WHERE f.sale_id = s.id)",
                               receiptNo.trimmed().toUpper());
    });
    if (!local)
        return local.error();
    const bool ownHere = local->has_value();
    if (m_clock.nowMs() < m_askAgainAtMs)
        return ownHere ? Result<void>() : Result<void>(needsHeadOffice(receiptNo));
    auto answer = [&]() -> Result<std::optional<HqSaleForReturn>> {
        PATRON_TRY(m_hq.connect());
        return HqReturnsClient(m_hq.pg()).saleForReturn(receiptNo);
    }();
    if (!answer) {
        if (!headOfficeUnusable(answer.error()))
            return answer.error();
        markUnusable();
        // The till's own sale: its own records decide. Another till's: head office is needed.
        if (ownHere || isOwnReceipt(receiptNo))
            return {};
        return needsHeadOffice(receiptNo);
    }
    if (!answer->has_value())
        return {}; // head office has no such sale either: ReturnService says so
    const HqSaleForReturn& sale = **answer;
    // The member first (the copy names them), through the same handlers as a pull or a lookup,
    // so a member already here is merged by HLC and ledger entries are not counted twice.
    if (!sale.member.isEmpty()) {
        QList<PulledChange> changes;
        appendRows(changes, QStringLiteral("member"), QJsonArray{sale.member.value(QStringLiteral("member"))});
        appendRows(changes, QStringLiteral("points"), sale.member.value(QStringLiteral("points")).toArray());
        appendRows(changes, QStringLiteral("wallet"), sale.member.value(QStringLiteral("wallet")).toArray());
        PATRON_TRY(guarded([&] {
            Transaction tx(m_db);
            m_inbox.store(changes);
            tx.commit();
        }));
        PATRON_TRY(m_inbox.applyPending());
    }
    return guarded([&] {
        Transaction tx(m_db);
        SaleCopy copy(m_db);
        const bool ownTill = sale.storeCode.compare(m_identity.storeCode, Qt::CaseInsensitive) == 0 &&
                             sale.tillCode.compare(m_identity.tillCode, Qt::CaseInsensitive) == 0;
        const QString now = isoWithOffset(m_clock.now());
        // This till's own sale that its (restored) store lacks is its own again, counted as such.
        const qint64 id =
            ownTill ? copy.writeOwnSale(sale.sale) : copy.writeForeign(sale.sale, sale.storeCode, sale.tillCode, now);
        copy.setReturnedElsewhere(id, sale.returnedElsewhere, now);
        tx.commit();
    });
}

QJsonArray HqReturnAuthority::unpushedReturns(const Uuid& saleUuid) const
{
    // The outbox payload is JSON text and SQLite 3.15 has no JSON functions: filter here. Pending
    // events are few (they leave at the next push).
    QJsonArray out;
    const QString sale = saleUuid.toString();
    Statement s =
        m_db.prepare("SELECT payload FROM outbox WHERE pushed_at IS NULL AND type = 'sale.returned' ORDER BY id");
    while (s.step()) {
        const QJsonObject p = QJsonDocument::fromJson(s.text(0).toUtf8()).object();
        if (p.value(QStringLiteral("sale_uuid")).toString() == sale)
            out.append(QJsonObject{{QStringLiteral("return_uuid"), p.value(QStringLiteral("return_uuid"))},
                                   {QStringLiteral("sale_uuid"), sale},
                                   {QStringLiteral("lines"), p.value(QStringLiteral("lines"))}});
    }
    return out;
}

Result<void> HqReturnAuthority::reserve(const ReturnClaim& claim)
{
    auto refusedOffline = [&]() -> Result<void> {
        if (!claim.foreign)
            return {};
        auto receipt = guarded(
            [&] { return m_db.queryText("SELECT receipt_no FROM sales WHERE uuid = ?", claim.saleUuid.bytes()); });
        return needsHeadOffice(receipt && *receipt ? **receipt : claim.saleUuid.toString());
    };
    if (m_clock.nowMs() < m_askAgainAtMs)
        return refusedOffline();
    QJsonArray lines;
    for (const auto& [lineNo, qty] : claim.lines)
        lines.append(QJsonObject{{QStringLiteral("line_no"), lineNo}, {QStringLiteral("qty_milli"), qty}});
    auto hold = [&]() -> Result<HqReturnHold> {
        PATRON_TRY(m_hq.connect());
        auto pending = guarded([&] { return unpushedReturns(claim.saleUuid); });
        if (!pending)
            return pending.error();
        return HqReturnsClient(m_hq.pg()).reserve(claim.returnUuid, claim.saleUuid, lines, *pending);
    }();
    if (!hold) {
        if (!headOfficeUnusable(hold.error()))
            return hold.error();
        markUnusable();
        return refusedOffline();
    }
    if (!hold->reserved) {
        for (const QJsonValue& v : hold->lines) {
            const QJsonObject l = v.toObject();
            const qint64 sold = l.value(QStringLiteral("sold_milli")).toInteger();
            const qint64 returned = l.value(QStringLiteral("returned_milli")).toInteger();
            const qint64 wanted = l.value(QStringLiteral("wanted_milli")).toInteger();
            if (wanted > 0 && returned + wanted > sold)
                return makeError(
                    ErrorCode::Refused,
                    HqReturnAuthorityTr::tr("Line %1: head office has %2 of %3 returned already across the "
                                            "stores; only %4 can still be returned.")
                        .arg(l.value(QStringLiteral("line_no")).toInt())
                        .arg(qtyText(returned), qtyText(sold), qtyText(std::max<qint64>(0, sold - returned))));
        }
        return makeError(ErrorCode::Refused,
                         HqReturnAuthorityTr::tr("Head office refused the return: a line is not on the receipt."));
    }
    if (hold->known) {
        m_held.append(claim.returnUuid);
        if (m_held.size() > kHeldKept)
            m_held.removeFirst(); // long since committed: nothing releases those
    }
    return {};
}

void HqReturnAuthority::release(const Uuid& returnUuid)
{
    if (!m_held.removeAll(returnUuid) || m_clock.nowMs() < m_askAgainAtMs || !m_hq.connect())
        return;
    // Best effort: a hold not released expires after return_hold_ttl_s.
    (void)HqReturnsClient(m_hq.pg()).release(returnUuid);
}

void HqReturnAuthority::confirm(const Uuid& returnUuid)
{
    if (!m_held.removeAll(returnUuid) || m_clock.nowMs() < m_askAgainAtMs || !m_hq.connect())
        return;
    // Best effort: unconfirmed (head office unreachable a moment after the hold, or older than
    // schema 7), the hold expires after return_hold_ttl_s as before.
    (void)HqReturnsClient(m_hq.pg()).confirm(returnUuid);
}

} // namespace patron
