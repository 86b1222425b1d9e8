#include "reports/SalesTab.h"

#include "reports/HeatMapWidget.h"
#include "sales/Tender.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QPieSeries>
#include <QScrollArea>
#include <QTableWidget>
#include <QValueAxis>

namespace patron::ui {

namespace {

// A bar chart of one set; labels along the bottom, yuan up the side.
void setBars(QChart* chart, const QString& name, const QStringList& labels, const QList<double>& values)
{
    chart->removeAllSeries();
    for (QAbstractAxis* a : chart->axes())
        chart->removeAxis(a);
    auto* set = new QBarSet(name);
    double top = 1;
    for (double v : values) {
        *set << v;
        top = std::max(top, v);
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    auto* y = new QValueAxis;
    y->setRange(0, top * 1.1);
    y->setLabelFormat(QStringLiteral("%.0f"));
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
    m_periodTable = makeTable({tr("Period"), tr("Transactions"), tr("Net sales"), tr("Discounts"), tr("Returns"), tr("Gross margin")},
                              QStringLiteral("periodTable"), content);
    m_categoryTable = makeTable({tr("Category"), tr("Quantity"), tr("Net sales"), tr("Cost"), tr("Gross margin"), tr("Margin %")},
                                QStringLiteral("categoryTable"), content);
    m_cashierTable = makeTable({tr("Cashier"), tr("Transactions"), tr("Net sales")}, QStringLiteral("cashierTable"), content);
    m_tenderTable = makeTable({tr("Payment"), tr("Payments"), tr("Amount")}, QStringLiteral("tenderTable"), content);

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

    QStringList labels;
    QList<double> values;
    QList<QStringList> rows;
    for (const PeriodSales& p : b.byDay) {
        // Days drop the year ("03-14") to fit; weeks ("2026-W11") and months ("2026-03") are short.
        labels << (p.label.size() == 10 ? p.label.right(5) : p.label);
        values << plotYuan(p.totals.netMinor);
        rows << QStringList{p.label, QString::number(p.totals.sales), money(p.totals.netMinor, c),
                            money(p.totals.discountMinor, c), money(p.totals.returnsMinor, c), money(p.totals.marginMinor(), c)};
    }
    setBars(m_periodChart->chart(), tr("Net sales"), labels, values);
    m_periodChart->chart()->setTitle(tr("Net sales by period"));
    setRows(m_periodTable, rows);

    labels.clear();
    values.clear();
    for (const HourSales& h : b.byHour) {
        labels << QString::number(h.hour);
        values << plotYuan(h.netMinor);
    }
    setBars(m_hourChart->chart(), tr("Net sales"), labels, values);
    m_hourChart->chart()->setTitle(tr("Net sales by hour of day"));
    m_heatMap->setMap(b.heatMap);

    QChart* pie = m_categoryChart->chart();
    pie->removeAllSeries();
    pie->setTitle(tr("Net sales by category"));
    auto* series = new QPieSeries;
    rows.clear();
    for (const CategorySales& cat : b.byCategory) {
        const QString name = cat.path.isEmpty() ? tr("(no category)") : cat.path;
        if (cat.netMinor > 0)
            series->append(name, plotYuan(cat.netMinor));
        rows << QStringList{name, quantity(cat.qtyMilli), money(cat.netMinor, c), money(cat.costMinor, c),
                            money(cat.marginMinor(), c), percent(cat.marginBp())};
    }
    pie->addSeries(series);
    setRows(m_categoryTable, rows);

    rows.clear();
    for (const CashierSales& s : b.byCashier)
        rows << QStringList{s.cashier, QString::number(s.sales), money(s.netMinor, c)};
    setRows(m_cashierTable, rows);
    rows.clear();
    for (const TenderSales& t : b.byTender) {
        const auto kind = tenderFromCode(t.tender);
        rows << QStringList{kind ? tenderDisplayName(*kind) : t.tender, QString::number(t.count), money(t.amountMinor, c)};
    }
    setRows(m_tenderTable, rows);
}

QList<std::pair<QString, QTableWidget*>> SalesTab::tables() const
{
    return {{QStringLiteral("sales-by-period"), m_periodTable},
            {QStringLiteral("sales-by-category"), m_categoryTable},
            {QStringLiteral("sales-by-cashier"), m_cashierTable},
            {QStringLiteral("sales-by-tender"), m_tenderTable}};
}

QList<QWidget*> SalesTab::printables() const
{
    return {m_summary, m_periodChart, m_hourChart, m_heatMap, m_categoryChart, m_categoryTable, m_periodTable,
            m_cashierTable, m_tenderTable};
}

} // namespace patron::ui
