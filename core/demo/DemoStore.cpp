#include "demo/DemoStore.h"

#include "demo/DemoCatalog.h"

#include "auth/AuditLog.h"
#include "auth/UserService.h"
#include "common/Clock.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct DemoTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Demo)
};

QByteArray DemoStore::passphrase() { return QByteArrayLiteral("patron-demo-store"); }

QString DemoStore::defaultDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(QStringLiteral("Patron/demo"));
}

Result<void> seedDemoUsers(Store& store, const Clock& clock)
{
    AuditLog audit(store.db(), clock);
    Outbox outbox(store.db(), store.identity().storeCode, store.identity().tillCode, clock);
    UserService users(store.db(), audit, outbox, clock);
    auto admin = users.bootstrapAdmin(QStringLiteral("admin"), QStringLiteral("1234"));
    if (!admin)
        return admin.error();
    Session system;
    system.userName = QStringLiteral("admin");
    system.role = roleName(Role::Admin);  // users are added within the actor's own role
    system.permissions = defaultPermissions(Role::Admin);
    PATRON_TRY(users.add(system, QStringLiteral("zhang"), DemoTr::tr("Manager Zhang"), QStringLiteral("manager"), QStringLiteral("2222")));
    PATRON_TRY(users.add(system, QStringLiteral("li"), DemoTr::tr("Cashier Li"), QStringLiteral("cashier"), QStringLiteral("0000")));
    return {};
}

Result<std::unique_ptr<Store>> DemoStore::openOrCreate(const QString& dir, const Clock& clock)
{
    if (Store::exists(dir))
        return Store::openWithPassphrase(dir, passphrase());
    StoreIdentity id;
    id.storeName = DemoTr::tr("Patron Demo Shop");
    id.storeCode = QStringLiteral("DEMO");
    id.tillCode = QStringLiteral("T1");
    id.currency = QStringLiteral("CNY");
    auto created = Store::create(dir, id, passphrase());
    if (!created)
        return created.error();
    PATRON_TRY(seedDemoUsers(**created, clock));
    PATRON_TRY(seedDemoCatalog(**created, clock));
    return created;
}

} // namespace patron
