#pragma once
// LiabilityTab: what the shop owes its members at each month end (stored value principal and
// bonus, points at their cash value), as lines and as a table for the accountant; compared with
// the previous period, each month end's total beside the month end before it.

#include "reports/ReportTab.h"

namespace patron::ui {

class LiabilityTab : public ReportTab {
    Q_OBJECT
public:
    explicit LiabilityTab(QWidget* parent = nullptr);
    ReportKind kind() const override { return ReportKind::Liability; }
    QString title() const override { return tr("Liability"); }
    void present(const ReportBundle& bundle) override;
    QList<ExportTable> tables() const override;
    QList<QWidget*> printables() const override;

private:
    static QStringList headers();
    QChartView* m_chart;
    QTableWidget* m_table;
};

} // namespace patron::ui
