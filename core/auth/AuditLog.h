#pragma once
// The audit log is a hash chain: each record stores the hash of the one before it, so removing
// or editing a record breaks every hash after it, and verify() names the first broken record.

#include <QJsonObject>
#include <QString>

namespace patron {

class Clock;
class Database;

struct AuditVerification {
    bool ok = true;
    qint64 records = 0;
    qint64 firstBrokenId = 0;  // 0 when ok
    QString problem;           // translated
};

class AuditLog {
public:
    AuditLog(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // Appends inside the caller's transaction (the audit record commits with the action).
    void append(const QString& user, const QString& action, const QString& subject,
                const QJsonObject& details = {});
    AuditVerification verify() const;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace patron
