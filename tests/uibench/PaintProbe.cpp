#include "PaintProbe.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QPaintEvent>

namespace patron::uibench {

PaintProbe::PaintProbe(QAbstractItemView* view) : QObject(view), m_view(view)
{
    view->viewport()->installEventFilter(this);
}

void PaintProbe::expectRow(int row, std::function<void()> painted)
{
    m_row = row;
    m_painted = std::move(painted);
}

bool PaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (m_inside || m_row < 0 || event->type() != QEvent::Paint || watched != m_view->viewport())
        return false;
    if (m_view->model()->rowCount() <= m_row)
        return false;
    const QRect cell = m_view->visualRect(m_view->model()->index(m_row, 0));
    const QRect row(0, cell.top(), m_view->viewport()->width(), cell.height());
    if (!static_cast<QPaintEvent*>(event)->region().intersects(row))
        return false;
    // Installed last, this filter runs before the scroll area's own, which paints the view.
    // Sending the event on from here paints it now (this filter steps aside while it does).
    m_inside = true;
    QCoreApplication::sendEvent(watched, event);
    m_inside = false;
    m_row = -1;
    auto painted = std::move(m_painted);
    painted();
    return true;
}

} // namespace patron::uibench
