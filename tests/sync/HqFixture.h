#pragma once
// A head office (a fresh database copied from one with the schema installed) and tills (fresh
// encrypted stores joined to it) for one test.

#include "TempStore.h"
#include "hq/HqProvisioning.h"
#include "hq/PgConnection.h"
#include "pg/PgServer.h"
#include "sync/PullInbox.h"
#include "sync/SyncState.h"
#include "sync/SyncWorker.h"

#include <memory>

namespace patron::test {

class HqFixture {
public:
    HqFixture();
    PgTestDb& database() { return m_db; }
    PgConnection& admin() { return m_admin; }
    // Registers the store (once) and the till; returns its credentials.
    HqTillCredentials provision(const QString& store, const QString& till);
    // One number from head office, e.g. "SELECT count(*) FROM hq.events".
    qint64 scalar(const char* sql, std::initializer_list<PgValue> params = {});

private:
    PgTestDb m_db;
    PgConnection m_admin;
    QStringList m_stores;
};

class TestTill {
public:
    // dsnOverride: connect elsewhere (a fault proxy) with the provisioned credentials.
    TestTill(HqFixture& hq, const QString& store, const QString& till, int proxyPort = 0);

    TempStore& local() { return *m_local; }
    SyncWorker& worker() { return *m_worker; }
    SyncState& state() { return *m_state; }
    PullInbox& inbox() { return *m_inbox; }
    const HqTillCredentials& credentials() const { return m_creds; }
    PgConnectInfo connectInfo() const { return m_info; }

    // Appends a sale.completed event with `lines` random lines; returns its total in fen.
    qint64 sell(quint32 seed, int lines = 3);
    // Appends any event in its own transaction.
    OutboxEvent record(const QString& type, int version, const QJsonObject& payload);

private:
    HqTillCredentials m_creds;
    PgConnectInfo m_info;
    std::unique_ptr<TempStore> m_local;
    std::unique_ptr<PullInbox> m_inbox;
    std::unique_ptr<SyncState> m_state;
    std::unique_ptr<SyncWorker> m_worker;
};

} // namespace patron::test
