#pragma once
// A keyboard-wedge scanner: posts a code's keys to a widget one every `gapMs` (a precise timer),
// then Enter. The scan classifier reads the burst's own clock (clockMs), which advances exactly
// gapMs a key, so a busy machine cannot turn a scan into typing; the keys still arrive through
// the event queue at the scanner's pace.

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

class QWidget;

namespace patron::uibench {

class KeyBurst : public QObject {
public:
    KeyBurst(QWidget* target, int gapMs);
    // Starts sending; `enterPosted` gets the moment Enter was posted.
    void send(const QString& code, std::function<void(std::chrono::steady_clock::time_point)> enterPosted);
    qint64 clockMs() const { return m_clockMs; }

private:
    void tick();

    QWidget* m_target;
    QTimer m_timer;
    QString m_code;
    int m_next = 0;
    qint64 m_clockMs = 0;
    int m_gapMs;
    std::function<void(std::chrono::steady_clock::time_point)> m_enterPosted;
};

} // namespace patron::uibench
