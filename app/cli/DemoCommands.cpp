// patron-cli demo …: a large, reproducible demo data set for trying the till and for benchmarks.

#include "ArgParser.h"
#include "CliContext.h"
#include "Command.h"

#include "demo/DemoGenerator.h"
#include "demo/DemoStore.h"
#include "members/MembersModule.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <limits>

namespace patron::cli {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct DemoCliTr {
    Q_DECLARE_TR_FUNCTIONS(patron::cli::Demo)
};

namespace {

// A size option: a whole number within bounds, or a usage error naming the option.
bool sizeOption(const ArgParser& p, const char* name, qint64 fallback, qint64 min, qint64 max, qint64* out, QString* error)
{
    const QString key = QString::fromLatin1(name);
    bool ok = true;
    *out = p.has(key) ? p.value(key).toLongLong(&ok) : fallback;
    if (!ok || *out < min || *out > max) {
        *error = DemoCliTr::tr("--%1 must be a whole number from %2 to %3.").arg(key).arg(min).arg(max);
        return false;
    }
    return true;
}

// Opens the store in the data folder, or creates a demo store there (code DEMO, till T1, the
// demo users) with the given passphrase, as `init` would.
Result<Store*> openOrCreate(CliContext& ctx, bool* created)
{
    *created = false;
    if (Store::exists(ctx.dataDir))
        return ctx.openStore();
    auto pass = ctx.passphrase();
    if (!pass)
        return pass.error();
    StoreIdentity id;
    id.storeName = DemoCliTr::tr("Patron Demo Shop");
    id.storeCode = QStringLiteral("DEMO");
    id.tillCode = QStringLiteral("T1");
    auto store = Store::create(ctx.dataDir, id, *pass);
    wipe(*pass);
    if (!store)
        return store.error();
    PATRON_TRY(seedDemoUsers(**store, *ctx.clock));
    ctx.adoptStore(std::move(*store));
    *created = true;
    return ctx.store();
}

int cmdDemoGenerate(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("products")).option(QStringLiteral("members")).option(QStringLiteral("sale-lines"))
        .option(QStringLiteral("days")).option(QStringLiteral("seed")).flag(QStringLiteral("no-integrity-check"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    DemoPlan plan;
    qint64 days = 0, seed = 0;
    QString error;
    if (!sizeOption(p, "products", 2000, 1, 10'000'000, &plan.products, &error)
        || !sizeOption(p, "members", 2000, 0, 20'000'000, &plan.members, &error)
        || !sizeOption(p, "sale-lines", 20000, 0, 100'000'000, &plan.saleLines, &error)
        || !sizeOption(p, "days", 30, 1, 3660, &days, &error)
        || !sizeOption(p, "seed", 1, 0, std::numeric_limits<qint64>::max(), &seed, &error))
        return ctx.usage(error);
    plan.days = int(days);
    plan.seed = quint64(seed);
    plan.integrityCheck = !p.has(QStringLiteral("no-integrity-check"));

    QElapsedTimer total;
    total.start();
    bool created = false;
    auto store = openOrCreate(ctx, &created);
    if (!store)
        return ctx.fail(store.error());
    Store& s = **store;
    MembersModule members(s.db(), *ctx.clock, ctx.audit(), ctx.outbox(), s.identity().storeCode, InitialsFn());
    plan.storeCode = s.identity().storeCode;
    plan.tillCode = s.identity().tillCode;
    plan.receiptEpoch = s.receiptEpoch();
    plan.baseTierCode = members.rules().current().baseTier().code;
    plan.lastDay = ctx.clock->now().date().addDays(-1);

    DemoGenerator generator(s.db(), [](const QString& line) {
        const QByteArray b = (line + u'\n').toUtf8();
        std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
    });
    auto report = generator.generate(plan);
    if (!report)
        return ctx.fail(report.error());
    if (auto verified = generator.verify(plan, *report); !verified)
        return ctx.fail(verified.error());
    QJsonObject json = report->toJson();
    json.insert(QStringLiteral("store_created"), created);
    json.insert(QStringLiteral("data_dir"), s.paths().dir);
    json.insert(QStringLiteral("seed"), QString::number(plan.seed));
    json.insert(QStringLiteral("first_day"), plan.lastDay.addDays(-(plan.days - 1)).toString(Qt::ISODate));
    json.insert(QStringLiteral("last_day"), plan.lastDay.toString(Qt::ISODate));
    json.insert(QStringLiteral("total_ms"), total.elapsed());
    return ctx.ok(json, DemoCliTr::tr("Generated %1 products, %2 members and %3 sales (%4 lines) in %5 s "
                                      "(products %6 s, members %7 s, sales %8 s, verification %9 s; integrity: %10).")
                            .arg(report->products).arg(report->members).arg(report->sales).arg(report->saleLines)
                            .arg(double(total.elapsed()) / 1000.0, 0, 'f', 1)
                            .arg(double(report->productsMs) / 1000.0, 0, 'f', 1)
                            .arg(double(report->membersMs) / 1000.0, 0, 'f', 1)
                            .arg(double(report->salesMs) / 1000.0, 0, 'f', 1)
                            .arg(double(report->verifyMs) / 1000.0, 0, 'f', 1)
                            .arg(report->integrity));
}

} // namespace

std::vector<Command> demoCommands()
{
    return {
        {QStringLiteral("demo generate"), QStringLiteral("[--products N] [--members N] [--sale-lines N] [--days N] [--seed S] [--no-integrity-check]"),
         DemoCliTr::tr("Fill a new store with a large, reproducible demo data set (products, members, a year of sales)"),
         cmdDemoGenerate},
    };
}

} // namespace patron::cli
