#include "reports/ReportRunner.h"

#include "members/MemberReports.h"
#include "reports/ReportRules.h"
#include "store/Store.h"

#include <QCoreApplication>

#include <algorithm>

namespace patron::ui {

struct ReportRunnerTr {
    Q_DECLARE_TR_FUNCTIONS(patron::ui::ReportsPage)
};

namespace {

// Copies a result into the bundle, or records its error; false stops the run.
template <typename T>
bool take(Result<T>&& r, T& into, ReportBundle& b)
{
    if (!r) {
        b.error = r.error();
        return false;
    }
    into = std::move(*r);
    return true;
}

} // namespace

int ReportRunner::steps(const ReportRequest& request)
{
    switch (request.kind) {
    case ReportKind::Dashboard: return 1;
    // comparison, periods, hours, heat map, categories, cashiers, tenders; then the previous
    // period's periods, hours, categories, cashiers and tenders
    case ReportKind::Sales: return request.compare ? 12 : 7;
    case ReportKind::Products: return request.compare ? 3 : 2;  // top, bottom, the months before
    case ReportKind::Members: return 6;   // growth, tiers, repeat rate, birthdays, dormant, RFM
    case ReportKind::Liability: return 1;
    }
    return 1;
}

ReportRunner::ReportRunner(Store& store, const Clock& clock, QObject* parent)
    : QObject(parent), m_store(store), m_clock(clock)
{
    qRegisterMetaType<ReportBundle>();
}

ReportRunner::~ReportRunner()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ReportRunner::start(const ReportRequest& request)
{
    if (isRunning())
        return false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancel = false;
    m_thread = QThread::create([this, request] {
        ReportBundle bundle = run(request);
        // Queued: delivered on the runner's (UI) thread.
        QMetaObject::invokeMethod(this, [this, bundle] { emit finished(bundle); }, Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

ReportBundle ReportRunner::run(const ReportRequest& req)
{
    ReportBundle b;
    b.request = req;
    b.currency = m_store.identity().currency;
    auto reader = m_store.openReader();
    if (!reader) {
        b.error = reader.error();
        return b;
    }
    Database& db = *reader;
    // Called after each query (and once at the end): reports it done, then checks for a cancel.
    const int total = steps(req);
    int done = 0;
    const auto stop = [&] {
        done = std::min(done + 1, total);
        QMetaObject::invokeMethod(this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
        b.cancelled = m_cancel.load();
        return b.cancelled;
    };
    SalesReports sales(db);
    bool ok = true;
    switch (req.kind) {
    case ReportKind::Dashboard:
        ok = take(DashboardReport(db, m_clock).build(req.today), b.dashboard, b);
        break;
    case ReportKind::Sales: {
        const SalesPeriod period = req.period.value_or(req.range.days() > 92 ? SalesPeriod::Month : SalesPeriod::Day);
        // Previous period aligned to the breakdown (whole weeks or months back), for the
        // summary line as for the table, so they agree.
        const DateRange before = previousRangeFor(req.range, period);
        ok = take(sales.compare(req.range, before), b.comparison, b) && !stop()
            && take(sales.byPeriod(req.range, period), b.byDay, b) && !stop()
            && take(sales.byHour(req.range), b.byHour, b) && !stop()
            && take(sales.heatMap(req.range), b.heatMap, b) && !stop()
            && take(sales.byCategory(req.range), b.byCategory, b) && !stop()
            && take(sales.byCashier(req.range), b.byCashier, b) && !stop()
            && take(sales.byTender(req.range), b.byTender, b);
        if (ok && req.compare)
            ok = !stop() && take(sales.byPeriod(before, period), b.previousByDay, b) && !stop()
                && take(sales.byHour(before), b.previousByHour, b) && !stop()
                && take(sales.byCategory(before), b.previousByCategory, b) && !stop()
                && take(sales.byCashier(before), b.previousByCashier, b) && !stop()
                && take(sales.byTender(before), b.previousByTender, b);
        break;
    }
    case ReportKind::Products: {
        b.months = MonthRange::covering(req.range);
        ProductRanking ranking(db);
        ok = take(ranking.rank(b.months, RankOrder::Top, req.topLimit), b.top, b) && !stop()
            && take(ranking.rank(b.months, RankOrder::Bottom, req.topLimit), b.bottom, b);
        if (ok && req.compare) {
            b.previousMonths = b.months.previous();
            QList<qint64> ids;
            for (const ProductSales& p : b.top + b.bottom)
                ids << p.productId;
            ok = !stop() && take(ranking.totalsFor(b.previousMonths, ids), b.previousProducts, b);
        }
        break;
    }
    case ReportKind::Members: {
        auto rules = loyaltyRulesForReports(db, m_clock);
        if (!rules) {
            b.error = rules.error();
            return b;
        }
        MembersOverview members(db, m_clock, rules->tiers);
        MemberReports lists(db, m_clock);
        ok = take(members.growthByMonth(), b.growth, b) && !stop() && take(members.tiers(), b.tiers, b) && !stop()
            && take(members.repeatRate(), b.repeat, b) && !stop()
            && take(lists.birthdays(ReportRequest::kBirthdayDays, ReportRequest::kMemberListLimit), b.birthdays, b)
            && !stop() && take(lists.dormant(ReportRequest::kDormantDays, ReportRequest::kMemberListLimit), b.dormant, b)
            && !stop();
        if (ok && req.segment)
            ok = take(members.rfmSegment(*req.segment), b.rfm, b);
        else if (ok)
            ok = take(members.rfm(), b.rfm.result, b);
        break;
    }
    case ReportKind::Liability: {
        auto rules = loyaltyRulesForReports(db, m_clock);
        if (!rules) {
            b.error = rules.error();
            return b;
        }
        // Twelve month ends up to the range's end: the accountant's usual view; compared, the
        // month end before them too, for the first row's change.
        LiabilityReport report(db, m_clock, rules->points.redeemPointsPerYuan);
        ok = take(report.monthEnds(req.range.to.addMonths(req.compare ? -12 : -11), req.range.to), b.liability, b);
        if (ok && req.compare && !b.liability.isEmpty())
            b.liabilityBefore = b.liability.takeFirst();
        break;
    }
    }
    b.ok = ok && !stop();
    if (!ok && !b.cancelled && b.error.message.isEmpty())
        b.error = makeError(ErrorCode::Internal, ReportRunnerTr::tr("The report could not be made."));
    return b;
}

} // namespace patron::ui
