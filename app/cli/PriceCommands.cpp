// patron-cli product price|price-list|prices|price-cancel|price-history: price changes (调价单)
// with an effective time, from scripts. Every one of these first applies the changes that are
// due, so a till that was off at the moment catches up on the next command.

#include "ArgParser.h"
#include "ImportProblems.h"
#include "CliContext.h"
#include "Command.h"
#include "HeadOfficeOwned.h"

#include "catalog/PriceHistory.h"
#include "catalog/PriceListCsv.h"
#include "catalog/PriceSchedule.h"
#include "catalog/ProductCatalog.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace patron::cli {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct PriceCliTr {
    Q_DECLARE_TR_FUNCTIONS(patron::cli)
};

namespace {

struct PriceServices {
    explicit PriceServices(CliContext& ctx)
        : catalog(ctx.store()->db(), ctx.audit(), ctx.outbox(), *ctx.clock),
          schedule(ctx.store()->db(), catalog, ctx.audit(), *ctx.clock)
    {
    }
    ProductCatalog catalog;
    PriceSchedule schedule;
};

QString money(qint64 minor, const QString& currency) { return Money(minor, currency).toPlainString(); }

QString timeText(const QDateTime& t) { return t.toString(QStringLiteral("yyyy-MM-dd HH:mm")); }

// --at "2026-12-01 08:00" (the till's local time) or an ISO time with offset; absent: now.
Result<std::optional<QDateTime>> parseAt(const ArgParser& p)
{
    if (!p.has(QStringLiteral("at")))
        return std::optional<QDateTime>();
    const QString text = p.value(QStringLiteral("at")).trimmed();
    QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return makeError(ErrorCode::InvalidInput,
                         PriceCliTr::tr("--at \"%1\" is not a time; write it as \"YYYY-MM-DD HH:MM\".").arg(text));
    return std::optional<QDateTime>(t);
}

Result<qint64> parseAmount(const QString& option, const QString& text, const QString& currency)
{
    auto m = Money::parse(text, currency);
    if (!m || m->isNegative())
        return makeError(ErrorCode::InvalidInput,
                         PriceCliTr::tr("--%1 \"%2\" is not an amount of money, e.g. 12.50.").arg(option, text));
    return m->minor();
}

QJsonObject changeJson(const PriceChange& c)
{
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("uuid"), c.uuid.toString()},
                  {QStringLiteral("batch"), c.batchUuid.toString()},
                  {QStringLiteral("sku"), c.sku},
                  {QStringLiteral("name"), c.productName},
                  {QStringLiteral("effective_at"), isoWithOffset(c.effectiveAt)},
                  {QStringLiteral("status"), priceChangeStatusCode(c.status)},
                  {QStringLiteral("note"), c.note},
                  {QStringLiteral("created_by"), c.createdBy},
                  {QStringLiteral("outcome"), c.outcome}};
    if (c.retailMinor)
        o.insert(QStringLiteral("retail_minor"), *c.retailMinor);
    if (c.memberPriceMinor)
        o.insert(QStringLiteral("member_price_minor"), *c.memberPriceMinor ? QJsonValue(**c.memberPriceMinor) : QJsonValue());
    return o;
}

QString changeText(const PriceChange& c, const QString& currency)
{
    QStringList parts;
    if (c.retailMinor)
        parts << PriceCliTr::tr("retail %1").arg(money(*c.retailMinor, currency));
    if (c.memberPriceMinor)
        parts << (*c.memberPriceMinor ? PriceCliTr::tr("member %1").arg(money(**c.memberPriceMinor, currency))
                                      : PriceCliTr::tr("no member price"));
    return QStringLiteral("#%1\t%2\t%3\t%4\t%5\t%6")
        .arg(c.id)
        .arg(timeText(c.effectiveAt), priceChangeStatusCode(c.status), c.sku, c.productName, parts.join(QStringLiteral(", ")));
}

// Opens, signs in, builds the services and applies what is due; on failure the exit code.
std::optional<int> prepare(CliContext& ctx, Session* actor, std::unique_ptr<PriceServices>* services)
{
    if (auto exit = ctx.openAndSignIn(actor))
        return exit;
    *services = std::make_unique<PriceServices>(ctx);
    if (auto applied = (*services)->schedule.applyDue(); !applied)
        return ctx.fail(applied.error());
    return std::nullopt;
}

int cmdPrice(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("retail")).option(QStringLiteral("member")).option(QStringLiteral("at")).option(QStringLiteral("note"));
    p.flag(QStringLiteral("no-member"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (p.positionals().size() != 1 ||
        (!p.has(QStringLiteral("retail")) && !p.has(QStringLiteral("member")) && !p.has(QStringLiteral("no-member"))))
        return ctx.usage(PriceCliTr::tr("product price needs one SKU or barcode and --retail X, --member Y or --no-member."));
    if (p.has(QStringLiteral("member")) && p.has(QStringLiteral("no-member")))
        return ctx.usage(PriceCliTr::tr("Give either --member or --no-member."));
    auto at = parseAt(p);
    if (!at)
        return ctx.fail(at.error());
    Session actor;
    std::unique_ptr<PriceServices> services;
    if (auto exit = prepare(ctx, &actor, &services))
        return *exit;
    if (auto exit = refuseWhenHeadOfficeOwns(ctx, HeadOfficeOwned::Prices))
        return *exit;
    const QString currency = ctx.store()->identity().currency;
    PriceChangeRequest line;
    line.skuOrCode = p.positionals().first();
    if (p.has(QStringLiteral("retail"))) {
        auto a = parseAmount(QStringLiteral("retail"), p.value(QStringLiteral("retail")), currency);
        if (!a)
            return ctx.fail(a.error());
        line.retailMinor = *a;
    }
    if (p.has(QStringLiteral("member"))) {
        auto a = parseAmount(QStringLiteral("member"), p.value(QStringLiteral("member")), currency);
        if (!a)
            return ctx.fail(a.error());
        line.memberPriceMinor = std::optional<qint64>(*a);
    } else if (p.has(QStringLiteral("no-member"))) {
        line.memberPriceMinor = std::optional<qint64>();
    }
    auto done = services->schedule.schedule(actor, {line}, *at, p.value(QStringLiteral("note")));
    if (!done)
        return ctx.fail(done.error());
    const PriceChange& c = done->first();
    const QString text = c.status == PriceChangeStatus::Applied
                             ? PriceCliTr::tr("Price of %1 changed now (change #%2).").arg(c.sku).arg(c.id)
                             : PriceCliTr::tr("Price change #%1 for %2 scheduled for %3.").arg(c.id).arg(c.sku, timeText(c.effectiveAt));
    return ctx.ok({{QStringLiteral("change"), changeJson(c)}}, text);
}

int cmdPriceList(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("at")).option(QStringLiteral("note"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (p.positionals().size() != 1)
        return ctx.usage(PriceCliTr::tr("product price-list needs one CSV FILE (columns sku, price, member_price)."));
    auto at = parseAt(p);
    if (!at)
        return ctx.fail(at.error());
    const QString path = p.positionals().first();
    if (!QFileInfo::exists(path))
        return ctx.fail({ErrorCode::NotFound, PriceCliTr::tr("There is no file %1.").arg(path)});
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail({ErrorCode::IoError, PriceCliTr::tr("The file %1 cannot be read: %2").arg(path, file.errorString())});
    const QByteArray bytes = file.readAll();
    Session actor;
    std::unique_ptr<PriceServices> services;
    if (auto exit = prepare(ctx, &actor, &services))
        return *exit;
    if (auto exit = refuseWhenHeadOfficeOwns(ctx, HeadOfficeOwned::Prices))
        return *exit;
    auto report = importPriceListCsv(ctx.store()->db(), services->schedule, actor, bytes, *at, p.value(QStringLiteral("note")));
    if (!report)
        return ctx.fail(report.error());
    const auto [problems, problemText] = describeImportProblems(report->problems);
    QJsonObject json{{QStringLiteral("file"), path},
                     {QStringLiteral("rows"), report->rows},
                     {QStringLiteral("scheduled"), report->scheduled},
                     {QStringLiteral("applied"), report->applied},
                     {QStringLiteral("committed"), report->committed},
                     {QStringLiteral("encoding"), report->encoding},
                     {QStringLiteral("problems"), problems}};
    if (!report->committed) {
        const QString message =
            PriceCliTr::tr("%n row(s) have problems; nothing was scheduled.", nullptr, int(report->problems.size()));
        json.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), errorCodeName(ErrorCode::InvalidInput)},
                                                         {QStringLiteral("message"), message}});
        ctx.ok(json, message + problemText);
        return exitCodeFor(ErrorCode::InvalidInput);
    }
    return ctx.ok(json, PriceCliTr::tr("Scheduled %1 price changes from %2 (%3 already in effect).")
                            .arg(report->scheduled)
                            .arg(path)
                            .arg(report->applied));
}

int cmdPrices(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.flag(QStringLiteral("pending")).option(QStringLiteral("sku"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (!p.positionals().isEmpty())
        return ctx.usage(PriceCliTr::tr("product prices takes only --pending and --sku SKU."));
    Session actor;
    std::unique_ptr<PriceServices> services;
    if (auto exit = prepare(ctx, &actor, &services))
        return *exit;
    Result<QList<PriceChange>> list = services->schedule.list(p.has(QStringLiteral("pending")));
    if (p.has(QStringLiteral("sku"))) {
        auto product = services->catalog.findBySku(p.value(QStringLiteral("sku")));
        if (!product)
            return ctx.fail({ErrorCode::NotFound, PriceCliTr::tr("There is no product %1.").arg(p.value(QStringLiteral("sku")))});
        list = services->schedule.forProduct(product->id);
    }
    if (!list)
        return ctx.fail(list.error());
    const QString currency = ctx.store()->identity().currency;
    QJsonArray arr;
    QString text;
    for (const PriceChange& c : *list) {
        if (p.has(QStringLiteral("pending")) && c.status != PriceChangeStatus::Pending)
            continue;
        arr.append(changeJson(c));
        text += changeText(c, currency) + u'\n';
    }
    if (arr.isEmpty())
        text = PriceCliTr::tr("No price changes.");
    return ctx.ok({{QStringLiteral("changes"), arr}}, text.trimmed());
}

int cmdPriceCancel(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    if (!p.parse(args))
        return ctx.usage(p.error());
    bool ok = false;
    const qint64 id = p.positionals().size() == 1 ? p.positionals().first().toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return ctx.usage(PriceCliTr::tr("product price-cancel needs the number of a pending price change."));
    Session actor;
    std::unique_ptr<PriceServices> services;
    if (auto exit = prepare(ctx, &actor, &services))
        return *exit;
    if (auto exit = refuseWhenHeadOfficeOwns(ctx, HeadOfficeOwned::Prices))
        return *exit;
    auto done = services->schedule.cancel(actor, id);
    if (!done)
        return ctx.fail(done.error());
    return ctx.ok({{QStringLiteral("change"), changeJson(*done)}},
                  PriceCliTr::tr("Price change #%1 for %2 cancelled.").arg(id).arg(done->sku));
}

int cmdPriceHistory(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (p.positionals().size() != 1)
        return ctx.usage(PriceCliTr::tr("product price-history needs one SKU or barcode."));
    Session actor;
    std::unique_ptr<PriceServices> services;
    if (auto exit = prepare(ctx, &actor, &services))
        return *exit;
    const QString code = p.positionals().first();
    auto product = guarded([&]() -> Result<Product> {
        if (auto bySku = services->catalog.findBySku(code))
            return *bySku;
        return services->catalog.lookupCode(code);
    });
    if (!product)
        return ctx.fail(product.error());
    auto history = guarded([&]() -> Result<QList<PriceHistoryEntry>> { return PriceHistory(ctx.store()->db()).forProduct(product->id); });
    if (!history)
        return ctx.fail(history.error());
    const QString currency = ctx.store()->identity().currency;
    QJsonArray arr;
    QString text = PriceCliTr::tr("Prices of %1 %2, newest first:").arg(product->sku, product->name);
    for (const PriceHistoryEntry& e : *history) {
        QJsonObject o{{QStringLiteral("at"), isoWithOffset(e.at)},
                      {QStringLiteral("retail_minor"), e.retailMinor},
                      {QStringLiteral("source"), e.source},
                      {QStringLiteral("user"), e.userName}};
        if (e.memberPriceMinor)
            o.insert(QStringLiteral("member_price_minor"), *e.memberPriceMinor);
        if (e.priceChangeId)
            o.insert(QStringLiteral("change_id"), e.priceChangeId);
        arr.append(o);
        text += u'\n' + QStringLiteral("%1\t%2\t%3\t%4")
                            .arg(timeText(e.at), money(e.retailMinor, currency),
                                 e.memberPriceMinor ? money(*e.memberPriceMinor, currency) : QStringLiteral("-"), e.source);
    }
    return ctx.ok({{QStringLiteral("sku"), product->sku}, {QStringLiteral("history"), arr}}, text);
}

} // namespace

std::vector<Command> priceCommands()
{
    return {
        {QStringLiteral("product price"),
         QStringLiteral("SKU|CODE [--retail X] [--member Y | --no-member] [--at \"YYYY-MM-DD HH:MM\"] [--note T]"),
         PriceCliTr::tr("Change a product's prices now or at a set time"), cmdPrice},
        {QStringLiteral("product price-list"), QStringLiteral("FILE [--at \"YYYY-MM-DD HH:MM\"] [--note T]"),
         PriceCliTr::tr("Schedule a CSV price list (sku, price, member_price)"), cmdPriceList},
        {QStringLiteral("product prices"), QStringLiteral("[--pending] [--sku SKU]"),
         PriceCliTr::tr("List price changes (pending ones with --pending)"), cmdPrices},
        {QStringLiteral("product price-cancel"), QStringLiteral("ID"), PriceCliTr::tr("Cancel a pending price change"),
         cmdPriceCancel},
        {QStringLiteral("product price-history"), QStringLiteral("SKU|CODE"),
         PriceCliTr::tr("Show the prices a product has had"), cmdPriceHistory},
    };
}

} // namespace patron::cli
