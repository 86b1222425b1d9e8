#include "sales/ShiftService.h"

#include "auth/AuditLog.h"
#include "auth/Permissions.h"
#include "auth/UserService.h"
#include "common/Clock.h"
#include "money/Money.h"
#include "sales/BusinessDay.h"
#include "sales/ProductMonthRollup.h"
#include "sales/SalesContext.h"
#include "sales/SalesSettings.h"
#include "store/Database.h"
#include "store/StoreSettings.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct ShiftTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Shift)
};

QJsonObject DayReport::toJson() const
{
    QJsonArray t;
    for (const TenderTotal& x : tenders)
        t.append(QJsonObject{{QStringLiteral("tender"), x.tender}, {QStringLiteral("count"), x.count},
                             {QStringLiteral("amount_minor"), x.amountMinor}, {QStringLiteral("refunds"), x.refunds}});
    QJsonObject o{{QStringLiteral("business_day"), businessDay.toString(Qt::ISODate)},
                  {QStringLiteral("sales"), sales},
                  {QStringLiteral("returns"), returns},
                  {QStringLiteral("list_minor"), listMinor},
                  {QStringLiteral("discount_minor"), discountMinor},
                  {QStringLiteral("net_minor"), netMinor},
                  {QStringLiteral("returns_minor"), returnsMinor},
                  {QStringLiteral("items_milli"), itemsMilli},
                  {QStringLiteral("voids"), voids},
                  {QStringLiteral("tenders"), t},
                  {QStringLiteral("float_minor"), floatMinor},
                  {QStringLiteral("cash_in_minor"), cashInMinor},
                  {QStringLiteral("cash_out_minor"), cashOutMinor},
                  {QStringLiteral("expected_cash_minor"), expectedCashMinor},
                  {QStringLiteral("closed"), closed}};
    if (countedCashMinor)
        o.insert(QStringLiteral("counted_cash_minor"), *countedCashMinor);
    return o;
}

namespace {

Shift readShift(Statement& s)
{
    Shift sh;
    sh.id = s.int64(0);
    sh.uuid = Uuid::fromBytes(s.blob(1));
    sh.cashier = s.text(2);
    sh.businessDay = QDate::fromString(s.text(3), Qt::ISODate);
    sh.openedAt = s.text(4);
    sh.floatMinor = s.int64(5);
    sh.closedAt = s.text(6);
    sh.countedMinor = s.optInt64(7);
    sh.expectedMinor = s.optInt64(8);
    return sh;
}

#define SHIFT_COLUMNS "id, uuid, cashier, business_day, opened_at, float_minor, closed_at, counted_minor, expected_minor"

DayReport fromJson(const QJsonObject& o)
{
    DayReport r;
    r.businessDay = QDate::fromString(o.value(QStringLiteral("business_day")).toString(), Qt::ISODate);
    r.sales = o.value(QStringLiteral("sales")).toInteger();
    r.returns = o.value(QStringLiteral("returns")).toInteger();
    r.listMinor = o.value(QStringLiteral("list_minor")).toInteger();
    r.discountMinor = o.value(QStringLiteral("discount_minor")).toInteger();
    r.netMinor = o.value(QStringLiteral("net_minor")).toInteger();
    r.returnsMinor = o.value(QStringLiteral("returns_minor")).toInteger();
    r.itemsMilli = o.value(QStringLiteral("items_milli")).toInteger();
    r.voids = o.value(QStringLiteral("voids")).toInteger();
    for (const QJsonValue& v : o.value(QStringLiteral("tenders")).toArray())
        // Z reports stored before schema step 16 have no "refunds": their count includes them.
        r.tenders.append({v[QStringLiteral("tender")].toString(), v[QStringLiteral("count")].toInteger(),
                          v[QStringLiteral("amount_minor")].toInteger(), v[QStringLiteral("refunds")].toInteger()});
    r.floatMinor = o.value(QStringLiteral("float_minor")).toInteger();
    r.cashInMinor = o.value(QStringLiteral("cash_in_minor")).toInteger();
    r.cashOutMinor = o.value(QStringLiteral("cash_out_minor")).toInteger();
    r.expectedCashMinor = o.value(QStringLiteral("expected_cash_minor")).toInteger();
    if (o.contains(QStringLiteral("counted_cash_minor")))
        r.countedCashMinor = o.value(QStringLiteral("counted_cash_minor")).toInteger();
    r.closed = o.value(QStringLiteral("closed")).toBool();
    return r;
}

} // namespace

std::optional<Shift> openShift(Database& db)
{
    Statement s = db.cached("SELECT " SHIFT_COLUMNS " FROM shifts WHERE closed_at IS NULL ORDER BY id DESC LIMIT 1");
    if (!s.step())
        return std::nullopt;
    Shift sh = readShift(s);
    s.reset();
    return sh;
}

std::optional<Shift> shiftByUuid(Database& db, const Uuid& uuid)
{
    Statement s = db.cached("SELECT " SHIFT_COLUMNS " FROM shifts WHERE uuid = ?");
    s.bindBlob(1, uuid.bytes());
    if (!s.step())
        return std::nullopt;
    Shift sh = readShift(s);
    s.reset();
    return sh;
}

std::optional<Shift> ShiftService::current() const { return openShift(m_ctx.db); }

Result<Shift> ShiftService::open(const Session& cashier, qint64 floatMinor)
{
    if (!cashier.can(perm::ShiftManage))
        return makeError(ErrorCode::PermissionDenied, ShiftTr::tr("%1 may not open shifts.").arg(cashier.userName));
    if (floatMinor < 0)
        return makeError(ErrorCode::InvalidInput, ShiftTr::tr("The float cannot be negative."));
    return guarded([&]() -> Result<Shift> {
        Transaction tx(m_ctx.db);
        if (auto existing = openShift(m_ctx.db))
            return makeError(ErrorCode::Conflict,
                             ShiftTr::tr("%1's shift is still open on this till; close it first.").arg(existing->cashier));
        const QDateTime now = m_ctx.clock.now();
        const SalesSettings settings = SalesSettings::load(StoreSettings(m_ctx.db, m_ctx.clock));
        const QDate day = currentBusinessDay(m_ctx.db, now, settings.dayCutoffHour);
        const Uuid uuid = Uuid::v7(now.toMSecsSinceEpoch());
        m_ctx.db.execute("INSERT INTO shifts(uuid, cashier, business_day, opened_at, float_minor) VALUES (?, ?, ?, ?, ?)",
                         uuid.bytes(), cashier.userName, day.toString(Qt::ISODate), isoWithOffset(now), floatMinor);
        m_ctx.audit.append(cashier.userName, QStringLiteral("shift.open"), uuid.toString(), {{QStringLiteral("float_minor"), floatMinor}});
        // Head office keeps it, so a till restored from an older backup gets the shift back with
        // its float and books its sales to it (OwnSalesRepull).
        m_ctx.outbox.append(QStringLiteral("shift.opened"), 1,
                            {{QStringLiteral("shift_uuid"), uuid.toString()},
                             {QStringLiteral("cashier"), cashier.userName},
                             {QStringLiteral("business_day"), day.toString(Qt::ISODate)},
                             {QStringLiteral("opened_at"), isoWithOffset(now)},
                             {QStringLiteral("float_minor"), floatMinor}});
        tx.commit();
        rollUpProductMonths();
        return *openShift(m_ctx.db);
    });
}

Result<void> ShiftService::cashMovement(const Session& user, bool in, qint64 amountMinor, const QString& reason)
{
    if (!user.can(perm::ShiftManage))
        return makeError(ErrorCode::PermissionDenied, ShiftTr::tr("%1 may not move cash.").arg(user.userName));
    if (amountMinor <= 0)
        return makeError(ErrorCode::InvalidInput, ShiftTr::tr("The amount must be more than zero."));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, ShiftTr::tr("Cash in and out need a reason."));
    return guarded([&]() -> Result<void> {
        Transaction tx(m_ctx.db);
        auto shift = openShift(m_ctx.db);
        if (!shift)
            return makeError(ErrorCode::Refused, ShiftTr::tr("No shift is open on this till."));
        if (!in && amountMinor > expectedCash(*shift))
            return makeError(ErrorCode::Refused, ShiftTr::tr("The drawer should hold only %1.")
                                                     .arg(Money(expectedCash(*shift), m_ctx.identity.currency).toDisplayString()));
        const QDateTime now = m_ctx.clock.now();
        const Uuid uuid = Uuid::v7(now.toMSecsSinceEpoch());
        const QString kind = in ? QStringLiteral("in") : QStringLiteral("out");
        m_ctx.db.execute("INSERT INTO cash_movements(uuid, shift_id, kind, amount_minor, reason, user_name, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         uuid.bytes(), shift->id, kind, amountMinor, reason.trimmed(), user.userName, isoWithOffset(now));
        m_ctx.audit.append(user.userName, in ? QStringLiteral("cash.in") : QStringLiteral("cash.out"), reason.trimmed(),
                           {{QStringLiteral("amount_minor"), amountMinor}});
        // Head office keeps the drawer's movements, and hands them back to this till restored from
        // an older backup, so an open shift's expected cash still counts them (ShiftCopy).
        m_ctx.outbox.append(QStringLiteral("shift.cash_moved"), 1,
                            {{QStringLiteral("uuid"), uuid.toString()},
                             {QStringLiteral("shift_uuid"), shift->uuid.toString()},
                             {QStringLiteral("kind"), kind},
                             {QStringLiteral("amount_minor"), amountMinor},
                             {QStringLiteral("reason"), reason.trimmed()},
                             {QStringLiteral("user"), user.userName},
                             {QStringLiteral("at"), isoWithOffset(now)}});
        tx.commit();
        return {};
    });
}

qint64 ShiftService::expectedCash(const Shift& shift) const
{
    // A closed shift's figure was fixed when it closed.
    if (!shift.closedAt.isEmpty() && shift.expectedMinor)
        return *shift.expectedMinor;
    // The cash its sales took and its returns gave back, kept by recordInSummaries.
    Statement s = m_ctx.db.cached("SELECT net_minor FROM sum_daily WHERE business_day = ? AND kind = 's' AND key = ?");
    s.bindAll(shift.businessDay.toString(Qt::ISODate), shift.id);
    const qint64 cash = s.step() ? s.int64(0) : 0;
    s.reset();
    const qint64 in = m_ctx.db.queryInt64("SELECT coalesce(sum(amount_minor), 0) FROM cash_movements WHERE shift_id = ? AND kind = 'in'", shift.id).value_or(0);
    const qint64 out = m_ctx.db.queryInt64("SELECT coalesce(sum(amount_minor), 0) FROM cash_movements WHERE shift_id = ? AND kind = 'out'", shift.id).value_or(0);
    return shift.floatMinor + cash + in - out;
}

Result<Shift> ShiftService::close(const Session& cashier, qint64 countedMinor)
{
    if (!cashier.can(perm::ShiftManage))
        return makeError(ErrorCode::PermissionDenied, ShiftTr::tr("%1 may not close shifts.").arg(cashier.userName));
    if (countedMinor < 0)
        return makeError(ErrorCode::InvalidInput, ShiftTr::tr("Counted cash cannot be negative."));
    return guarded([&]() -> Result<Shift> {
        Transaction tx(m_ctx.db);
        auto shift = openShift(m_ctx.db);
        if (!shift)
            return makeError(ErrorCode::Refused, ShiftTr::tr("No shift is open on this till."));
        const qint64 expected = expectedCash(*shift);
        const QDateTime now = m_ctx.clock.now();
        m_ctx.db.execute("UPDATE shifts SET closed_at = ?, counted_minor = ?, expected_minor = ? WHERE id = ?", isoWithOffset(now),
                         countedMinor, expected, shift->id);
        m_ctx.audit.append(cashier.userName, QStringLiteral("shift.close"), shift->uuid.toString(),
                           {{QStringLiteral("expected_minor"), expected}, {QStringLiteral("counted_minor"), countedMinor}});
        m_ctx.outbox.append(QStringLiteral("shift.closed"), 1,
                            {{QStringLiteral("shift_uuid"), shift->uuid.toString()},
                             {QStringLiteral("cashier"), shift->cashier},
                             {QStringLiteral("business_day"), shift->businessDay.toString(Qt::ISODate)},
                             {QStringLiteral("opened_at"), shift->openedAt},
                             {QStringLiteral("closed_at"), isoWithOffset(now)},
                             {QStringLiteral("summary"), QJsonObject{{QStringLiteral("float_minor"), shift->floatMinor},
                                                                     {QStringLiteral("expected_minor"), expected},
                                                                     {QStringLiteral("counted_minor"), countedMinor}}}});
        tx.commit();
        Statement s = m_ctx.db.prepare("SELECT " SHIFT_COLUMNS " FROM shifts WHERE id = ?");
        s.bind(1, shift->id);
        s.step();
        return readShift(s);
    });
}

DayReport ShiftService::buildReport(const QDate& day) const
{
    DayReport r;
    r.businessDay = day;
    const QString d = day.toString(Qt::ISODate);
    Statement s = m_ctx.db.prepare("SELECT sales, returns, list_minor, discount_minor, net_minor, returns_minor, items_milli "
                                   "FROM sum_day WHERE business_day = ?");
    s.bind(1, d);
    if (s.step()) {
        r.sales = s.int64(0);
        r.returns = s.int64(1);
        r.listMinor = s.int64(2);
        r.discountMinor = s.int64(3);
        r.netMinor = s.int64(4);
        r.returnsMinor = s.int64(5);
        r.itemsMilli = s.int64(6);
    }
    Statement t = m_ctx.db.prepare("SELECT tender, count, amount_minor, refunds FROM sum_tender WHERE business_day = ? ORDER BY tender");
    t.bind(1, d);
    while (t.step())
        r.tenders.append({t.text(0), t.int64(1), t.int64(2), t.int64(3)});
    r.voids = m_ctx.db.queryInt64("SELECT count(*) FROM audit_log WHERE action = 'sale.void' AND at >= ? AND at < ?",
                                  d, day.addDays(2).toString(Qt::ISODate)).value_or(0);
    // Cash: every shift of the day.
    Statement sh = m_ctx.db.prepare("SELECT " SHIFT_COLUMNS " FROM shifts WHERE business_day = ?");
    sh.bind(1, d);
    QList<Shift> shifts;
    while (sh.step())
        shifts << readShift(sh);
    bool allCounted = !shifts.isEmpty();
    qint64 counted = 0;
    for (const Shift& x : shifts) {
        r.floatMinor += x.floatMinor;
        r.cashInMinor += m_ctx.db.queryInt64("SELECT coalesce(sum(amount_minor), 0) FROM cash_movements WHERE shift_id = ? AND kind = 'in'", x.id).value_or(0);
        r.cashOutMinor += m_ctx.db.queryInt64("SELECT coalesce(sum(amount_minor), 0) FROM cash_movements WHERE shift_id = ? AND kind = 'out'", x.id).value_or(0);
        r.expectedCashMinor += expectedCash(x);
        if (x.countedMinor)
            counted += *x.countedMinor;
        else
            allCounted = false;
    }
    if (allCounted)
        r.countedCashMinor = counted;
    return r;
}

Result<DayReport> ShiftService::xReport() const
{
    return guarded([&] {
        const SalesSettings settings = SalesSettings::load(StoreSettings(m_ctx.db, m_ctx.clock));
        return buildReport(currentBusinessDay(m_ctx.db, m_ctx.clock.now(), settings.dayCutoffHour));
    });
}

Result<DayReport> ShiftService::zReport(const Session& user)
{
    if (!user.can(perm::ShiftManage))
        return makeError(ErrorCode::PermissionDenied, ShiftTr::tr("%1 may not close the day.").arg(user.userName));
    return guarded([&]() -> Result<DayReport> {
        Transaction tx(m_ctx.db);
        if (auto open = openShift(m_ctx.db))
            return makeError(ErrorCode::Refused, ShiftTr::tr("Close %1's shift before the day-end (Z) report.").arg(open->cashier));
        const SalesSettings settings = SalesSettings::load(StoreSettings(m_ctx.db, m_ctx.clock));
        const QDateTime now = m_ctx.clock.now();
        const QDate day = currentBusinessDay(m_ctx.db, now, settings.dayCutoffHour);
        // After today's Z the till already sells into tomorrow; a second Z now would close a day
        // that has not begun.
        if (day > businessDayOf(now, settings.dayCutoffHour))
            return makeError(ErrorCode::Refused, ShiftTr::tr("The day-end (Z) report for %1 was already made.")
                                                     .arg(day.addDays(-1).toString(Qt::ISODate)));
        DayReport r = buildReport(day);
        r.closed = true;
        const QJsonObject json = r.toJson();
        const Uuid uuid = Uuid::v7(now.toMSecsSinceEpoch());
        m_ctx.db.execute("INSERT INTO z_reports(uuid, business_day, closed_at, closed_by, report) VALUES (?, ?, ?, ?, ?)",
                         uuid.bytes(), day.toString(Qt::ISODate), isoWithOffset(now), user.userName,
                         QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        m_ctx.audit.append(user.userName, QStringLiteral("day.close"), day.toString(Qt::ISODate), json);
        // The report, and who closed the day when: a till restored from an older backup gets its
        // Z back from head office (ShiftCopy), so it never closes or sells into that day again.
        QJsonObject event = json;
        event.insert(QStringLiteral("uuid"), uuid.toString());
        event.insert(QStringLiteral("closed_at"), isoWithOffset(now));
        event.insert(QStringLiteral("closed_by"), user.userName);
        m_ctx.outbox.append(QStringLiteral("day.closed"), 1, event);
        tx.commit();
        rollUpProductMonths();
        return r;
    });
}

void ShiftService::rollUpProductMonths()
{
    // After the shift or the day is committed, in its own transaction: a failure here must not
    // undo it, and loses nothing (the lines stay pending, readers add them, the next roll-up
    // takes them).
    (void)guarded([&] { ProductMonthRollup(m_ctx.db).rollUp(); });
}

Result<DayReport> ShiftService::storedZ(const QDate& day) const
{
    return guarded([&]() -> Result<DayReport> {
        auto text = m_ctx.db.queryText("SELECT report FROM z_reports WHERE business_day = ?", day.toString(Qt::ISODate));
        if (!text)
            return makeError(ErrorCode::NotFound, ShiftTr::tr("There is no day-end report for %1.").arg(day.toString(Qt::ISODate)));
        return fromJson(QJsonDocument::fromJson(text->toUtf8()).object());
    });
}

} // namespace patron
