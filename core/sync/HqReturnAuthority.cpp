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
                                     PgConnectInfo info, BlockingRunner& runner)
    : m_db(db), m_clock(clock), m_identity(std::move(identity)), m_inbox(db, clock), m_handlers(db, outbox, clock),
      m_hq(std::move(info), QStringLiteral("patron returns")), m_runner(runner), m_journal(db, clock)
{
    m_handlers.install(m_inbox);
}

std::unique_ptr<ReturnAuthority> HqReturnAuthority::ifJoined(Database& db, const Clock& clock, Outbox& outbox,
                                                             const StoreIdentity& identity, BlockingRunner& runner)
{
    StoreSettings settings(db, clock);
    const auto info = SyncConfig(settings).connectInfo();
    if (!info)
        return nullptr;
    return std::make_unique<HqReturnAuthority>(db, clock, outbox, identity, *info, runner);
}

bool HqReturnAuthority::headOfficeUnusable(const Error& e) const
{
    // Unreachable or lost; our statement timeout (57014); a head office older than schema 8
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

bool HqReturnAuthority::needsReceiptTotal(const QString& receiptNo)
{
    if (isOwnReceipt(receiptNo))
        return false;
    auto held = guarded(
        [&] { return m_db.queryInt64("SELECT 1 FROM sales WHERE receipt_no = ?", receiptNo.trimmed().toUpper()); });
    // A store error: prepare() says so.
    return held && !held->has_value();
}

Result<std::optional<HqSaleForReturn>> HqReturnAuthority::askSale(const QString& receiptNo,
                                                                   std::optional<qint64> totalMinor)
{
    Result<std::optional<HqSaleForReturn>> answer = std::optional<HqSaleForReturn>();
    m_runner.run(HqReturnAuthorityTr::tr("Asking head office for receipt %1…").arg(receiptNo.trimmed().toUpper()),
                 [&] {
                     answer = [&]() -> Result<std::optional<HqSaleForReturn>> {
                         PATRON_TRY(m_hq.connect());
                         return HqReturnsClient(m_hq.pg()).saleForReturn(receiptNo, totalMinor);
                     }();
                 });
    return answer;
}

Result<void> HqReturnAuthority::prepare(const QString& receiptNo, std::optional<qint64> receiptTotalMinor)
{
    struct Held {
        bool own = false;             // this till's own sale (not a copy)
        std::optional<qint64> total;  // the total of the sale held here, own or copy
    };
    auto local = guarded([&] {
        Held h;
        Statement s = m_db.prepare("SELECT s.total_minor, NOT EXISTS (SELECT 1 FROM foreign_sales f WHERE f.sale_id = s.id) "
                                   "FROM sales s WHERE s.receipt_no = ?");
        s.bind(1, receiptNo.trimmed().toUpper());
        if (s.step()) {
            h.total = s.int64(0);
            h.own = s.int64(1) != 0;
        }
        return h;
    });
    if (!local)
        return local.error();
    const bool ownHere = local->own;
    if (m_clock.nowMs() < m_askAgainAtMs)
        return ownHere ? Result<void>() : Result<void>(needsHeadOffice(receiptNo));
    // Head office checks the total printed on another till's receipt; the till sends the one it
    // holds (a copy fetched before, or its own sale) and a restored till's own receipt needs none.
    const std::optional<qint64> total = receiptTotalMinor ? receiptTotalMinor : local->total;
    if (!total && !isOwnReceipt(receiptNo))
        return makeError(ErrorCode::InvalidInput,
                         HqReturnAuthorityTr::tr("Receipt %1 is from another store or till: type the total printed on "
                                                 "it, head office checks it before it hands the sale over.")
                             .arg(receiptNo.trimmed().toUpper()));
    auto answer = askSale(receiptNo, total);
    if (!answer) {
        const bool unusable = headOfficeUnusable(answer.error());
        if (unusable)
            markUnusable();
        // The till's own sale: its own records decide, whatever head office answered (even a
        // refusal: the till's own returns never wait on head office). Another till's: head
        // office's answer stands, or it is needed.
        if (ownHere || isOwnReceipt(receiptNo))
            return {};
        return unusable ? Result<void>(needsHeadOffice(receiptNo)) : Result<void>(answer.error());
    }
    if (!answer->has_value())
        return {}; // head office has no such sale (or not with that total): ReturnService says so
    return keepCopy(**answer);
}

Result<void> HqReturnAuthority::keepCopy(const HqSaleForReturn& sale)
{
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

Result<HqReturnHold> HqReturnAuthority::askHold(const ReturnClaim& claim, const QJsonArray& lines,
                                                const QJsonArray& pending)
{
    Result<HqReturnHold> hold = HqReturnHold();
    m_runner.run(HqReturnAuthorityTr::tr("Asking head office to hold the items coming back…"), [&] {
        hold = [&]() -> Result<HqReturnHold> {
            PATRON_TRY(m_hq.connect());
            return HqReturnsClient(m_hq.pg()).reserve(claim.returnUuid, claim.saleUuid, lines, pending);
        }();
    });
    return hold;
}

Result<void> HqReturnAuthority::refusedHold(const HqReturnHold& hold) const
{
    for (const QJsonValue& v : hold.lines) {
        const QJsonObject l = v.toObject();
        const qint64 sold = l.value(QStringLiteral("sold_milli")).toInteger();
        const qint64 returned = l.value(QStringLiteral("returned_milli")).toInteger();
        const qint64 wanted = l.value(QStringLiteral("wanted_milli")).toInteger();
        if (wanted > 0 && returned + wanted > sold)
            return makeError(ErrorCode::Refused,
                             HqReturnAuthorityTr::tr("Line %1: head office has %2 of %3 returned already across the "
                                                     "stores; only %4 can still be returned.")
                                 .arg(l.value(QStringLiteral("line_no")).toInt())
                                 .arg(qtyText(returned), qtyText(sold), qtyText(std::max<qint64>(0, sold - returned))));
    }
    return makeError(ErrorCode::Refused,
                     HqReturnAuthorityTr::tr("Head office refused the return: a line is not on the receipt."));
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
    auto pending = guarded([&] { return unpushedReturns(claim.saleUuid); });
    if (!pending)
        return pending.error();
    // Journalled before the question leaves: whatever happens to the answer (a dropped line, a
    // crash), the sync worker settles the hold head office may have granted.
    PATRON_TRY(guarded([&] { m_journal.asked(claim.returnUuid, claim.saleUuid); }));
    auto hold = askHold(claim, lines, *pending);
    if (!hold || !hold->reserved) {
        // Refused: head office holds nothing. Otherwise it may hold something the answer did
        // not bring back: the sync worker releases it.
        (void)guarded([&] {
            if (hold)
                m_journal.forget(claim.returnUuid);
            else
                m_journal.abandoned(claim.returnUuid);
        });
    }
    if (!hold) {
        if (!headOfficeUnusable(hold.error()))
            return hold.error();
        markUnusable();
        // A till's own sale goes on by its own records; the return then marks the journal row
        // committed (confirmed later, in case head office did grant the hold) or abandoned.
        return refusedOffline();
    }
    if (!hold->reserved)
        return refusedHold(*hold);
    if (hold->known) {
        m_held.append(claim.returnUuid);
        if (m_held.size() > kHeldKept)
            m_held.removeFirst(); // a return never settled here: the journal has it
    }
    return {};
}

void HqReturnAuthority::committing(const Uuid& returnUuid)
{
    m_journal.committed(returnUuid);
    m_held.removeAll(returnUuid);
}

void HqReturnAuthority::release(const Uuid& returnUuid)
{
    // The journal first: if head office cannot be told now, the sync worker tells it. A store
    // error leaves the row 'asked', which the worker releases a minute later.
    (void)guarded([&] { m_journal.abandoned(returnUuid); });
    if (!m_held.removeAll(returnUuid) || m_clock.nowMs() < m_askAgainAtMs)
        return;
    // At once when head office answers: the hold would otherwise count against this till's own
    // next try at the same receipt until the next sync cycle.
    Result<bool> released = false;
    m_runner.run(HqReturnAuthorityTr::tr("Letting head office know the return did not go ahead…"), [&] {
        released = [&]() -> Result<bool> {
            PATRON_TRY(m_hq.connect());
            return HqReturnsClient(m_hq.pg()).release(returnUuid);
        }();
    });
    if (released)
        (void)guarded([&] { m_journal.forget(returnUuid); });
    else if (headOfficeUnusable(released.error()))
        markUnusable();
}

} // namespace patron
