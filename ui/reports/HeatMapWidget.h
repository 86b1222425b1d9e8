#pragma once
// HeatMapWidget: the weekday × hour heat map of net sales, drawn as a grid of cells shaded by
// their share of the busiest cell (Qt Charts has no heat map).

#include "reports/SalesReports.h"

#include <QWidget>

namespace patron::ui {

class HeatMapWidget : public QWidget {
    Q_OBJECT
public:
    explicit HeatMapWidget(QWidget* parent = nullptr);
    void setMap(const SalesHeatMap& map);
    QSize sizeHint() const override { return {720, 240}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    SalesHeatMap m_map;
};

} // namespace patron::ui
