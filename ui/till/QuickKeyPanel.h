#pragma once
// QuickKeyPanel: the checkout's grid of large keys for goods without a barcode (无码商品), each
// with the product's name and price, laid out by the positions the manager chose. A key only
// says which product was pressed; the checkout adds it (asking the price of open-price goods).

#include "catalog/QuickKeys.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace patron::ui {

class QuickKeyPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kColumns = 5;

    explicit QuickKeyPanel(QWidget* parent = nullptr);

    void setKeys(const QList<QuickKey>& keys);
    const QList<QuickKey>& keys() const { return m_keys; }
    // The key's button by position; nullptr when that key is empty.
    QPushButton* button(int position) const;

signals:
    void keyPressed(const patron::QuickKey& key);
    void arrangeRequested();

private:
    QGridLayout* m_grid;
    QLabel* m_empty;
    QList<QuickKey> m_keys;
    QList<QPushButton*> m_buttons;
};

} // namespace patron::ui
