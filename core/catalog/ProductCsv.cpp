#include "catalog/ProductCsv.h"

#include "auth/Permissions.h"
#include "auth/UserService.h"
#include "catalog/ProductCatalog.h"
#include "common/Csv.h"
#include "money/Money.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct ProductCsvTr {
    Q_DECLARE_TR_FUNCTIONS(patron::ProductCsv)
};

namespace {

enum Column { Sku, Name, Barcodes, Plu, Category, Unit, Price, MemberPrice, Cost, Tax, Weighed, OpenPrice, Active, Initials };

// Header spellings, English first (the export's), then what Chinese spreadsheets use.
const QHash<QString, Column>& headerNames()
{
    static const QHash<QString, Column> names = {
        {QStringLiteral("sku"), Sku},         {QStringLiteral("货号"), Sku},        {QStringLiteral("商品编码"), Sku},
        {QStringLiteral("name"), Name},       {QStringLiteral("品名"), Name},       {QStringLiteral("商品名称"), Name},
        {QStringLiteral("barcodes"), Barcodes}, {QStringLiteral("barcode"), Barcodes}, {QStringLiteral("条码"), Barcodes},
        {QStringLiteral("plu"), Plu},         {QStringLiteral("PLU"), Plu},         {QStringLiteral("自编码"), Plu},
        {QStringLiteral("category"), Category}, {QStringLiteral("分类"), Category}, {QStringLiteral("类别"), Category},
        {QStringLiteral("unit"), Unit},       {QStringLiteral("单位"), Unit},
        {QStringLiteral("price"), Price},     {QStringLiteral("售价"), Price},      {QStringLiteral("零售价"), Price},
        {QStringLiteral("member_price"), MemberPrice}, {QStringLiteral("会员价"), MemberPrice},
        {QStringLiteral("cost"), Cost},       {QStringLiteral("进价"), Cost},       {QStringLiteral("成本价"), Cost},
        {QStringLiteral("tax_percent"), Tax}, {QStringLiteral("税率"), Tax},
        {QStringLiteral("weighed"), Weighed}, {QStringLiteral("称重"), Weighed},
        {QStringLiteral("open_price"), OpenPrice}, {QStringLiteral("议价"), OpenPrice},
        {QStringLiteral("active"), Active},   {QStringLiteral("启用"), Active},
        {QStringLiteral("initials"), Initials}, {QStringLiteral("助记码"), Initials},
    };
    return names;
}

std::optional<bool> parseFlag(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return std::nullopt;
    static const QStringList yes{QStringLiteral("1"), QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"), QStringLiteral("是")};
    static const QStringList no{QStringLiteral("0"), QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"), QStringLiteral("否")};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

// Tax as a percentage with up to two decimals ("13", "13%", "6.5") into basis points.
std::optional<int> parseTaxPercent(const QString& text)
{
    QString t = normalizeDigits(text).trimmed();
    if (t.endsWith(u'%'))
        t.chop(1);
    auto m = Money::parse(t, QStringLiteral("CNY"));  // two decimals: the same shape as basis points / 100
    if (!m || m->minor() < 0 || m->minor() > 10000)
        return std::nullopt;
    return int(m->minor());
}

} // namespace

Result<ImportReport> importProductsCsv(Database& db, ProductCatalog& catalog, const Session& actor,
                                       const QByteArray& fileBytes, const ProductImportOptions& options)
{
    if (!actor.can(perm::CatalogEdit))
        return makeError(ErrorCode::PermissionDenied, ProductCsvTr::tr("%1 may not edit the catalog.").arg(actor.userName));
    ImportReport report;
    auto parsed = readCsvFile(fileBytes, &report.encoding);
    if (!parsed)
        return parsed.error();
    const QList<CsvRow>& rows = *parsed;

    QHash<Column, int> col;
    for (int i = 0; i < rows.first().fields.size(); ++i) {
        const QString h = rows.first().fields[i].trimmed();
        auto it = headerNames().constFind(h);
        if (it == headerNames().cend())
            it = headerNames().constFind(h.toLower());
        if (it == headerNames().cend())
            return makeError(ErrorCode::InvalidInput,
                             ProductCsvTr::tr("Line 1: unknown column \"%1\". Known columns: sku, name, barcodes, plu, category, unit, "
                                              "price, member_price, cost, tax_percent, weighed, open_price, active, initials.").arg(h));
        col.insert(*it, i);
    }
    if (!col.contains(Sku) || !col.contains(Name))
        return makeError(ErrorCode::InvalidInput, ProductCsvTr::tr("Line 1: the file needs at least the columns sku and name."));

    const QString currency = db.queryText("SELECT value FROM meta WHERE key = 'currency'").value_or(QStringLiteral("CNY"));
    auto result = guarded([&]() -> Result<ImportReport> {
        Transaction tx(db);
        const int total = int(rows.size()) - 1;
        for (int r = 1; r < rows.size(); ++r) {
            const CsvRow& row = rows[r];
            ++report.rows;
            if (options.progress && (r % 200 == 0 || r == total) && !options.progress(r, total))
                return makeError(ErrorCode::Refused, ProductCsvTr::tr("The import was cancelled; nothing was imported."));
            auto field = [&](Column c) -> std::optional<QString> {
                const int i = col.value(c, -1);
                if (i < 0 || i >= row.fields.size())
                    return std::nullopt;
                return row.fields[i].trimmed();
            };
            auto problem = [&](const QString& m) { report.problems.append({row.line, m}); };
            ProductInput in;
            in.sku = field(Sku);
            in.name = field(Name);
            if (auto v = field(Plu); v && !v->isEmpty())
                in.plu = *v;
            if (auto v = field(Category))
                in.categoryPath = *v;
            if (auto v = field(Unit))
                in.unit = *v;
            if (auto v = field(Initials); v && !v->isEmpty())
                in.initials = *v;
            if (auto v = field(Barcodes); v && !v->isEmpty()) {
                QString codes = *v;
                codes.replace(u'|', u';').replace(u' ', u';');
                in.barcodes = codes.split(u';', Qt::SkipEmptyParts);
            }
            bool bad = false;
            auto money = [&](Column c, const QString& label) -> std::optional<qint64> {
                auto v = field(c);
                if (!v || v->isEmpty())
                    return std::nullopt;
                auto m = Money::parse(*v, currency);
                if (!m || m->isNegative()) {
                    problem(ProductCsvTr::tr("%1 \"%2\" is not an amount of money.").arg(label, *v));
                    bad = true;
                    return std::nullopt;
                }
                return m->minor();
            };
            in.priceMinor = money(Price, ProductCsvTr::tr("price"));
            if (auto mp = money(MemberPrice, ProductCsvTr::tr("member price")))
                in.memberPriceMinor = std::optional<qint64>(*mp);
            in.costMinor = money(Cost, ProductCsvTr::tr("cost"));
            if (auto v = field(Tax); v && !v->isEmpty()) {
                if (auto bp = parseTaxPercent(*v))
                    in.taxBp = *bp;
                else {
                    problem(ProductCsvTr::tr("tax \"%1\" is not a percentage between 0 and 100.").arg(*v));
                    bad = true;
                }
            }
            for (auto [c, target] : {std::pair{Weighed, &in.weighed}, std::pair{OpenPrice, &in.openPrice},
                                     std::pair{Active, &in.active}}) {
                if (auto v = field(c); v && !v->isEmpty()) {
                    if (auto b = parseFlag(*v))
                        *target = *b;
                    else {
                        problem(ProductCsvTr::tr("\"%1\" is not yes/no (1/0, 是/否).").arg(*v));
                        bad = true;
                    }
                }
            }
            if (bad)
                continue;
            const bool existed = catalog.findBySku(in.sku.value_or(QString())).has_value();
            auto written = catalog.upsertInTransaction(actor.userName, in, options.updateExisting);
            if (!written) {
                problem(written.message());
                continue;
            }
            existed ? ++report.updated : ++report.added;
        }
        if (!report.problems.isEmpty() && !options.skipBadRows)
            return report;  // the transaction rolls back: nothing imported
        tx.commit();
        report.committed = true;
        return report;
    });
    if (!result)
        return result.error();
    if (!result->committed) {
        result->added = 0;
        result->updated = 0;
    }
    return result;
}

QByteArray exportProductsCsv(const ProductCatalog& catalog)
{
    QList<QStringList> rows;
    rows << QStringList{QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("barcodes"), QStringLiteral("plu"),
                        QStringLiteral("category"), QStringLiteral("unit"), QStringLiteral("price"), QStringLiteral("member_price"),
                        QStringLiteral("cost"), QStringLiteral("tax_percent"), QStringLiteral("weighed"),
                        QStringLiteral("open_price"), QStringLiteral("active"), QStringLiteral("initials")};
    auto money = [](qint64 minor) { return Money(minor, QStringLiteral("CNY")).toPlainString(); };
    for (const Product& p : catalog.all()) {
        rows << QStringList{p.sku, p.name, p.barcodes.join(u';'), p.plu, p.categoryPath, p.unit, money(p.priceMinor),
                            p.memberPriceMinor ? money(*p.memberPriceMinor) : QString(), money(p.costMinor),
                            money(p.taxBp), p.weighed ? QStringLiteral("1") : QStringLiteral("0"),
                            p.openPrice ? QStringLiteral("1") : QStringLiteral("0"),
                            p.active ? QStringLiteral("1") : QStringLiteral("0"),
                            p.initialsCustom ? p.initials : QString()};
    }
    return csvDocument(rows);
}

} // namespace patron
