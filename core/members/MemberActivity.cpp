#include "members/MemberActivity.h"

#include "store/Database.h"

namespace patron {

void MemberActivity::addDay(qint64 memberId, const QDateTime& at, qint64 visits, qint64 spendMinor)
{
    const QString day = at.date().toString(Qt::ISODate);
    // No UPSERT on SQLite 3.15. A member's first visit of the day is the usual case, so the row
    // is inserted with the figures; only when it was there already is it added to.
    Statement insert = m_db.cached(
        "INSERT OR IGNORE INTO member_activity_days(member_id, day, visits, spend_minor) VALUES (?, ?, ?, ?)");
    insert.bindAll(memberId, day, visits, spendMinor);
    insert.run();
    insert = Statement();
    if (m_db.changes() > 0)
        return;
    Statement add = m_db.cached("UPDATE member_activity_days SET visits = visits + ?, spend_minor = spend_minor + ?"
                                " WHERE member_id = ? AND day = ?");
    add.bindAll(visits, spendMinor, memberId, day);
    add.run();
}

void MemberActivity::recordPurchase(qint64 memberId, qint64 amountMinor, const QDateTime& at)
{
    Q_ASSERT(m_db.inTransaction());
    // OR FAIL: no statement journal for the summary triggers' writes (MemberTriggersSchema.h).
    Statement counters = m_db.cached("UPDATE OR FAIL members SET visits = visits + 1, spend_minor = spend_minor + ?,"
                                     " last_visit_ms = max(coalesce(last_visit_ms, 0), ?) WHERE id = ?");
    counters.bindAll(amountMinor, at.toMSecsSinceEpoch(), memberId);
    counters.run();
    addDay(memberId, at, 1, amountMinor);
}

void MemberActivity::recordReturn(qint64 memberId, qint64 amountMinor, const QDateTime& at)
{
    Q_ASSERT(m_db.inTransaction());
    m_db.execute("UPDATE OR FAIL members SET spend_minor = spend_minor - ? WHERE id = ?", amountMinor, memberId);
    addDay(memberId, at, 0, -amountMinor);
}

} // namespace patron
