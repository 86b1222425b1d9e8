#include "backoffice/CategoryTreeView.h"

#include <QDropEvent>

namespace patron::ui {

CategoryTreeView::CategoryTreeView(QWidget* parent)
    : QTreeWidget(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
}

void CategoryTreeView::setMovable(bool movable)
{
    setDragEnabled(movable);
    setAcceptDrops(movable);
    viewport()->setAcceptDrops(movable);
}

qint64 CategoryTreeView::parentForDropAt(const QPoint& pos) const
{
    const QTreeWidgetItem* target = itemAt(pos);
    if (!target)
        return 0;  // below the last item: the top level
    // The same bands Qt draws its drop indicator with: the top and bottom edges of a row mean
    // "beside it", the middle "into it".
    const QRect rect = visualItemRect(target);
    const int margin = qBound(2, qRound(qreal(rect.height()) / 5.5), 12);
    const bool between = pos.y() - rect.top() < margin || rect.bottom() - pos.y() < margin;
    if (!between)
        return target->data(0, kIdRole).toLongLong();
    const QTreeWidgetItem* parent = target->parent();
    return parent ? parent->data(0, kIdRole).toLongLong() : 0;
}

void CategoryTreeView::dropEvent(QDropEvent* event)
{
    // The drop is always refused to Qt (it would move the item itself, out of step with the
    // store); the page redraws the tree after the core has moved the category.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    if (event->source() == this)
        dropCurrentAt(event->position().toPoint());
}

void CategoryTreeView::dropCurrentAt(const QPoint& pos)
{
    const QTreeWidgetItem* dragged = currentItem();
    if (!dragged)
        return;
    const qint64 newParent = parentForDropAt(pos);
    const QTreeWidgetItem* oldParent = dragged->parent();
    if (newParent == (oldParent ? oldParent->data(0, kIdRole).toLongLong() : 0))
        return;  // dropped where it already is (the tree keeps no order of its own)
    emit moveRequested(dragged->data(0, kIdRole).toLongLong(), newParent);
}

} // namespace patron::ui
