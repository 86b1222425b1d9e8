#include "catalog/PriceListCsv.h"

#include "auth/Permissions.h"
#include "auth/UserService.h"
#include "catalog/PriceSchedule.h"
#include "common/Csv.h"
#include "money/Money.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct PriceListCsvTr {
    Q_DECLARE_TR_FUNCTIONS(patron::PriceListCsv)
};

namespace {

enum Column { Sku, Price, MemberPrice, Ignored };

// English first (what `product export` writes, so an edited export imports as a price list),
// then the spellings of Chinese spreadsheets. Other export columns are ignored.
const QHash<QString, Column>& headerNames()
{
    static const QHash<QString, Column> names = {
        {QStringLiteral("sku"), Sku},           {QStringLiteral("货号"), Sku},          {QStringLiteral("商品编码"), Sku},
        {QStringLiteral("barcode"), Sku},       {QStringLiteral("条码"), Sku},
        {QStringLiteral("price"), Price},       {QStringLiteral("售价"), Price},        {QStringLiteral("零售价"), Price},
        {QStringLiteral("新售价"), Price},
        {QStringLiteral("member_price"), MemberPrice}, {QStringLiteral("会员价"), MemberPrice},
        {QStringLiteral("新会员价"), MemberPrice},
        {QStringLiteral("name"), Ignored},      {QStringLiteral("品名"), Ignored},      {QStringLiteral("商品名称"), Ignored},
        {QStringLiteral("barcodes"), Ignored},  {QStringLiteral("plu"), Ignored},       {QStringLiteral("category"), Ignored},
        {QStringLiteral("unit"), Ignored},      {QStringLiteral("单位"), Ignored},      {QStringLiteral("cost"), Ignored},
        {QStringLiteral("tax_percent"), Ignored}, {QStringLiteral("weighed"), Ignored}, {QStringLiteral("open_price"), Ignored},
        {QStringLiteral("active"), Ignored},    {QStringLiteral("initials"), Ignored},
    };
    return names;
}

} // namespace

Result<PriceListReport> importPriceListCsv(Database& db, PriceSchedule& schedule, const Session& actor,
                                           const QByteArray& fileBytes, std::optional<QDateTime> at, const QString& note,
                                           const std::function<bool(int, int)>& progress)
{
    if (!actor.can(perm::CatalogEdit))
        return makeError(ErrorCode::PermissionDenied, PriceListCsvTr::tr("%1 may not edit the catalog.").arg(actor.userName));
    auto when = schedule.effectiveTime(at);
    if (!when)
        return when.error();
    PriceListReport report;
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
                             PriceListCsvTr::tr("Line 1: unknown column \"%1\". A price list has the columns sku (or barcode), "
                                                "price and member_price.").arg(h));
        if (*it != Ignored && !col.contains(*it))
            col.insert(*it, i);
    }
    if (!col.contains(Sku) || (!col.contains(Price) && !col.contains(MemberPrice)))
        return makeError(ErrorCode::InvalidInput,
                         PriceListCsvTr::tr("Line 1: a price list needs a sku column and a price or member_price column."));

    const QString currency = db.queryText("SELECT value FROM meta WHERE key = 'currency'").value_or(QStringLiteral("CNY"));
    auto result = guarded([&]() -> Result<PriceListReport> {
        Transaction tx(db);
        const Uuid batch = Uuid::v7(when->toMSecsSinceEpoch());
        QHash<QString, int> seen;  // SKU → first line: the same product twice in one list is a mistake
        const int total = int(rows.size()) - 1;
        for (int r = 1; r < rows.size(); ++r) {
            const CsvRow& row = rows[r];
            ++report.rows;
            if (progress && (r % 200 == 0 || r == total) && !progress(r, total))
                return makeError(ErrorCode::Refused,
                                 PriceListCsvTr::tr("The import was cancelled; nothing was scheduled."));
            auto field = [&](Column c) -> QString {
                const int i = col.value(c, -1);
                return i < 0 || i >= row.fields.size() ? QString() : row.fields[i].trimmed();
            };
            auto problem = [&](const QString& m) { report.problems.append({row.line, m}); };
            PriceChangeRequest line;
            line.skuOrCode = field(Sku);
            if (line.skuOrCode.isEmpty()) {
                problem(PriceListCsvTr::tr("The row has no SKU."));
                continue;
            }
            bool bad = false;
            auto money = [&](Column c, const QString& label) -> std::optional<qint64> {
                const QString v = field(c);
                if (v.isEmpty())
                    return std::nullopt;
                auto m = Money::parse(v, currency);
                if (!m || m->isNegative()) {
                    problem(PriceListCsvTr::tr("%1 \"%2\" is not an amount of money.").arg(label, v));
                    bad = true;
                    return std::nullopt;
                }
                return m->minor();
            };
            line.retailMinor = money(Price, PriceListCsvTr::tr("price"));
            if (auto mp = money(MemberPrice, PriceListCsvTr::tr("member price")))
                line.memberPriceMinor = std::optional<qint64>(*mp);
            if (bad)
                continue;
            if (auto first = seen.constFind(line.skuOrCode); first != seen.cend()) {
                problem(PriceListCsvTr::tr("%1 is already on line %2 of this list.").arg(line.skuOrCode).arg(*first));
                continue;
            }
            seen.insert(line.skuOrCode, row.line);
            auto id = schedule.scheduleInTransaction(actor.userName, batch, line, *when, note);
            if (!id) {
                problem(id.message());
                continue;
            }
            ++report.scheduled;
        }
        if (report.rows == 0)
            return makeError(ErrorCode::InvalidInput, PriceListCsvTr::tr("The file has a header but no prices."));
        if (!report.problems.isEmpty())
            return report;  // the transaction rolls back: nothing scheduled
        report.applied = schedule.applyDueInTransaction();
        tx.commit();
        report.committed = true;
        return report;
    });
    if (!result)
        return result.error();
    if (!result->committed)
        result->scheduled = 0;
    return result;
}

} // namespace patron
