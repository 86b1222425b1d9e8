#include "reports/LiabilityTab.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QTableWidget>
#include <QValueAxis>

namespace patron::ui {

LiabilityTab::LiabilityTab(QWidget* parent) : ReportTab(parent)
{
    setObjectName(QStringLiteral("liabilityTab"));
    m_chart = makeChartView(QStringLiteral("liabilityChart"), this);
    m_chart->setMinimumHeight(220);  // the tab does not scroll: chart and table fit a 768-pixel screen
    m_table = makeTable(headers(), QStringLiteral("liabilityTable"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_chart, 2);
    layout->addWidget(m_table, 1);
}

void LiabilityTab::present(const ReportBundle& b)
{
    const QString c = b.currency;
    QChart* chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* a : chart->axes())
        chart->removeAxis(a);
    chart->setTitle(tr("Outstanding liability at month ends"));
    auto* principal = new QLineSeries;
    principal->setName(tr("Principal"));
    auto* bonus = new QLineSeries;
    bonus->setName(tr("Bonus"));
    auto* points = new QLineSeries;
    points->setName(tr("Points value"));
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    qint64 top = 100;
    QList<QStringList> rows;
    const bool compare = b.request.compare;
    for (int i = 0; i < b.liability.size(); ++i) {
        const LiabilityPoint& p = b.liability[i];
        principal->append(i, plotYuan(p.principalMinor));
        bonus->append(i, plotYuan(p.bonusMinor));
        points->append(i, plotYuan(p.pointsValueMinor));
        x->append(p.asOf.toString(QStringLiteral("yyyy-MM")), i);
        top = std::max({top, p.principalMinor, p.bonusMinor, p.pointsValueMinor});
        QStringList row{p.asOf.toString(Qt::ISODate), money(p.principalMinor, c), money(p.bonusMinor, c),
                        QString::number(p.points), money(p.pointsValueMinor, c), money(p.totalMinor(), c)};
        if (compare) {
            // Month over month: each month end against the one before it.
            const qint64 before = i > 0 ? b.liability[i - 1].totalMinor() : b.liabilityBefore.value_or(LiabilityPoint()).totalMinor();
            row << money(before, c) << change(p.totalMinor(), before);
        }
        rows << row;
    }
    auto* y = new QValueAxis;
    y->setRange(0, plotYuan(top) * 1.15);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();  // whole ticks (0, 200, 400, …)
    x->setRange(0, std::max<double>(1, double(b.liability.size() - 1)));
    for (QLineSeries* s : {principal, bonus, points})
        chart->addSeries(s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : {principal, bonus, points}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    setHeaders(m_table, headers(), {tr("Previous month end"), tr("Change %")}, compare);
    setRows(m_table, rows);
}

QStringList LiabilityTab::headers()
{
    return {tr("Month end"), tr("Stored value: principal"), tr("Stored value: bonus"), tr("Points"), tr("Points value"), tr("Total")};
}

QList<ReportTab::ExportTable> LiabilityTab::tables() const { return {{QStringLiteral("liability"), tr("Liability by month"), m_table}}; }
QList<QWidget*> LiabilityTab::printables() const { return {m_chart, m_table}; }

} // namespace patron::ui
