#pragma once
// SalesTab: sales over the range (bars by day, or by month for long ranges), by hour of day,
// the weekday × hour heat map, by category (pie, with margin in the table), by cashier and by
// tender, and the comparison with the previous period when asked for: the summary line, a
// second set of bars, and previous and change columns in every table.

#include "reports/ReportTab.h"

class QLabel;

namespace patron::ui {

class HeatMapWidget;

class SalesTab : public ReportTab {
    Q_OBJECT
public:
    explicit SalesTab(QWidget* parent = nullptr);
    ReportKind kind() const override { return ReportKind::Sales; }
    QString title() const override { return tr("Sales"); }
    void present(const ReportBundle& bundle) override;
    QList<ExportTable> tables() const override;
    QList<QWidget*> printables() const override;

private:
    // Each part of the tab, with the previous period's columns or bars when compared.
    void showPeriods(const ReportBundle& bundle);
    void showHours(const ReportBundle& bundle);
    void showCategories(const ReportBundle& bundle);
    void showCashiers(const ReportBundle& bundle);
    void showTenders(const ReportBundle& bundle);
    static QStringList periodHeaders();
    static QStringList categoryHeaders();
    static QStringList cashierHeaders();
    static QStringList tenderHeaders();

    QLabel* m_summary;
    QChartView* m_periodChart;
    QChartView* m_hourChart;
    HeatMapWidget* m_heatMap;
    QChartView* m_categoryChart;
    QTableWidget* m_periodTable;
    QTableWidget* m_categoryTable;
    QTableWidget* m_cashierTable;
    QTableWidget* m_tenderTable;
};

} // namespace patron::ui
