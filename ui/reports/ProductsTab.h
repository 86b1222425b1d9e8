#pragma once
// ProductsTab: the top and bottom N sellers by net sales (N from the page's spin box), with the
// same products' net sales over the months before when compared. The product summary is kept
// per month, so the tab says which whole months it ranked.

#include "reports/ReportTab.h"

class QLabel;

namespace patron::ui {

class ProductsTab : public ReportTab {
    Q_OBJECT
public:
    explicit ProductsTab(QWidget* parent = nullptr);
    ReportKind kind() const override { return ReportKind::Products; }
    QString title() const override { return tr("Products"); }
    void present(const ReportBundle& bundle) override;
    QList<ExportTable> tables() const override;
    QList<QWidget*> printables() const override;

private:
    QLabel* m_months;
    QLabel* m_topTitle;
    QLabel* m_bottomTitle;
    QTableWidget* m_top;
    QTableWidget* m_bottom;
};

} // namespace patron::ui
