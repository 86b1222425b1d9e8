#include "HqFixture.h"

#include "SaleEvents.h"
#include "TestEnv.h"
#include "hq/HqSchema.h"
#include "store/Database.h"

namespace patron::test {

namespace {

// Head office's schema, installed once per test process into a template database: each case's
// head office is a copy of it, far cheaper than installing the schema again.
const QString& hqTemplate()
{
    static QString name;
    if (name.isEmpty()) {
        PgServer& server = PgServer::shared();
        const QString db = server.createDatabase();
        {
            auto c = PgConnection::connect(server.adminInfo(db));
            REQUIRE_OK(c);
            REQUIRE_OK(HqSchema::install(*c));
        }  // closed here: a template is copied only while nobody is connected to it
        name = db;
    }
    return name;
}
} // namespace

HqFixture::HqFixture() : m_db(hqTemplate())
{
    auto c = PgConnection::connect(m_db.admin());
    REQUIRE_OK(c);
    m_admin = std::move(*c);
    REQUIRE(m_admin.usesTls());
    // The copy is at the latest version; install gives it its own till group role and grants.
    REQUIRE_OK(HqSchema::install(m_admin));
}

HqTillCredentials HqFixture::provision(const QString& store, const QString& till)
{
    HqProvisioning p(m_admin);
    if (!m_stores.contains(store)) {
        REQUIRE_OK(p.addStore(store, QStringLiteral("门店 ") + store));
        m_stores << store;
    }
    auto creds = p.addTill(store, till);
    REQUIRE_OK(creds);
    return *creds;
}

qint64 HqFixture::scalar(const char* sql, std::initializer_list<PgValue> params)
{
    auto r = m_admin.exec(sql, params);
    REQUIRE_OK(r);
    REQUIRE(r->rows() == 1);
    return r->int64(0, 0);
}

TestTill::TestTill(HqFixture& hq, const QString& store, const QString& till, int proxyPort)
    : m_creds(hq.provision(store, till))
{
    QString dsn = m_creds.dsn;
    if (proxyPort > 0)
        dsn.replace(QStringLiteral("port=%1").arg(hq.database().server().port()), QStringLiteral("port=%1").arg(proxyPort));
    m_info = hq.database().server().tillInfo(dsn);
    StoreIdentity id = TempStore::defaultIdentity();
    id.storeCode = store;
    id.tillCode = till;
    m_local = std::make_unique<TempStore>(StoreOpenOptions{}, id);
    m_inbox = std::make_unique<PullInbox>(m_local->db(), m_local->clock());
    m_state = std::make_unique<SyncState>(m_local->db(), m_local->clock());
    m_worker = std::make_unique<SyncWorker>(m_local->db(), m_local->outbox(), *m_inbox, *m_state, m_local->clock(), m_info);
}

OutboxEvent TestTill::record(const QString& type, int version, const QJsonObject& payload)
{
    Transaction tx(m_local->db());
    OutboxEvent e = m_local->outbox().append(type, version, payload);
    tx.commit();
    return e;
}

qint64 TestTill::sell(quint32 seed, int lines)
{
    const SaleEvent sale = makeSale(seed, lines, m_local->clock().now(), m_local->store().identity());
    record(QStringLiteral("sale.completed"), 1, sale.payload);
    return sale.totalMinor;
}

} // namespace patron::test
