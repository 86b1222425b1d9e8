#pragma once
// The customer-facing screen (双屏): a frameless window on the second monitor showing the cart
// lines and the total as the cashier scans.

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QScreen;

namespace patron::ui {

class CustomerDisplay : public QWidget {
    Q_OBJECT
public:
    CustomerDisplay(QAbstractItemModel* cartModel, QWidget* parent = nullptr);
    void showOn(QScreen* screen);
    void setTotal(const QString& total, const QString& greeting);

private:
    QLabel* m_total;
    QLabel* m_greeting;
};

} // namespace patron::ui
