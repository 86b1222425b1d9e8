#include "BenchStore.h"

#include "UiBenchOptions.h"

#include "auth/AuditLog.h"
#include "catalog/Pinyin.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "members/MembersModule.h"
#include "store/KeyVault.h"
#include "store/Store.h"
#include "sync/Outbox.h"

#include <QDir>
#include <QFile>

#include <cstdio>

namespace patron::uibench {

namespace {

Result<BenchStore> readKey(const QString& dir)
{
    QFile f(dir + QStringLiteral("/bench.key"));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, QStringLiteral("%1 has no bench.key").arg(dir));
    const QList<QByteArray> lines = f.readAll().split('\n');
    BenchStore s;
    s.dir = dir;
    s.keyHex = lines.value(0).trimmed();
    s.lastDay = QDate::fromString(QString::fromLatin1(lines.value(1).trimmed()), Qt::ISODate);
    if (s.keyHex.isEmpty() || !s.lastDay.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1/bench.key is not a key and a date").arg(dir));
    return s;
}

Result<BenchStore> generate(const UiBenchOptions& o, const QString& dir)
{
    std::printf("patron-ui-bench: generating %lld products in %s\n", o.products, qPrintable(dir));
    QDir(dir).removeRecursively();
    QDir().mkpath(o.dir);
    StoreIdentity id;
    id.storeName = QStringLiteral("UI bench");
    id.storeCode = QStringLiteral("UIB");
    id.tillCode = QStringLiteral("T1");
    const KdfProfile kdf = KdfProfile::test().isAcceptable() ? KdfProfile::test() : KdfProfile::standard();
    auto store = Store::create(dir, id, QByteArray("patron-ui-bench"), kdf, StoreOpenOptions());
    if (!store)
        return store.error();
    Store& s = **store;
    auto clock = systemClock();
    AuditLog audit(s.db(), *clock);
    Outbox outbox(s.db(), id.storeCode, id.tillCode, *clock);
    MembersModule members(s.db(), *clock, audit, outbox, id.storeCode, [](const QString& t) { return pinyinInitials(t); });
    DemoPlan plan;
    plan.products = o.products;
    plan.members = 200;
    plan.saleLines = 2000;
    plan.days = 7;
    plan.lastDay = clock->now().date().addDays(-1);
    plan.storeCode = id.storeCode;
    plan.tillCode = id.tillCode;
    plan.receiptEpoch = s.receiptEpoch();
    plan.baseTierCode = members.rules().current().baseTier().code;
    DemoGenerator gen(s.db(), [](const QString&) {});
    auto report = gen.generate(plan);
    if (!report)
        return report.error();
    const SecureBytes key = s.dataKey();
    QFile f(dir + QStringLiteral("/bench.key"));
    if (!f.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::IoError, QStringLiteral("cannot write %1").arg(f.fileName()));
    f.write(QByteArray(reinterpret_cast<const char*>(key.data()), qsizetype(key.size())).toHex() + '\n'
            + plan.lastDay.toString(Qt::ISODate).toLatin1() + '\n');
    f.close();
    return readKey(dir);
}

} // namespace

Result<BenchStore> BenchStore::prepare(const UiBenchOptions& o)
{
    if (!o.store.isEmpty())
        return readKey(o.store);
    const QString dir = QStringLiteral("%1/store-p%2").arg(o.dir).arg(o.products);
    if (QFile::exists(dir + QStringLiteral("/bench.key")))
        return readKey(dir);
    return generate(o, dir);
}

} // namespace patron::uibench
