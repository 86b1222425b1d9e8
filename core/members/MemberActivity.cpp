#include "members/MemberActivity.h"

#include "store/Database.h"

namespace patron {

void MemberActivity::addDay(qint64 memberId, const QDateTime& at, qint64 visits, qint64 spendMinor)
{
    const QString day = at.date().toString(Qt::ISODate);
    // No UPSERT on SQLite 3.15: make sure the row exists, then add.
    m_db.execute("INSERT OR IGNORE INTO member_activity_days(member_id, day) VALUES (?, ?)", memberId, day);
    m_db.execute("UPDATE member_activity_days SET visits = visits + ?, spend_minor = spend_minor + ?"
                 " WHERE member_id = ? AND day = ?", visits, spendMinor, memberId, day);
}

void MemberActivity::recordPurchase(qint64 memberId, qint64 amountMinor, const QDateTime& at)
{
    Q_ASSERT(m_db.inTransaction());
    // OR FAIL: no statement journal for the summary triggers' writes (MemberTriggersSchema.h).
    m_db.execute("UPDATE OR FAIL members SET visits = visits + 1, spend_minor = spend_minor + ?,"
                 " last_visit_ms = max(coalesce(last_visit_ms, 0), ?) WHERE id = ?",
                 amountMinor, at.toMSecsSinceEpoch(), memberId);
    addDay(memberId, at, 1, amountMinor);
}

void MemberActivity::recordReturn(qint64 memberId, qint64 amountMinor, const QDateTime& at)
{
    Q_ASSERT(m_db.inTransaction());
    m_db.execute("UPDATE OR FAIL members SET spend_minor = spend_minor - ? WHERE id = ?", amountMinor, memberId);
    addDay(memberId, at, 0, -amountMinor);
}

} // namespace patron
