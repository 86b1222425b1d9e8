#pragma once
// DashboardTab: the day's KPI tiles (net sales, transactions, average basket, members served,
// returns, discounts, each against the day before) and the 30-day trend as a line chart.

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
    QList<std::pair<QString, QTableWidget*>> tables() const override;
    QList<QWidget*> printables() const override;

private:
    QWidget* m_tiles;
    QList<QLabel*> m_values;
    QList<QLabel*> m_before;
    QChartView* m_trend;
    QTableWidget* m_trendTable;
};

} // namespace patron::ui
