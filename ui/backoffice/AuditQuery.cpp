#include "backoffice/AuditQuery.h"

#include "store/Database.h"

namespace patron::ui {

Result<QList<AuditRecord>> AuditQuery::page(const AuditFilter& filter, qint64 beforeId, int limit) const
{
    return guarded([&] {
        // `at` is ISO 8601 with the till's offset, so a date prefix compares as text. Empty
        // filters bind as '' and switch their condition off, keeping one prepared statement.
        Statement s = m_db.prepare(
            "SELECT id, at, user_name, action, subject, details FROM audit_log"
            " WHERE (?1 = 0 OR id < ?1) AND (?2 = '' OR user_name = ?2) AND (?3 = '' OR action = ?3)"
            " AND (?4 = '' OR at >= ?4) AND (?5 = '' OR at < ?5)"
            " ORDER BY id DESC LIMIT ?6");
        s.bind(1, beforeId);
        s.bind(2, filter.user.isNull() ? QStringLiteral("") : filter.user);
        s.bind(3, filter.action.isNull() ? QStringLiteral("") : filter.action);
        s.bind(4, filter.from.isValid() ? filter.from.toString(Qt::ISODate) : QStringLiteral(""));
        s.bind(5, filter.to.isValid() ? filter.to.addDays(1).toString(Qt::ISODate) : QStringLiteral(""));
        s.bind(6, qint64(limit));
        QList<AuditRecord> out;
        while (s.step())
            out.append({s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5)});
        return out;
    });
}

Result<QStringList> AuditQuery::users() const
{
    return guarded([&] {
        QStringList out;
        // audit_facets (schema step 20): a scan of the whole log would take seconds at a year of sales.
        Statement s = m_db.prepare("SELECT value FROM audit_facets WHERE kind = 'user' ORDER BY value");
        while (s.step())
            out << s.text(0);
        return out;
    });
}

Result<QStringList> AuditQuery::actions() const
{
    return guarded([&] {
        QStringList out;
        Statement s = m_db.prepare("SELECT value FROM audit_facets WHERE kind = 'action' ORDER BY value");
        while (s.step())
            out << s.text(0);
        return out;
    });
}

} // namespace patron::ui
