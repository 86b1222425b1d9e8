#pragma once
// AuditQuery: pages of the audit log, newest first, filtered by user, action and a date range.
// Paging is by id (keyset), not OFFSET, so the thousandth page costs what the first does on a
// log of millions. No QtGui: it can move to core/auth unchanged.

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace patron {
class Database;
}

namespace patron::ui {

struct AuditFilter {
    QString user;    // exact user name; empty = everyone
    QString action;  // exact action; empty = all
    QDate from;      // inclusive, by the record's local date; invalid = open
    QDate to;        // inclusive; invalid = open
};

struct AuditRecord {
    qint64 id = 0;
    QString at;
    QString user;
    QString action;
    QString subject;
    QString details;
};

class AuditQuery {
public:
    explicit AuditQuery(Database& db) : m_db(db) {}

    // Records with id < beforeId (0 = from the newest), at most `limit`.
    Result<QList<AuditRecord>> page(const AuditFilter& filter, qint64 beforeId, int limit) const;
    Result<QStringList> users() const;
    Result<QStringList> actions() const;

private:
    Database& m_db;
};

} // namespace patron::ui
