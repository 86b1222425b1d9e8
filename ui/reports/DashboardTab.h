#pragma once
// DashboardTab: the day's KPI tiles (net sales, transactions, average basket, members served,
// new members, top-ups with principal and bonus, points issued and redeemed, returns,
// discounts), each beside the day before; the 30-day trend as a line chart with the 30 days
// before it as a dashed second line; and the trend's table with the members' figures per day.

#include "reports/ReportTab.h"

class QLabel;

namespace patron::ui {

class DashboardTab : public ReportTab {
    Q_OBJECT
public:
    explicit DashboardTab(QWidget* parent = nullptr);
    ReportKind kind() const override { return ReportKind::Dashboard; }
    QString title() const override { return tr("Dashboard"); }
    void present(const ReportBundle& bundle) override;
    QList<ExportTable> tables() const override;
    QList<QWidget*> printables() const override;

private:
    void showTrend(const ReportBundle& bundle);

    QWidget* m_tiles;
    QList<QLabel*> m_values;
    QList<QLabel*> m_before;
    QChartView* m_trend;
    QTableWidget* m_trendTable;
};

} // namespace patron::ui
