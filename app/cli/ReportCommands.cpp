// patron-cli report sales | top | dashboard: the sales reports of core/reports, as JSON (money in
// *_minor) or text. They read on a second (reader) connection, as the back office does.

#include "ArgParser.h"
#include "CliContext.h"
#include "Command.h"

#include "auth/Permissions.h"
#include "money/Money.h"
#include "reports/DashboardReport.h"
#include "reports/ProductRanking.h"
#include "reports/ReportJson.h"
#include "reports/SalesReports.h"

#include <QCoreApplication>

namespace patron::cli {

struct ReportCliTr {
    Q_DECLARE_TR_FUNCTIONS(patron::cli)
};

namespace {

QString money(qint64 minor, const QString& currency) { return Money(minor, currency).toDisplayString(); }

// Thousandths as a plain decimal without trailing zeros: 2500 -> "2.5", 3000 -> "3".
QString quantity(qint64 milli)
{
    const qint64 a = milli < 0 ? -milli : milli;
    QString s = QString::number(a / 1000);
    if (const qint64 frac = a % 1000) {
        QString f = QStringLiteral("%1").arg(frac, 3, 10, QLatin1Char('0'));
        while (f.endsWith(u'0'))
            f.chop(1);
        s += u'.' + f;
    }
    return milli < 0 ? u'-' + s : s;
}

// Opens the store, signs in, checks reports.view and opens the reader; nullopt on success.
std::optional<int> openReader(CliContext& ctx, std::optional<Database>& reader)
{
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    if (!session->can(perm::ReportsView))
        return ctx.fail({ErrorCode::PermissionDenied, ReportCliTr::tr("%1 may not view reports.").arg(session->userName)});
    auto db = (*store)->openReader();
    if (!db)
        return ctx.fail(db.error());
    reader.emplace(std::move(*db));
    return std::nullopt;
}

Result<DateRange> rangeFrom(const ArgParser& p)
{
    if (!p.has(QStringLiteral("from")) || !p.has(QStringLiteral("to")))
        return makeError(ErrorCode::InvalidInput, ReportCliTr::tr("Give the range with --from YYYY-MM-DD --to YYYY-MM-DD."));
    return DateRange::make(QDate::fromString(p.value(QStringLiteral("from")), Qt::ISODate),
                           QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate));
}

int cmdSales(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("from")).option(QStringLiteral("to")).option(QStringLiteral("by"));
    if (!p.parse(args) || !p.positionals().isEmpty())
        return ctx.usage(p.error().isEmpty() ? ReportCliTr::tr("report sales takes no positional arguments.") : p.error());
    auto range = rangeFrom(p);
    if (!range)
        return ctx.usage(range.message());
    const QString by = p.value(QStringLiteral("by"), QStringLiteral("day"));
    static const QStringList kinds = {QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month"),
                                      QStringLiteral("hour"), QStringLiteral("category"), QStringLiteral("cashier"),
                                      QStringLiteral("tender")};
    if (!kinds.contains(by))
        return ctx.usage(ReportCliTr::tr("--by must be one of %1.").arg(kinds.join(QStringLiteral(", "))));
    std::optional<Database> db;
    if (auto exit = openReader(ctx, db))
        return *exit;
    const QString currency = ctx.store()->identity().currency;
    SalesReports reports(*db);
    auto cmp = reports.compare(*range);
    if (!cmp)
        return ctx.fail(cmp.error());
    QJsonObject json = reportJson(*cmp);
    json.insert(QStringLiteral("by"), by);
    QStringList lines{ReportCliTr::tr("%1 to %2: %3 sales, net %4 (previous period %5)")
                          .arg(range->from.toString(Qt::ISODate), range->to.toString(Qt::ISODate))
                          .arg(cmp->currentTotals.sales)
                          .arg(money(cmp->currentTotals.netMinor, currency), money(cmp->previousTotals.netMinor, currency))};
    auto respond = [&](const auto& rows, auto line) -> int {
        if (!rows)
            return ctx.fail(rows.error());
        json.insert(QStringLiteral("rows"), reportJson(*rows));
        for (const auto& r : *rows)
            lines << line(r);
        return ctx.ok(json, lines.join(u'\n'));
    };
    if (by == u"hour")
        return respond(reports.byHour(*range), [&](const HourSales& r) {
            return QStringLiteral("%1:00\t%2\t%3").arg(r.hour, 2, 10, QLatin1Char('0')).arg(r.sales).arg(money(r.netMinor, currency));
        });
    if (by == u"category")
        return respond(reports.byCategory(*range), [&](const CategorySales& r) {
            return QStringLiteral("%1\t%2\t%3").arg(r.path.isEmpty() ? ReportCliTr::tr("(no category)") : r.path,
                                                    money(r.netMinor, currency), money(r.marginMinor(), currency));
        });
    if (by == u"cashier")
        return respond(reports.byCashier(*range), [&](const CashierSales& r) {
            return QStringLiteral("%1\t%2\t%3").arg(r.cashier).arg(r.sales).arg(money(r.netMinor, currency));
        });
    if (by == u"tender")
        return respond(reports.byTender(*range), [&](const TenderSales& r) {
            return QStringLiteral("%1\t%2\t%3").arg(r.tender).arg(r.count).arg(money(r.amountMinor, currency));
        });
    const SalesPeriod period = by == u"week" ? SalesPeriod::Week : by == u"month" ? SalesPeriod::Month : SalesPeriod::Day;
    return respond(reports.byPeriod(*range, period), [&](const PeriodSales& r) {
        return QStringLiteral("%1\t%2\t%3").arg(r.label).arg(r.totals.sales).arg(money(r.totals.netMinor, currency));
    });
}

int cmdTop(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("from")).option(QStringLiteral("to")).option(QStringLiteral("limit")).flag(QStringLiteral("bottom"));
    if (!p.parse(args) || !p.positionals().isEmpty())
        return ctx.usage(p.error().isEmpty() ? ReportCliTr::tr("report top takes no positional arguments.") : p.error());
    auto range = rangeFrom(p);
    if (!range)
        return ctx.usage(range.message());
    bool okLimit = false;
    const int limit = p.value(QStringLiteral("limit"), QStringLiteral("10")).toInt(&okLimit);
    if (!okLimit || limit < 1)
        return ctx.usage(ReportCliTr::tr("--limit must be a whole number of at least 1."));
    std::optional<Database> db;
    if (auto exit = openReader(ctx, db))
        return *exit;
    const QString currency = ctx.store()->identity().currency;
    // sum_product_month is kept per month: the range widens to whole months, and says so.
    const MonthRange months = MonthRange::covering(*range);
    auto rows = ProductRanking(*db).rank(months, p.has(QStringLiteral("bottom")) ? RankOrder::Bottom : RankOrder::Top, limit);
    if (!rows)
        return ctx.fail(rows.error());
    QStringList lines{ReportCliTr::tr("Whole months %1 to %2:").arg(months.firstKey(), months.lastKey())};
    for (const ProductSales& r : *rows)
        lines << QStringLiteral("%1\t%2\t%3\t%4").arg(r.sku, r.name, quantity(r.qtyMilli),
                                                     money(r.netMinor, currency));
    const QJsonObject json{{QStringLiteral("from_month"), months.firstKey()},
                           {QStringLiteral("to_month"), months.lastKey()},
                           {QStringLiteral("order"), p.has(QStringLiteral("bottom")) ? QStringLiteral("bottom") : QStringLiteral("top")},
                           {QStringLiteral("rows"), reportJson(*rows)}};
    return ctx.ok(json, lines.join(u'\n'));
}

int cmdDashboard(CliContext& ctx, const QStringList& args)
{
    ArgParser p;
    p.option(QStringLiteral("day"));
    if (!p.parse(args) || !p.positionals().isEmpty())
        return ctx.usage(p.error().isEmpty() ? ReportCliTr::tr("report dashboard takes no positional arguments.") : p.error());
    QDate day = ctx.clock->now().date();
    if (p.has(QStringLiteral("day"))) {
        day = QDate::fromString(p.value(QStringLiteral("day")), Qt::ISODate);
        if (!day.isValid())
            return ctx.usage(ReportCliTr::tr("--day must be a date (YYYY-MM-DD)."));
    }
    std::optional<Database> db;
    if (auto exit = openReader(ctx, db))
        return *exit;
    const QString currency = ctx.store()->identity().currency;
    auto d = DashboardReport(*db, *ctx.clock).build(day);
    if (!d)
        return ctx.fail(d.error());
    const SalesTotals& f = d->figures;
    const QString text = ReportCliTr::tr("%1: net %2 in %3 sales (average %4), %5 with a member, %6 returns (%7), discounts %8")
                             .arg(day.toString(Qt::ISODate), money(f.netMinor, currency))
                             .arg(f.sales)
                             .arg(money(f.averageBasketMinor(), currency))
                             .arg(f.memberSales)
                             .arg(f.returns)
                             .arg(money(f.returnsMinor, currency), money(f.discountMinor, currency));
    const MemberFigures& m = d->activity;
    const QString members = ReportCliTr::tr("Members: %1 new, %2 top-ups of %3 (principal %4, bonus %5), %6 points issued, "
                                            "%7 points redeemed")
                                .arg(m.newMembers)
                                .arg(m.topUps)
                                .arg(money(m.topUpMinor(), currency), money(m.topUpPrincipalMinor, currency),
                                     money(m.topUpBonusMinor, currency))
                                .arg(m.pointsIssued)
                                .arg(m.pointsRedeemed);
    return ctx.ok(d->toJson(), text + u'\n' + members);
}

} // namespace

std::vector<Command> reportCommands()
{
    return {
        {QStringLiteral("report sales"), QStringLiteral("--from D --to D [--by day|week|month|hour|category|cashier|tender]"),
         ReportCliTr::tr("Sales over a date range, broken down, with the previous period of the same length"), cmdSales},
        {QStringLiteral("report top"), QStringLiteral("--from D --to D [--limit N] [--bottom]"),
         ReportCliTr::tr("Best (or worst) selling products over the whole months the range touches"), cmdTop},
        {QStringLiteral("report dashboard"), QStringLiteral("[--day D]"),
         ReportCliTr::tr("A business day's figures, the day before and the 30-day trend"), cmdDashboard},
    };
}

} // namespace patron::cli
