#pragma once
// Reads member rows. Shared by every members service so a row is mapped in one place.
// Throws StoreException on storage errors (use inside guarded(...) or a unit of work).

#include "common/Result.h"
#include "members/Member.h"

#include <QList>

#include <optional>

namespace patron {

class Clock;
class Database;
class Statement;

class MemberRepository {
public:
    MemberRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // A merged member resolves to the member it was merged into.
    std::optional<Member> byId(qint64 id) const;
    std::optional<Member> byUuid(const Uuid& uuid) const;
    std::optional<Member> byMobile(const QString& mobile) const;
    std::optional<Member> byCard(const QString& cardNo) const;
    // NotFound when missing; Refused when erased (an erased member cannot earn, pay or spend).
    Result<Member> active(qint64 id) const;
    QList<Member> where(const char* sqlCondition, const QList<QString>& binds, int limit) const;

    // Milliseconds to a date-time in the clock's zone (the till's local time).
    QDateTime fromMs(std::optional<qint64> ms) const;

    static const char* columns();

private:
    Member read(Statement& s) const;
    std::optional<Member> rowById(qint64 id) const;
    std::optional<Member> survivorOf(std::optional<Member> m) const;
    std::optional<Member> one(const char* sqlCondition, const QByteArray& blob, const QString& text, qint64 number) const;

    Database& m_db;
    const Clock& m_clock;
};

} // namespace patron
