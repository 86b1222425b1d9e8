#pragma once
// Count cards (次卡): N uses of one product before an expiry. Each use is recorded; an
// exhausted or expired card is refused.

#include "auth/UserService.h"
#include "common/Result.h"
#include "common/Uuid.h"

#include <QDateTime>
#include <QList>

namespace patron {

class AuditLog;
class Clock;
class Database;
class Outbox;

struct CountCard {
    qint64 id = 0;
    Uuid uuid;
    qint64 memberId = 0;
    QString sku;
    QString name;
    int totalUses = 0;
    int used = 0;
    QDateTime expiresAt;  // invalid: no expiry
    QDateTime createdAt;
    int remaining() const { return totalUses - used; }
    QString status(const QDateTime& now) const;  // active, exhausted, expired
    QJsonObject toJson(const QDateTime& now) const;
};

class CountCardService {
public:
    CountCardService(Database& db, const Clock& clock, AuditLog& audit, Outbox& outbox);

    // Inside the caller's transaction (a count card sold at checkout).
    Result<CountCard> create(qint64 memberId, const QString& sku, const QString& name, int uses, int validDays,
                             const Uuid& saleUuid);
    Result<CountCard> use(qint64 cardId, const Uuid& saleUuid, const QString& user);

    // Standalone actions.
    Result<CountCard> add(const Session& actor, qint64 memberId, const QString& sku, const QString& name, int uses,
                          int validDays);
    Result<CountCard> use(const Session& actor, qint64 cardId);

    Result<QList<CountCard>> cards(qint64 memberId) const;
    Result<CountCard> byId(qint64 cardId) const;

private:
    void publish(const QString& type, const CountCard& card);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    Outbox& m_outbox;
};

} // namespace patron
