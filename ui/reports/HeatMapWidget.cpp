#include "reports/HeatMapWidget.h"

#include <QLocale>
#include <QPainter>

namespace patron::ui {

HeatMapWidget::HeatMapWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("heatMap"));
    setMinimumHeight(200);
}

void HeatMapWidget::setMap(const SalesHeatMap& map)
{
    m_map = map;
    update();
}

void HeatMapWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const int left = 60, top = 20, bottom = 20;
    const double cw = double(width() - left - 10) / 24.0;
    const double ch = double(height() - top - bottom) / 7.0;
    const qint64 max = m_map.maxNetMinor();
    p.setPen(palette().text().color());
    for (int h = 0; h < 24; h += 2)
        p.drawText(QRectF(left + h * cw, 0, cw * 2, top), Qt::AlignCenter, QString::number(h));
    const QLocale locale;
    for (int d = 0; d < 7; ++d) {
        p.setPen(palette().text().color());
        p.drawText(QRectF(0, top + d * ch, left - 6, ch), Qt::AlignRight | Qt::AlignVCenter,
                   locale.dayName(d + 1, QLocale::ShortFormat));
        for (int h = 0; h < 24; ++h) {
            const qint64 v = m_map.netMinor[d][h];
            // Share of the busiest cell in 1..100, integer arithmetic: pale for a little, deep
            // orange-red for the busiest hour.
            const int level = max > 0 && v > 0 ? int(std::max<qint64>(1, v * 100 / max)) : 0;
            const QColor c = level ? QColor(255 - level * 55 / 100, 235 - level * 175 / 100, 200 - level * 180 / 100)
                                   : palette().alternateBase().color();
            p.fillRect(QRectF(left + h * cw + 1, top + d * ch + 1, cw - 2, ch - 2), c);
        }
    }
}

} // namespace patron::ui
