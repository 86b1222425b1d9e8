#include "TempStore.h"

#include "store/KeyVault.h"

#include <catch2/catch.hpp>

namespace patron::test {

StoreIdentity TempStore::defaultIdentity()
{
    StoreIdentity id;
    id.storeName = QStringLiteral("测试商店 Test Shop");
    id.storeCode = QStringLiteral("SH01");
    id.tillCode = QStringLiteral("T1");
    id.currency = QStringLiteral("CNY");
    return id;
}

TempStore::TempStore(StoreOpenOptions options, StoreIdentity identity)
    : m_options(std::move(options)),
      m_clock(std::make_shared<ManualClock>(QDateTime(QDate(2026, 3, 14), QTime(10, 0), QTimeZone(8 * 3600))))
{
    REQUIRE(m_dir.isValid());
    auto created = Store::create(dir(), identity, kPassphrase, KdfProfile::test(), m_options);
    INFO(created.message().toStdString());
    REQUIRE(created.ok());
    m_store = std::move(*created);
    buildServices();
    auto admin = m_users->bootstrapAdmin(QStringLiteral("admin"), QStringLiteral("1234"));
    REQUIRE(admin.ok());
    auto session = m_users->authenticate(QStringLiteral("admin"), QStringLiteral("1234"));
    REQUIRE(session.ok());
    m_admin = *session;
}

TempStore::~TempStore() { close(); }

void TempStore::buildServices()
{
    m_audit = std::make_unique<AuditLog>(m_store->db(), *m_clock);
    m_outbox = std::make_unique<Outbox>(m_store->db(), m_store->identity().storeCode, m_store->identity().tillCode, *m_clock);
    m_users = std::make_unique<UserService>(m_store->db(), *m_audit, *m_outbox, *m_clock);
}

void TempStore::close()
{
    m_users.reset();
    m_outbox.reset();
    m_audit.reset();
    m_store.reset();
}

void TempStore::reopen()
{
    close();
    auto opened = Store::openWithPassphrase(dir(), kPassphrase, m_options);
    INFO(opened.message().toStdString());
    REQUIRE(opened.ok());
    m_store = std::move(*opened);
    buildServices();
}

} // namespace patron::test
