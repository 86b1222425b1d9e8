#include "reports/DashboardTab.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QTableWidget>
#include <QValueAxis>

namespace patron::ui {

DashboardTab::DashboardTab(QWidget* parent) : ReportTab(parent)
{
    setObjectName(QStringLiteral("dashboardTab"));
    m_tiles = new QWidget(this);
    m_tiles->setObjectName(QStringLiteral("kpiTiles"));
    auto* grid = new QGridLayout(m_tiles);
    const QStringList names{tr("Net sales"), tr("Transactions"), tr("Average basket"), tr("Member sales"),
                            tr("Returns"), tr("Discounts")};
    for (int i = 0; i < names.size(); ++i) {
        auto* tile = new QFrame(m_tiles);
        tile->setFrameShape(QFrame::StyledPanel);
        auto* v = new QVBoxLayout(tile);
        auto* name = new QLabel(names[i], tile);
        auto* value = new QLabel(QStringLiteral("–"), tile);
        value->setObjectName(QStringLiteral("kpi%1").arg(i));
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 1.8);
        f.setBold(true);
        value->setFont(f);
        auto* before = new QLabel(tile);
        v->addWidget(name);
        v->addWidget(value);
        v->addWidget(before);
        m_values << value;
        m_before << before;
        grid->addWidget(tile, i / 3, i % 3);
    }
    m_trend = makeChartView(QStringLiteral("trendChart"), this);
    m_trend->setMinimumHeight(220);  // the tab does not scroll: tiles, chart and table fit a 768-pixel screen
    m_trendTable = makeTable({tr("Day"), tr("Transactions"), tr("Net sales")}, QStringLiteral("trendTable"), this);
    m_trendTable->setMaximumHeight(160);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tiles);
    layout->addWidget(m_trend, 1);
    layout->addWidget(m_trendTable);
}

void DashboardTab::present(const ReportBundle& b)
{
    const SalesTotals& t = b.dashboard.figures;
    const SalesTotals& p = b.dashboard.previousDay;
    const QString c = b.currency;
    const QStringList now{money(t.netMinor, c), QString::number(t.sales), money(t.averageBasketMinor(), c),
                          QStringLiteral("%1 (%2)").arg(t.memberSales).arg(percent(t.memberShareBp())),
                          QStringLiteral("%1 / %2").arg(t.returns).arg(money(t.returnsMinor, c)), money(t.discountMinor, c)};
    const QStringList before{money(p.netMinor, c), QString::number(p.sales), money(p.averageBasketMinor(), c),
                             QString::number(p.memberSales), QStringLiteral("%1 / %2").arg(p.returns).arg(money(p.returnsMinor, c)),
                             money(p.discountMinor, c)};
    for (int i = 0; i < m_values.size(); ++i) {
        m_values[i]->setText(now[i]);
        m_before[i]->setText(tr("Day before: %1").arg(before[i]));
    }

    auto* series = new QLineSeries;
    series->setName(tr("Net sales, 30 days to %1").arg(b.dashboard.day.toString(Qt::ISODate)));
    QList<QStringList> rows;
    qint64 top = 0;
    for (const PeriodSales& d : b.dashboard.trend) {
        series->append(double(QDateTime(d.start, QTime(12, 0)).toMSecsSinceEpoch()), plotYuan(d.totals.netMinor));
        top = std::max(top, d.totals.netMinor);
        rows.prepend({d.label, QString::number(d.totals.sales), money(d.totals.netMinor, c)});
    }
    QChart* chart = m_trend->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* a : chart->axes())
        chart->removeAxis(a);
    chart->addSeries(series);
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MM-dd"));
    x->setTickCount(6);
    auto* y = new QValueAxis;
    y->setRange(0, std::max(1.0, plotYuan(top) * 1.1));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    setRows(m_trendTable, rows);
}

QList<std::pair<QString, QTableWidget*>> DashboardTab::tables() const
{
    return {{QStringLiteral("dashboard-trend"), m_trendTable}};
}

QList<QWidget*> DashboardTab::printables() const { return {m_tiles, m_trend, m_trendTable}; }

} // namespace patron::ui
