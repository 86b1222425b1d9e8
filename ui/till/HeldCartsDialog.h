#pragma once
// Held carts (取单, Shift+F6): a list to pick one to resume.

#include "sales/Cart.h"

#include <QDialog>

class QListWidget;

namespace patron::ui {

class HeldCartsDialog : public QDialog {
    Q_OBJECT
public:
    HeldCartsDialog(const QList<Cart>& held, QWidget* parent = nullptr);
    void resumeRow(int row);

signals:
    void resumeRequested(const patron::Uuid& cart);

private:
    QList<Cart> m_held;
    QListWidget* m_list;
};

} // namespace patron::ui
