#include "sales/ShiftCopy.h"

#include "common/Uuid.h"
#include "store/Database.h"

#include <QDateTime>
#include <QJsonDocument>

namespace patron {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

bool ShiftCopy::writeOpened(const QJsonObject& opened)
{
    const Uuid uuid = Uuid::fromString(str(opened, "shift_uuid"));
    const QDate day = QDate::fromString(str(opened, "business_day"), Qt::ISODate);
    if (uuid.isNull() || !day.isValid() || str(opened, "opened_at").isEmpty() || shiftByUuid(m_db, uuid))
        return false;
    // The cashier is optional in the payloads (docs/sync-events.md).
    m_db.execute(
        "INSERT INTO shifts(uuid, cashier, business_day, opened_at, float_minor) VALUES (?, coalesce(?, ''), ?, ?, ?)",
        uuid.bytes(), str(opened, "cashier"), day.toString(Qt::ISODate), str(opened, "opened_at"),
        opened.value(QStringLiteral("float_minor")).toInteger());
    return true;
}

bool ShiftCopy::writeClosed(const QJsonObject& closed)
{
    const Uuid uuid = Uuid::fromString(str(closed, "shift_uuid"));
    const QString closedAt = str(closed, "closed_at");
    if (uuid.isNull() || closedAt.isEmpty())
        return false;
    const QJsonObject summary = closed.value(QStringLiteral("summary")).toObject();
    const qint64 counted = summary.value(QStringLiteral("counted_minor")).toInteger();
    const qint64 expected = summary.value(QStringLiteral("expected_minor")).toInteger();
    if (auto shift = shiftByUuid(m_db, uuid)) {
        if (!shift->closedAt.isEmpty())
            return false;
        m_db.execute("UPDATE shifts SET closed_at = ?, counted_minor = ?, expected_minor = ? WHERE id = ?", closedAt,
                     counted, expected, shift->id);
        return true;
    }
    // A shift opened and closed after the backup whose open the till did not push (a release
    // before shift.opened) has no open to recreate it from; its close carries all but the
    // business day since this release, and without one the shift is left out (it has no sale
    // booked to it: those payloads did not name a shift either).
    const QDate day = QDate::fromString(str(closed, "business_day"), Qt::ISODate);
    if (!day.isValid() || str(closed, "opened_at").isEmpty())
        return false;
    m_db.execute("INSERT INTO shifts(uuid, cashier, business_day, opened_at, float_minor, closed_at, counted_minor, "
                 "expected_minor) VALUES (?, coalesce(?, ''), ?, ?, ?, ?, ?, ?)",
                 uuid.bytes(), str(closed, "cashier"), day.toString(Qt::ISODate), str(closed, "opened_at"),
                 summary.value(QStringLiteral("float_minor")).toInteger(), closedAt, counted, expected);
    return true;
}

bool ShiftCopy::writeCashMoved(const QJsonObject& moved)
{
    const Uuid uuid = Uuid::fromString(str(moved, "uuid"));
    const QString kind = str(moved, "kind");
    const qint64 amount = moved.value(QStringLiteral("amount_minor")).toInteger();
    if (uuid.isNull() || (kind != u"in" && kind != u"out") || amount <= 0 || str(moved, "at").isEmpty())
        return false;
    if (m_db.queryInt64("SELECT count(*) FROM cash_movements WHERE uuid = ?", uuid.bytes()).value_or(0) > 0)
        return false;
    const auto shift = shiftByUuid(m_db, Uuid::fromString(str(moved, "shift_uuid")));
    if (!shift)
        return false;
    m_db.execute("INSERT INTO cash_movements(uuid, shift_id, kind, amount_minor, reason, user_name, at) "
                 "VALUES (?, ?, ?, ?, ?, coalesce(?, ''), ?)",
                 uuid.bytes(), shift->id, kind, amount, str(moved, "reason"), str(moved, "user"), str(moved, "at"));
    return true;
}

bool ShiftCopy::writeDayClosed(const QJsonObject& closed)
{
    const QDate day = QDate::fromString(str(closed, "business_day"), Qt::ISODate);
    const QString closedAt = str(closed, "closed_at");
    if (!day.isValid() || closedAt.isEmpty())
        return false;
    const QString dayText = day.toString(Qt::ISODate);
    if (m_db.queryInt64("SELECT count(*) FROM z_reports WHERE business_day = ?", dayText).value_or(0) > 0)
        return false;
    // A Z pushed before its UUID travelled gets one from its time (nothing refers to it).
    Uuid uuid = Uuid::fromString(str(closed, "uuid"));
    if (uuid.isNull())
        uuid = Uuid::v7(QDateTime::fromString(closedAt, Qt::ISODate).toMSecsSinceEpoch());
    // The stored report is the report alone, as zReport stores it.
    QJsonObject report = closed;
    for (const char* key : {"uuid", "closed_at", "closed_by"})
        report.remove(QLatin1String(key));
    m_db.execute("INSERT INTO z_reports(uuid, business_day, closed_at, closed_by, report) "
                 "VALUES (?, ?, ?, coalesce(?, ''), ?)",
                 uuid.bytes(), dayText, closedAt, str(closed, "closed_by"),
                 QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)));
    return true;
}

std::optional<Shift> ShiftCopy::bookedShift(const QJsonObject& sale) const
{
    if (!sale.contains(QStringLiteral("shift_uuid")))
        return openShift(m_db);
    const Uuid uuid = Uuid::fromString(str(sale, "shift_uuid")); // null: made with no shift open
    if (uuid.isNull())
        return std::nullopt;
    return shiftByUuid(m_db, uuid);
}

} // namespace patron
