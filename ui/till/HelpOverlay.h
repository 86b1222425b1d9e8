#pragma once
// F1 (or whichever key the store gave it): the function keys over the checkout screen, for a new
// cashier. Any key or tap closes it. The rows come from the store's key map, so they name the
// keys that really work.

#include <QFrame>

class QGridLayout;

namespace patron::ui {

struct KeyHelp {
    QString key;
    QString action;
};

class HelpOverlay : public QFrame {
    Q_OBJECT
public:
    HelpOverlay(const QList<KeyHelp>& keys, QWidget* parent);
    // Replaces the rows (the key map changed).
    void setKeys(const QList<KeyHelp>& keys);
    void toggle();

protected:
    void mousePressEvent(class QMouseEvent* event) override;
    void keyPressEvent(class QKeyEvent* event) override;

private:
    QGridLayout* m_grid;
    QList<QWidget*> m_rows;
};

} // namespace patron::ui
