#pragma once
// A touch PIN pad: large digit buttons that type into a line edit, plus clear, backspace and OK.
// Keyboard input still works in the line edit; the pad is for touch screens.

#include <QWidget>

class QLineEdit;

namespace patron::ui {

class PinPad : public QWidget {
    Q_OBJECT
public:
    PinPad(QLineEdit* target, QWidget* parent = nullptr);

signals:
    void accepted();

private:
    void press(const QString& key);
    QLineEdit* m_target;
};

} // namespace patron::ui
