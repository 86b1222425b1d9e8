#include "reports/SalesTab.h"

#include "reports/HeatMapWidget.h"
#include "sales/Tender.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QMap>
#include <QPieSeries>
#include <QScrollArea>
#include <QTableWidget>
#include <QValueAxis>

#include <algorithm>

namespace patron::ui {

namespace {

// At most this many labels under a bar chart: hours ("23") fit 12 at half a screen's width,
// days ("03-14") and weeks ("2026-W11") 6.
qsizetype labelledBars(const QStringList& labels)
{
    return !labels.isEmpty() && labels.first().size() <= 2 ? 12 : 6;
}

// A bar chart of one set per series (this period, and the previous one when compared); labels
// along the bottom, yuan up the side.
void setBars(QChart* chart, const QStringList& labels, const QList<std::pair<QString, QList<double>>>& sets)
{
    chart->removeAllSeries();
    for (QAbstractAxis* a : chart->axes())
        chart->removeAxis(a);
    auto* series = new QBarSeries;
    double top = 1;
    for (const auto& [name, values] : sets) {
        auto* set = new QBarSet(name);
        for (double v : values) {
            *set << v;
            top = std::max(top, v);
        }
        series->append(set);
    }
    chart->addSeries(series);
    QAbstractAxis* x = nullptr;
    const qsizetype most = labelledBars(labels);
    if (labels.size() <= most) {
        auto* categories = new QBarCategoryAxis;
        categories->append(labels);
        x = categories;
    } else {
        // A month of days or a day of hours: a label under every bar is elided to "…" at half a
        // screen's width. Bars sit at 0, 1, 2, … on a value axis; every few of them is labelled.
        auto* sparse = new QCategoryAxis;
        sparse->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        sparse->setRange(-0.5, double(labels.size()) - 0.5);
        const qsizetype step = (labels.size() + most - 1) / most;
        for (qsizetype i = 0; i < labels.size(); i += step)
            sparse->append(labels[i], double(i));
        sparse->setGridLineVisible(false);
        x = sparse;
    }
    auto* y = new QValueAxis;
    y->setRange(0, top * 1.1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();  // whole ticks (0, 5, 10, …), not 0, 7, 13, 20
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace

SalesTab::SalesTab(QWidget* parent) : ReportTab(parent)
{
    setObjectName(QStringLiteral("salesTab"));
    auto* content = new QWidget;
    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("salesSummary"));
    m_summary->setWordWrap(true);
    m_periodChart = makeChartView(QStringLiteral("periodChart"), content);
    m_hourChart = makeChartView(QStringLiteral("hourChart"), content);
    m_heatMap = new HeatMapWidget(content);
    m_categoryChart = makeChartView(QStringLiteral("categoryChart"), content);
    m_periodTable = makeTable(periodHeaders(), QStringLiteral("periodTable"), content);
    m_categoryTable = makeTable(categoryHeaders(), QStringLiteral("categoryTable"), content);
    m_cashierTable = makeTable(cashierHeaders(), QStringLiteral("cashierTable"), content);
    m_tenderTable = makeTable(tenderHeaders(), QStringLiteral("tenderTable"), content);

    auto* grid = new QGridLayout(content);
    grid->addWidget(m_summary, 0, 0, 1, 2);
    grid->addWidget(m_periodChart, 1, 0);
    grid->addWidget(m_hourChart, 1, 1);
    grid->addWidget(new QLabel(tr("Net sales by weekday and hour"), content), 2, 0, 1, 2);
    grid->addWidget(m_heatMap, 3, 0, 1, 2);
    grid->addWidget(m_categoryChart, 4, 0);
    grid->addWidget(m_categoryTable, 4, 1);
    grid->addWidget(m_periodTable, 5, 0, 1, 2);
    grid->addWidget(m_cashierTable, 6, 0);
    grid->addWidget(m_tenderTable, 6, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void SalesTab::present(const ReportBundle& b)
{
    const QString c = b.currency;
    const SalesComparison& cmp = b.comparison;
    QString summary = tr("%1 to %2: net sales %3 in %4 transactions, average basket %5, gross margin %6.")
                          .arg(cmp.current.from.toString(Qt::ISODate), cmp.current.to.toString(Qt::ISODate),
                               money(cmp.currentTotals.netMinor, c))
                          .arg(cmp.currentTotals.sales)
                          .arg(money(cmp.currentTotals.averageBasketMinor(), c), money(cmp.currentTotals.marginMinor(), c));
    if (b.request.compare) {
        const auto change = cmp.netChangeBp();
        summary += u' ' + tr("Previous period (%1 to %2): %3, change %4.")
                              .arg(cmp.previous.from.toString(Qt::ISODate), cmp.previous.to.toString(Qt::ISODate),
                                   money(cmp.previousTotals.netMinor, c), change ? percent(*change) : tr("n/a"));
    }
    m_summary->setText(summary);
    showPeriods(b);
    showHours(b);
    m_heatMap->setMap(b.heatMap);
    showCategories(b);
    showCashiers(b);
    showTenders(b);
}

QStringList SalesTab::periodHeaders()
{
    return {tr("Period"), tr("Transactions"), tr("Net sales"), tr("Discounts"), tr("Returns"), tr("Gross margin")};
}

QStringList SalesTab::categoryHeaders()
{
    return {tr("Category"), tr("Quantity"), tr("Net sales"), tr("Cost"), tr("Gross margin"), tr("Margin %")};
}

QStringList SalesTab::cashierHeaders() { return {tr("Cashier"), tr("Transactions"), tr("Net sales")}; }
QStringList SalesTab::tenderHeaders() { return {tr("Payment"), tr("Payments"), tr("Amount")}; }

void SalesTab::showPeriods(const ReportBundle& b)
{
    const QString c = b.currency;
    const bool compare = b.request.compare;
    // Periods: the previous period's periods line up one for one (same length, same unit).
    QStringList labels;
    QList<double> values, before;
    QList<QStringList> rows;
    for (qsizetype i = 0; i < b.byDay.size(); ++i) {
        const PeriodSales& p = b.byDay[i];
        // Days drop the year ("03-14") to fit; weeks ("2026-W11") and months ("2026-03") are short.
        labels << (p.label.size() == 10 ? p.label.right(5) : p.label);
        values << plotYuan(p.totals.netMinor);
        QStringList row{p.label, QString::number(p.totals.sales), money(p.totals.netMinor, c),
                        money(p.totals.discountMinor, c), money(p.totals.returnsMinor, c), money(p.totals.marginMinor(), c)};
        if (compare) {
            const PeriodSales prev = i < b.previousByDay.size() ? b.previousByDay[i] : PeriodSales();
            before << plotYuan(prev.totals.netMinor);
            row << prev.label << money(prev.totals.netMinor, c) << change(p.totals.netMinor, prev.totals.netMinor);
        }
        rows << row;
    }
    QList<std::pair<QString, QList<double>>> sets{{tr("Net sales"), values}};
    if (compare)
        sets.append({tr("Previous period"), before});
    setBars(m_periodChart->chart(), labels, sets);
    m_periodChart->chart()->setTitle(tr("Net sales by period"));
    setHeaders(m_periodTable, periodHeaders(), {tr("Previous period"), tr("Previous net sales"), tr("Change %")}, compare);
    setRows(m_periodTable, rows);
}

void SalesTab::showHours(const ReportBundle& b)
{
    const bool compare = b.request.compare;
    QStringList labels;
    QList<double> values, before;
    for (const HourSales& h : b.byHour) {
        labels << QString::number(h.hour);
        values << plotYuan(h.netMinor);
        if (compare)
            before << plotYuan(h.hour < b.previousByHour.size() ? b.previousByHour[h.hour].netMinor : 0);
    }
    QList<std::pair<QString, QList<double>>> sets{{tr("Net sales"), values}};
    if (compare)
        sets.append({tr("Previous period"), before});
    setBars(m_hourChart->chart(), labels, sets);
    m_hourChart->chart()->setTitle(tr("Net sales by hour of day"));
}

void SalesTab::showCategories(const ReportBundle& b)
{
    const QString c = b.currency;
    const bool compare = b.request.compare;
    QChart* pie = m_categoryChart->chart();
    pie->removeAllSeries();
    pie->setTitle(tr("Net sales by category"));
    auto* series = new QPieSeries;
    QList<QStringList> rows;
    QHash<qint64, CategorySales> previousCategories;
    for (const CategorySales& cat : b.previousByCategory)
        previousCategories.insert(cat.categoryId, cat);
    QList<CategorySales> categories = b.byCategory;
    // A category that sold only in the previous period still gets its row when compared.
    for (const CategorySales& cat : b.previousByCategory)
        if (std::none_of(categories.cbegin(), categories.cend(), [&](const CategorySales& x) { return x.categoryId == cat.categoryId; }))
            categories.append(CategorySales{cat.categoryId, cat.path, 0, 0, 0});
    for (const CategorySales& cat : categories) {
        const QString name = cat.path.isEmpty() ? tr("(no category)") : cat.path;
        if (cat.netMinor > 0)
            series->append(name, plotYuan(cat.netMinor));
        QStringList row{name, quantity(cat.qtyMilli), money(cat.netMinor, c), money(cat.costMinor, c),
                        money(cat.marginMinor(), c), percent(cat.marginBp())};
        if (compare) {
            const qint64 prev = previousCategories.value(cat.categoryId).netMinor;
            row << money(prev, c) << change(cat.netMinor, prev);
        }
        rows << row;
    }
    pie->addSeries(series);
    setHeaders(m_categoryTable, categoryHeaders(), {tr("Previous net sales"), tr("Change %")}, compare);
    setRows(m_categoryTable, rows);
}

void SalesTab::showCashiers(const ReportBundle& b)
{
    const QString c = b.currency;
    const bool compare = b.request.compare;
    QList<QStringList> rows;
    QMap<QString, qint64> previousCashiers;
    for (const CashierSales& s : b.previousByCashier)
        previousCashiers.insert(s.cashier, s.netMinor);
    QList<CashierSales> cashiers = b.byCashier;
    for (const CashierSales& s : b.previousByCashier)
        if (std::none_of(cashiers.cbegin(), cashiers.cend(), [&](const CashierSales& x) { return x.cashier == s.cashier; }))
            cashiers.append(CashierSales{s.cashier, 0, 0});
    for (const CashierSales& s : cashiers) {
        QStringList row{s.cashier, QString::number(s.sales), money(s.netMinor, c)};
        if (compare)
            row << money(previousCashiers.value(s.cashier), c) << change(s.netMinor, previousCashiers.value(s.cashier));
        rows << row;
    }
    setHeaders(m_cashierTable, cashierHeaders(), {tr("Previous net sales"), tr("Change %")}, compare);
    setRows(m_cashierTable, rows);
}

void SalesTab::showTenders(const ReportBundle& b)
{
    const QString c = b.currency;
    const bool compare = b.request.compare;
    QList<QStringList> rows;
    QMap<QString, qint64> previousTenders;
    for (const TenderSales& t : b.previousByTender)
        previousTenders.insert(t.tender, t.amountMinor);
    QList<TenderSales> tenders = b.byTender;
    for (const TenderSales& t : b.previousByTender)
        if (std::none_of(tenders.cbegin(), tenders.cend(), [&](const TenderSales& x) { return x.tender == t.tender; }))
            tenders.append(TenderSales{t.tender, 0, 0});
    for (const TenderSales& t : tenders) {
        const auto kind = tenderFromCode(t.tender);
        QStringList row{kind ? tenderDisplayName(*kind) : t.tender, QString::number(t.count), money(t.amountMinor, c)};
        if (compare)
            row << money(previousTenders.value(t.tender), c) << change(t.amountMinor, previousTenders.value(t.tender));
        rows << row;
    }
    setHeaders(m_tenderTable, tenderHeaders(), {tr("Previous amount"), tr("Change %")}, compare);
    setRows(m_tenderTable, rows);
}

QList<ReportTab::ExportTable> SalesTab::tables() const
{
    return {{QStringLiteral("sales-by-period"), tr("Sales by period"), m_periodTable},
            {QStringLiteral("sales-by-category"), tr("Sales by category"), m_categoryTable},
            {QStringLiteral("sales-by-cashier"), tr("Sales by cashier"), m_cashierTable},
            {QStringLiteral("sales-by-tender"), tr("Sales by tender"), m_tenderTable}};
}

QList<QWidget*> SalesTab::printables() const
{
    return {m_summary, m_periodChart, m_hourChart, m_heatMap, m_categoryChart, m_categoryTable, m_periodTable,
            m_cashierTable, m_tenderTable};
}

} // namespace patron::ui
