#pragma once
// MembersTab: member growth by month (line), the tier distribution (pie, with each tier's share
// of spend in the table), the repeat rate, and the RFM pyramid as horizontal bars of the eight
// segments; clicking a segment asks for its members, shown in the drill-down table. Below, the
// birthdays of the coming 30 days and the members away for 90 days, for the shop's calls.

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
    QList<ExportTable> tables() const override;
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
    QLabel* m_birthdayTitle;
    QTableWidget* m_birthdays;
    QLabel* m_dormantTitle;
    QTableWidget* m_dormant;
};

} // namespace patron::ui
