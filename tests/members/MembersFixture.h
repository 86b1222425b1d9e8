#pragma once
// A fresh store with the members engine on it, the standard test rules, and helpers that make
// members and sales the way the checkout would.

#include "TempStore.h"
#include "TestEnv.h"

#include "members/MembersModule.h"

#include <QJsonDocument>

namespace patron::test {

// The rules every members test starts from (documented inline in MembersFixture.cpp).
QJsonObject standardRules();

class MembersFixture {
public:
    MembersFixture();

    TempStore ts;
    MembersModule engine;
    const Session& admin() const { return ts.admin(); }
    Database& db() { return ts.db(); }
    ManualClock& clock() { return ts.clock(); }

    Member add(const QString& mobile, const QString& name, QDate birthday = {});
    Member reload(qint64 id);
    // A checkout-like transaction around fn (commits when fn returns true).
    template <typename Fn>
    void inTransaction(Fn&& fn)
    {
        Transaction tx(db());
        if (fn())
            tx.commit();
    }
    // A purchase recorded by the checkout: counters plus tier evaluation.
    void purchase(qint64 memberId, qint64 amountMinor);
    qint64 outboxCount(const QString& type = {});
    qint64 scalar(const char* sql, qint64 arg);
};

} // namespace patron::test
