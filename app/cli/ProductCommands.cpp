// patron-cli product add|edit|import|export|find|show (price changes: PriceCommands.cpp) and quickkey set|clear|list: the catalog
// from scripts, and the till's grid of keys for goods without a barcode.

#include "ArgParser.h"
#include "ImportProblems.h"
#include "CliContext.h"
#include "Command.h"
#include "HeadOfficeOwned.h"

#include "auth/Permissions.h"
#include "catalog/ProductCatalog.h"
#include "catalog/ProductCsv.h"
#include "catalog/ProductSearch.h"
#include "catalog/QuickKeys.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace patron::cli {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct ProductCliTr {
    Q_DECLARE_TR_FUNCTIONS(patron::cli)
};

namespace {

// The services a catalog command works with, built on the open store.
struct CatalogServices {
    explicit CatalogServices(CliContext& ctx)
        : catalog(ctx.store()->db(), ctx.audit(), ctx.outbox(), *ctx.clock),
          search(ctx.store()->db(), catalog),
          quickKeys(ctx.store()->db(), ctx.audit(), catalog)
    {
    }
    ProductCatalog catalog;
    ProductSearch search;
    QuickKeys quickKeys;
};

QString currencyOf(CliContext& ctx) { return ctx.store()->identity().currency; }

QString money(qint64 minor, const QString& currency) { return Money(minor, currency).toPlainString(); }

// The options product add and product edit share (edit also takes the --no-… forms).
ArgParser& productOptions(ArgParser& p)
{
    for (const char* o : {"name", "price", "barcode", "plu", "category", "unit", "member-price", "cost", "tax-percent", "initials"})
        p.option(QString::fromLatin1(o));
    for (const char* f : {"weighed", "no-weighed", "open-price", "no-open-price", "active", "inactive", "no-member-price",
                          "no-barcodes"})
        p.flag(QString::fromLatin1(f));
    return p;
}

Result<qint64> parseAmount(const QString& option, const QString& text, const QString& currency)
{
    auto m = Money::parse(text, currency);
    if (!m || m->isNegative())
        return makeError(ErrorCode::InvalidInput,
                         ProductCliTr::tr("--%1 \"%2\" is not an amount of money, e.g. 12.50.").arg(option, text));
    return m->minor();
}

// "13", "13%", "6.5" into basis points (two decimals, 0 to 100).
Result<int> parseTaxPercent(const QString& text)
{
    QString t = normalizeDigits(text).trimmed();
    if (t.endsWith(u'%'))
        t.chop(1);
    auto hundredths = Money::parse(t, QStringLiteral("CNY"));  // two decimals, like basis points / 100
    if (!hundredths || hundredths->minor() < 0 || hundredths->minor() > 10000)
        return makeError(ErrorCode::InvalidInput,
                         ProductCliTr::tr("--tax-percent \"%1\" is not a percentage between 0 and 100.").arg(text));
    return int(hundredths->minor());
}

// The ProductInput the options describe; only what was given is set, so an edit keeps the rest.
Result<ProductInput> productInput(const ArgParser& p, const QString& currency)
{
    ProductInput in;
    auto text = [&](const char* name, std::optional<QString>& into) {
        if (p.has(QString::fromLatin1(name)))
            into = p.value(QString::fromLatin1(name));
    };
    text("name", in.name);
    text("plu", in.plu);
    text("category", in.categoryPath);
    text("unit", in.unit);
    text("initials", in.initials);
    for (auto [name, into] : {std::pair{"price", &in.priceMinor}, std::pair{"cost", &in.costMinor}}) {
        if (!p.has(QString::fromLatin1(name)))
            continue;
        auto amount = parseAmount(QString::fromLatin1(name), p.value(QString::fromLatin1(name)), currency);
        if (!amount)
            return amount.error();
        *into = *amount;
    }
    if (p.has(QStringLiteral("member-price")) && p.has(QStringLiteral("no-member-price")))
        return makeError(ErrorCode::InvalidInput, ProductCliTr::tr("Give either --member-price or --no-member-price."));
    if (p.has(QStringLiteral("member-price"))) {
        auto amount = parseAmount(QStringLiteral("member-price"), p.value(QStringLiteral("member-price")), currency);
        if (!amount)
            return amount.error();
        in.memberPriceMinor = std::optional<qint64>(*amount);
    } else if (p.has(QStringLiteral("no-member-price"))) {
        in.memberPriceMinor = std::optional<qint64>();
    }
    if (p.has(QStringLiteral("tax-percent"))) {
        auto bp = parseTaxPercent(p.value(QStringLiteral("tax-percent")));
        if (!bp)
            return bp.error();
        in.taxBp = *bp;
    }
    if (p.has(QStringLiteral("barcode")) && p.has(QStringLiteral("no-barcodes")))
        return makeError(ErrorCode::InvalidInput, ProductCliTr::tr("Give either --barcode or --no-barcodes."));
    if (p.has(QStringLiteral("barcode")))
        in.barcodes = p.values(QStringLiteral("barcode"));
    else if (p.has(QStringLiteral("no-barcodes")))
        in.barcodes = QStringList();
    for (auto [yes, no, into] : {std::tuple{"weighed", "no-weighed", &in.weighed}, std::tuple{"open-price", "no-open-price", &in.openPrice},
                                 std::tuple{"active", "inactive", &in.active}}) {
        const bool y = p.has(QString::fromLatin1(yes)), n = p.has(QString::fromLatin1(no));
        if (y && n)
            return makeError(ErrorCode::InvalidInput, ProductCliTr::tr("Give either --%1 or --%2.")
                                                          .arg(QString::fromLatin1(yes), QString::fromLatin1(no)));
        if (y || n)
            *into = y;
    }
    return in;
}

// One product for people: name, codes and prices on a few lines.
QString productText(const Product& p, const QString& currency)
{
    QString text = QStringLiteral("%1  %2  %3").arg(p.sku, p.name, money(p.priceMinor, currency));
    if (!p.unit.isEmpty())
        text += u'/' + p.unit;
    if (p.memberPriceMinor)
        text += u'\n' + ProductCliTr::tr("Member price: %1").arg(money(*p.memberPriceMinor, currency));
    if (!p.barcodes.isEmpty())
        text += u'\n' + ProductCliTr::tr("Barcodes: %1").arg(p.barcodes.join(QStringLiteral(", ")));
    if (!p.plu.isEmpty())
        text += u'\n' + ProductCliTr::tr("PLU: %1").arg(p.plu);
    if (!p.categoryPath.isEmpty())
        text += u'\n' + ProductCliTr::tr("Category: %1").arg(p.categoryPath);
    if (!p.initials.isEmpty())
        text += u'\n' + ProductCliTr::tr("Initials: %1").arg(p.initials);
    if (p.weighed)
        text += u'\n' + ProductCliTr::tr("Sold by weight.");
    if (p.openPrice)
        text += u'\n' + ProductCliTr::tr("The till asks for the price.");
    if (!p.active)
        text += u'\n' + ProductCliTr::tr("Inactive: not sold, not found by search.");
    return text;
}

int cmdAdd(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    productOptions(p).option(QStringLiteral("sku"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (!p.positionals().isEmpty() || !p.has(QStringLiteral("sku")) || !p.has(QStringLiteral("name")))
        return ctx.usage(ProductCliTr::tr("product add needs --sku SKU, --name NAME and --price PRICE (or --open-price)."));
    Session actor;
    if (auto exit = ctx.openAndSignIn(&actor))
        return *exit;
    if (auto exit = refuseWhenHeadOfficeOwns(ctx, HeadOfficeOwned::Catalog))
        return *exit;
    auto in = productInput(p, currencyOf(ctx));
    if (!in)
        return ctx.fail(in.error());
    in->sku = p.value(QStringLiteral("sku"));
    CatalogServices services(ctx);
    auto product = services.catalog.add(actor, *in);
    if (!product)
        return ctx.fail(product.error());
    return ctx.ok({{QStringLiteral("product"), productJson(*product)}},
                  ProductCliTr::tr("Added product %1.").arg(product->sku) + u'\n' + productText(*product, currencyOf(ctx)));
}

int cmdEdit(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    productOptions(p);
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (p.positionals().size() != 1)
        return ctx.usage(ProductCliTr::tr("product edit needs one SKU or barcode, then the fields to change."));
    Session actor;
    if (auto exit = ctx.openAndSignIn(&actor))
        return *exit;
    if (auto exit = refuseWhenHeadOfficeOwns(ctx, HeadOfficeOwned::Catalog))
        return *exit;
    auto in = productInput(p, currencyOf(ctx));
    if (!in)
        return ctx.fail(in.error());
    CatalogServices services(ctx);
    auto product = services.catalog.edit(actor, p.positionals().first(), *in);
    if (!product)
        return ctx.fail(product.error());
    return ctx.ok({{QStringLiteral("product"), productJson(*product)}},
                  ProductCliTr::tr("Changed product %1.").arg(product->sku) + u'\n' + productText(*product, currencyOf(ctx)));
}

int cmdImport(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.flag(QStringLiteral("skip-bad")).flag(QStringLiteral("no-update"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (p.positionals().size() != 1)
        return ctx.usage(ProductCliTr::tr("product import needs one CSV FILE."));
    const QString path = p.positionals().first();
    QFile file(path);
    if (!QFileInfo::exists(path))
        return ctx.fail({ErrorCode::NotFound, ProductCliTr::tr("There is no file %1.").arg(path)});
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail({ErrorCode::IoError, ProductCliTr::tr("The file %1 cannot be read: %2").arg(path, file.errorString())});
    const QByteArray bytes = file.readAll();
    Session actor;
    if (auto exit = ctx.openAndSignIn(&actor))
        return *exit;
    if (auto exit = refuseWhenHeadOfficeOwns(ctx, HeadOfficeOwned::Catalog))
        return *exit;
    CatalogServices services(ctx);
    ProductImportOptions options;
    options.skipBadRows = p.has(QStringLiteral("skip-bad"));
    options.updateExisting = !p.has(QStringLiteral("no-update"));
    auto report = importProductsCsv(ctx.store()->db(), services.catalog, actor, bytes, options);
    if (!report)
        return ctx.fail(report.error());

    const auto [problems, problemText] = describeImportProblems(report->problems);
    QJsonObject json{{QStringLiteral("file"), path},
                     {QStringLiteral("rows"), report->rows},
                     {QStringLiteral("added"), report->added},
                     {QStringLiteral("updated"), report->updated},
                     {QStringLiteral("committed"), report->committed},
                     {QStringLiteral("encoding"), report->encoding},
                     {QStringLiteral("problems"), problems}};
    if (!report->committed) {
        // The report (every bad line) is the useful part; the error object keeps the convention.
        const QString message = ProductCliTr::tr("%n row(s) have problems; nothing was imported.", nullptr,
                                                 int(report->problems.size()));
        json.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), errorCodeName(ErrorCode::InvalidInput)},
                                                         {QStringLiteral("message"), message}});
        ctx.ok(json, message + problemText);
        return exitCodeFor(ErrorCode::InvalidInput);
    }
    QString text = ProductCliTr::tr("Imported %1 rows from %2: %3 added, %4 updated.")
                       .arg(report->rows)
                       .arg(path)
                       .arg(report->added)
                       .arg(report->updated);
    if (!report->problems.isEmpty())
        text += u'\n' + ProductCliTr::tr("%n bad row(s) skipped:", nullptr, int(report->problems.size())) + problemText;
    return ctx.ok(json, text);
}

int cmdExport(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (p.positionals().size() != 1)
        return ctx.usage(ProductCliTr::tr("product export needs one FILE to write."));
    Session actor;
    if (auto exit = ctx.openAndSignIn(&actor))
        return *exit;
    CatalogServices services(ctx);
    const qint64 count = services.catalog.count();
    const QByteArray bytes = exportProductsCsv(services.catalog);
    const QString path = p.positionals().first();
    // A half-written export must never replace a good one: QSaveFile renames on commit.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        const ErrorCode code = out.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::IoError;
        return ctx.fail({code, ProductCliTr::tr("The export could not be written to %1: %2").arg(path, out.errorString())});
    }
    return ctx.ok({{QStringLiteral("file"), path}, {QStringLiteral("products"), count}, {QStringLiteral("bytes"), qint64(bytes.size())}},
                  ProductCliTr::tr("Exported %1 products to %2.").arg(count).arg(path));
}

int cmdFind(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("limit")).flag(QStringLiteral("include-inactive"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (p.positionals().isEmpty())
        return ctx.usage(ProductCliTr::tr("product find needs a QUERY: a barcode, PLU, SKU, part of the name or its initials."));
    bool okLimit = true;
    const int limit = p.has(QStringLiteral("limit")) ? p.value(QStringLiteral("limit")).toInt(&okLimit) : 20;
    if (!okLimit || limit < 1 || limit > 1000)
        return ctx.usage(ProductCliTr::tr("--limit must be a number from 1 to 1000."));
    Session actor;
    if (auto exit = ctx.openAndSignIn(&actor))
        return *exit;
    CatalogServices services(ctx);
    const QString query = p.positionals().join(u' ');
    auto results = guarded([&] { return services.search.search(query, limit, p.has(QStringLiteral("include-inactive"))); });
    if (!results)
        return ctx.fail(results.error());
    const QList<Product>& found = *results;
    QJsonArray products;
    QString text;
    for (const Product& product : found) {
        products.append(productJson(product));
        text += QStringLiteral("%1\t%2\t%3\t%4\n")
                    .arg(product.sku, product.name, money(product.priceMinor, currencyOf(ctx)), product.barcodes.join(u' '));
    }
    if (found.isEmpty())
        text = ProductCliTr::tr("Nothing matches \"%1\".").arg(query);
    return ctx.ok({{QStringLiteral("query"), query}, {QStringLiteral("count"), found.size()}, {QStringLiteral("products"), products}},
                  text.trimmed());
}

int cmdShow(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (p.positionals().size() != 1)
        return ctx.usage(ProductCliTr::tr("product show needs one SKU, barcode or PLU."));
    Session actor;
    if (auto exit = ctx.openAndSignIn(&actor))
        return *exit;
    CatalogServices services(ctx);
    const QString code = p.positionals().first();
    auto product = guarded([&]() -> Result<Product> {
        if (auto bySku = services.catalog.findBySku(code))
            return *bySku;
        return services.catalog.lookupCode(code);
    });
    if (!product)
        return ctx.fail(product.error());
    return ctx.ok({{QStringLiteral("product"), productJson(*product)}}, productText(*product, currencyOf(ctx)));
}

QJsonObject quickKeyJson(const QuickKey& k)
{
    return {{QStringLiteral("position"), k.position}, {QStringLiteral("label"), k.label},
            {QStringLiteral("sku"), k.sku},           {QStringLiteral("name"), k.name},
            {QStringLiteral("unit"), k.unit},         {QStringLiteral("price_minor"), k.priceMinor},
            {QStringLiteral("weighed"), k.weighed},   {QStringLiteral("open_price"), k.openPrice},
            {QStringLiteral("active"), k.active}};
}

std::optional<int> parsePosition(const QString& text)
{
    bool ok = false;
    const int position = normalizeDigits(text).toInt(&ok);
    return ok ? std::optional<int>(position) : std::nullopt;
}

int cmdQuickKeySet(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("label"));
    if (!p.parse(args))
        return ctx.usage(p.error());
    const auto position = parsePosition(p.positionals().value(0));
    if (p.positionals().size() != 2 || !position)
        return ctx.usage(ProductCliTr::tr("quickkey set needs a POSITION number and a SKU."));
    Session actor;
    if (auto exit = ctx.openAndSignIn(&actor))
        return *exit;
    CatalogServices services(ctx);
    auto key = services.quickKeys.set(actor, *position, p.positionals().at(1), p.value(QStringLiteral("label")));
    if (!key)
        return ctx.fail(key.error());
    return ctx.ok({{QStringLiteral("quick_key"), quickKeyJson(*key)}},
                  ProductCliTr::tr("Quick key %1 is now %2 (%3).").arg(key->position).arg(key->label, key->sku));
}

int cmdQuickKeyClear(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    if (!p.parse(args))
        return ctx.usage(p.error());
    const auto position = parsePosition(p.positionals().value(0));
    if (p.positionals().size() != 1 || !position)
        return ctx.usage(ProductCliTr::tr("quickkey clear needs a POSITION number."));
    Session actor;
    if (auto exit = ctx.openAndSignIn(&actor))
        return *exit;
    CatalogServices services(ctx);
    auto cleared = services.quickKeys.clear(actor, *position);
    if (!cleared)
        return ctx.fail(cleared.error());
    return ctx.ok({{QStringLiteral("position"), *position}, {QStringLiteral("cleared"), true}},
                  ProductCliTr::tr("Quick key %1 is empty now.").arg(*position));
}

int cmdQuickKeyList(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    if (!p.parse(args))
        return ctx.usage(p.error());
    if (!p.positionals().isEmpty())
        return ctx.usage(ProductCliTr::tr("quickkey list takes no arguments."));
    Session actor;
    if (auto exit = ctx.openAndSignIn(&actor))
        return *exit;
    CatalogServices services(ctx);
    auto keys = services.quickKeys.list();
    if (!keys)
        return ctx.fail(keys.error());
    QJsonArray arr;
    QString text;
    for (const QuickKey& k : *keys) {
        arr.append(quickKeyJson(k));
        text += QStringLiteral("%1\t%2\t%3\t%4\n").arg(k.position).arg(k.label, k.sku, money(k.priceMinor, currencyOf(ctx)));
    }
    if (keys->isEmpty())
        text = ProductCliTr::tr("No quick keys are set.");
    return ctx.ok({{QStringLiteral("quick_keys"), arr}}, text.trimmed());
}

} // namespace

std::vector<Command> productCommands()
{
    const QString fields = QStringLiteral(
        "[--barcode CODE]... [--plu P] [--category PATH] [--unit U] [--member-price X] [--cost X] [--tax-percent N] "
        "[--weighed] [--open-price] [--initials abc]");
    std::vector<Command> commands = {
        {QStringLiteral("product add"), QStringLiteral("--sku S --name N --price X ") + fields,
         ProductCliTr::tr("Add a product"), cmdAdd},
        {QStringLiteral("product edit"), QStringLiteral("SKU|CODE [--name N] [--price X] ") + fields +
                                             QStringLiteral(" [--active|--inactive] [--no-…]"),
         ProductCliTr::tr("Change a product"), cmdEdit},
        {QStringLiteral("product import"), QStringLiteral("FILE [--skip-bad] [--no-update]"),
         ProductCliTr::tr("Import products from a CSV file (UTF-8 or GBK)"), cmdImport},
        {QStringLiteral("product export"), QStringLiteral("FILE"), ProductCliTr::tr("Export all products to a CSV file"), cmdExport},
        {QStringLiteral("product find"), QStringLiteral("QUERY [--limit N] [--include-inactive]"),
         ProductCliTr::tr("Search by barcode, PLU, SKU, name or pinyin initials"), cmdFind},
        {QStringLiteral("product show"), QStringLiteral("SKU|CODE"), ProductCliTr::tr("Show one product"), cmdShow},
        {QStringLiteral("quickkey set"), QStringLiteral("POSITION SKU|CODE [--label L]"),
         ProductCliTr::tr("Put a product on a quick key (goods without a barcode)"), cmdQuickKeySet},
        {QStringLiteral("quickkey clear"), QStringLiteral("POSITION"), ProductCliTr::tr("Empty a quick key"), cmdQuickKeyClear},
        {QStringLiteral("quickkey list"), QString(), ProductCliTr::tr("List the quick keys with name and price"), cmdQuickKeyList},
    };
    // Price changes are product commands too; they live in their own file.
    for (Command& c : priceCommands())
        commands.push_back(std::move(c));
    return commands;
}

} // namespace patron::cli
