#pragma once
// CategoryTreeView: the categories page's tree, where a manager drags a category (with its
// branch) onto another to file it there, or between two to put it beside them. The view never
// moves its own items: it asks, and the page moves the category through the core (audited,
// cycles refused) and redraws the tree from the store.

#include <QTreeWidget>

namespace patron::ui {

class CategoryTreeView : public QTreeWidget {
    Q_OBJECT
public:
    static constexpr int kIdRole = Qt::UserRole;
    static constexpr int kPathRole = Qt::UserRole + 1;

    explicit CategoryTreeView(QWidget* parent = nullptr);

    // Turns dragging on or off (off while head office owns the catalog).
    void setMovable(bool movable);

    // The category a drop at `pos` (viewport coordinates) files the dragged one under: the item
    // dropped on, the parent of the items dropped between, or 0 for the top level.
    qint64 parentForDropAt(const QPoint& pos) const;

    // What a drop of the current item at `pos` does: asks to move it, unless it is already there.
    // dropEvent calls it for drags that started in this view.
    void dropCurrentAt(const QPoint& pos);

signals:
    void moveRequested(qint64 categoryId, qint64 newParentId);

protected:
    void dropEvent(QDropEvent* event) override;
};

} // namespace patron::ui
