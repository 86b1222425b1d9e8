#pragma once
// Locks the till after a period without keyboard, mouse or touch input, so a signed-in till
// left alone at the counter does not stay open for anyone.

#include <QObject>
#include <QTimer>

namespace patron::ui {

class IdleLock : public QObject {
    Q_OBJECT
public:
    explicit IdleLock(QObject* parent = nullptr);
    void setTimeoutSecs(int secs);  // 0 = never
    void arm();
    void disarm();

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    bool m_armed = false;
};

} // namespace patron::ui
