#pragma once
// The till's journal of the return holds it asked head office for (till schema 18), so each
// hold is settled even when the line drops or the till crashes between asking and settling: the
// row is written before the question is sent, marked in the return's own transaction when the
// return commits, marked abandoned when it fails, and the sync worker (ReturnHoldSettler)
// confirms or releases it at head office and then deletes it. Head office keeps an unsettled
// hold for a day (schema 8), so only a till that never comes back relies on its expiry.

#include "common/Uuid.h"

#include <QList>
#include <QString>

namespace patron {

class Clock;
class Database;

// A hold head office must be told about: kept (the return committed: confirm) or not (release).
struct ReturnHoldToSettle {
    Uuid returnUuid;
    bool keep = false;
    QString state;  // the row as it was read: settled only if it is still so
    qint64 atMs = 0;
};

class ReturnHoldJournal {
public:
    ReturnHoldJournal(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // Each in its own transaction; throw StoreException on a storage error.
    void asked(const Uuid& returnUuid, const Uuid& saleUuid);
    void abandoned(const Uuid& returnUuid);
    // Settled, or head office certainly holds nothing for it.
    void forget(const Uuid& returnUuid);
    // After head office was told: forgets the row only if it is still as `h` was read. The till
    // may have moved it meanwhile (an abandoned hold of its own sale whose return then
    // committed): that row is settled again at the next cycle, now as kept.
    void forgetSettled(const ReturnHoldToSettle& h);

    // Inside the return's own transaction, so the mark and the return commit together.
    void committed(const Uuid& returnUuid);

    // Holds to settle now: the committed, the abandoned, and those asked for at least
    // kCrashAfterMs ago with no return behind them (the till stopped before the return
    // committed). Oldest first.
    QList<ReturnHoldToSettle> toSettle() const;

    // An 'asked' row this old with no return is a return that never happened: a return commits
    // within seconds of its hold (the hold's call waits at most a few seconds).
    static constexpr qint64 kCrashAfterMs = 60000;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace patron
