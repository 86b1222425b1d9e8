#pragma once
// MembersTab: member growth by month (line), the tier distribution (pie, with each tier's share
// of spend in the table), the repeat rate, and the RFM pyramid as horizontal bars of the eight
// segments; clicking a segment asks for its members, shown in the drill-down table.

#include "reports/ReportTab.h"

class QLabel;

namespace patron::ui {

class MembersTab : public ReportTab {
    Q_OBJECT
public:
    explicit MembersTab(QWidget* parent = nullptr);
    ReportKind kind() const override { return ReportKind::Members; }
    QString title() const override { return tr("Members"); }
    void present(const ReportBundle& bundle) override;
    QList<std::pair<QString, QTableWidget*>> tables() const override;
    QList<QWidget*> printables() const override;

signals:
    // The user clicked a segment of the pyramid.
    void segmentRequested(patron::RfmSegment segment);

private:
    QLabel* m_repeat;
    QChartView* m_growth;
    QChartView* m_tiers;
    QChartView* m_rfm;
    QTableWidget* m_tierTable;
    QLabel* m_drillTitle;
    QTableWidget* m_drill;
};

} // namespace patron::ui
