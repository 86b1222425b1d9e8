#include "reports/DashboardTab.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPen>
#include <QTableWidget>
#include <QValueAxis>

namespace patron::ui {

namespace {
constexpr int kTileColumns = 5;
}

DashboardTab::DashboardTab(QWidget* parent) : ReportTab(parent)
{
    setObjectName(QStringLiteral("dashboardTab"));
    m_tiles = new QWidget(this);
    m_tiles->setObjectName(QStringLiteral("kpiTiles"));
    auto* grid = new QGridLayout(m_tiles);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList names{tr("Net sales"),     tr("Transactions"),  tr("Average basket"), tr("Member sales"),
                            tr("Returns"),       tr("New members"),   tr("Top-ups"),        tr("Points issued"),
                            tr("Points redeemed"), tr("Discounts")};
    for (int i = 0; i < names.size(); ++i) {
        auto* tile = new QFrame(m_tiles);
        tile->setFrameShape(QFrame::StyledPanel);
        auto* v = new QVBoxLayout(tile);
        v->setContentsMargins(6, 4, 6, 4);
        v->setSpacing(2);
        auto* name = new QLabel(names[i], tile);
        auto* value = new QLabel(QStringLiteral("–"), tile);
        value->setObjectName(QStringLiteral("kpi%1").arg(i));
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 1.5);
        f.setBold(true);
        value->setFont(f);
        auto* before = new QLabel(tile);
        before->setObjectName(QStringLiteral("kpiBefore%1").arg(i));
        before->setWordWrap(true);
        v->addWidget(name);
        v->addWidget(value);
        v->addWidget(before);
        m_values << value;
        m_before << before;
        grid->addWidget(tile, i / kTileColumns, i % kTileColumns);
    }
    m_trend = makeChartView(QStringLiteral("trendChart"), this);
    m_trend->setMinimumHeight(200);  // the tab does not scroll: tiles, chart and table fit a 768-pixel screen
    m_trendTable = makeTable({tr("Day"), tr("Transactions"), tr("Net sales"), tr("Net sales 30 days before"), tr("New members"),
                              tr("Top-ups"), tr("Top-up principal"), tr("Top-up bonus"), tr("Points issued"),
                              tr("Points redeemed")},
                             QStringLiteral("trendTable"), this);
    m_trendTable->setMaximumHeight(150);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tiles);
    layout->addWidget(m_trend, 1);
    layout->addWidget(m_trendTable);
}

void DashboardTab::present(const ReportBundle& b)
{
    const Dashboard& d = b.dashboard;
    const SalesTotals& t = d.figures;
    const SalesTotals& p = d.previousDay;
    const MemberFigures& m = d.activity;
    const MemberFigures& pm = d.previousActivity;
    const QString c = b.currency;
    const auto topUps = [&](const MemberFigures& f) { return QStringLiteral("%1 / %2").arg(f.topUps).arg(money(f.topUpMinor(), c)); };
    const auto returns = [&](const SalesTotals& s) { return QStringLiteral("%1 / %2").arg(s.returns).arg(money(s.returnsMinor, c)); };
    const QStringList now{money(t.netMinor, c),
                          QString::number(t.sales),
                          money(t.averageBasketMinor(), c),
                          QStringLiteral("%1 (%2)").arg(t.memberSales).arg(percent(t.memberShareBp())),
                          returns(t),
                          QString::number(m.newMembers),
                          topUps(m),
                          QString::number(m.pointsIssued),
                          QString::number(m.pointsRedeemed),
                          money(t.discountMinor, c)};
    const QStringList before{money(p.netMinor, c),  QString::number(p.sales),        money(p.averageBasketMinor(), c),
                             QString::number(p.memberSales), returns(p),            QString::number(pm.newMembers),
                             topUps(pm),             QString::number(pm.pointsIssued), QString::number(pm.pointsRedeemed),
                             money(p.discountMinor, c)};
    // The change against the day before, for the figures where a percentage means something.
    const QList<std::pair<qint64, qint64>> changes{{t.netMinor, p.netMinor},       {t.sales, p.sales},
                                                   {t.averageBasketMinor(), p.averageBasketMinor()},
                                                   {t.memberSales, p.memberSales}, {t.returnsMinor, p.returnsMinor},
                                                   {m.newMembers, pm.newMembers},  {m.topUpMinor(), pm.topUpMinor()},
                                                   {m.pointsIssued, pm.pointsIssued},
                                                   {m.pointsRedeemed, pm.pointsRedeemed},
                                                   {t.discountMinor, p.discountMinor}};
    for (int i = 0; i < m_values.size(); ++i) {
        m_values[i]->setText(now[i]);
        QString line = tr("Day before: %1 (%2)").arg(before[i], change(changes[i].first, changes[i].second));
        if (i == 6)  // top-ups: principal and bonus apart, as the accountant keeps them
            line.prepend(tr("Principal %1, bonus %2").arg(money(m.topUpPrincipalMinor, c), money(m.topUpBonusMinor, c)) + u'\n');
        m_before[i]->setText(line);
    }
    showTrend(b);
}

void DashboardTab::showTrend(const ReportBundle& b)
{
    const Dashboard& d = b.dashboard;
    const QString c = b.currency;
    auto* series = new QLineSeries;
    series->setName(tr("Net sales, 30 days to %1").arg(d.day.toString(Qt::ISODate)));
    // The 30 days before, drawn over the same days (shifted by 30) so the two lines compare.
    auto* previous = new QLineSeries;
    previous->setName(tr("The 30 days before"));
    QPen dashed = previous->pen();
    dashed.setStyle(Qt::DashLine);
    dashed.setColor(Qt::gray);
    dashed.setWidth(2);
    previous->setPen(dashed);
    QList<QStringList> rows;
    qint64 top = 0;
    for (qsizetype i = 0; i < d.trend.size(); ++i) {
        const PeriodSales& day = d.trend[i];
        const double x = double(QDateTime(day.start, QTime(12, 0)).toMSecsSinceEpoch());
        series->append(x, plotYuan(day.totals.netMinor));
        top = std::max(top, day.totals.netMinor);
        const qint64 before = i < d.previousTrend.size() ? d.previousTrend[i].totals.netMinor : 0;
        previous->append(x, plotYuan(before));
        top = std::max(top, before);
        const MemberFigures m = i < d.activityTrend.size() ? d.activityTrend[i].figures : MemberFigures();
        rows.prepend({day.label, QString::number(day.totals.sales), money(day.totals.netMinor, c), money(before, c),
                      QString::number(m.newMembers), QString::number(m.topUps), money(m.topUpPrincipalMinor, c),
                      money(m.topUpBonusMinor, c), QString::number(m.pointsIssued), QString::number(m.pointsRedeemed)});
    }
    QChart* chart = m_trend->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* a : chart->axes())
        chart->removeAxis(a);
    chart->addSeries(series);
    chart->addSeries(previous);
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MM-dd"));
    x->setTickCount(6);
    auto* y = new QValueAxis;
    y->setRange(0, std::max(1.0, plotYuan(top) * 1.1));
    y->setLabelFormat(QStringLiteral("%.0f"));
    // Three whole ticks: the chart is short (the tab does not scroll), and five ticks there
    // leave no room for their labels (Qt Charts elides them to "…").
    y->setTickCount(3);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : {series, previous}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    setRows(m_trendTable, rows);
}

QList<ReportTab::ExportTable> DashboardTab::tables() const
{
    return {{QStringLiteral("dashboard-trend"), tr("Daily trend"), m_trendTable}};
}

QList<QWidget*> DashboardTab::printables() const { return {m_tiles, m_trend, m_trendTable}; }

} // namespace patron::ui
