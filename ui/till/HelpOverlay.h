#pragma once
// F1: the function keys over the checkout screen, for a new cashier. Any key or tap closes it.

#include <QFrame>

namespace patron::ui {

struct KeyHelp {
    QString key;
    QString action;
};

class HelpOverlay : public QFrame {
    Q_OBJECT
public:
    HelpOverlay(const QList<KeyHelp>& keys, QWidget* parent);
    void toggle();

protected:
    void mousePressEvent(class QMouseEvent* event) override;
    void keyPressEvent(class QKeyEvent* event) override;
};

} // namespace patron::ui
