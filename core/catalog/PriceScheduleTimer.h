#pragma once
// PriceScheduleTimer: makes scheduled prices take effect on a running till without anyone
// touching it. It wakes at the next pending change (and at least once a minute, since
// patron-cli or another back-office window may have scheduled one meanwhile) and applies
// what is due. Owned by whatever keeps the store open (the till's main window).

#include <QObject>

class QTimer;

namespace patron {

class Clock;
class PriceSchedule;

class PriceScheduleTimer : public QObject {
    Q_OBJECT
public:
    PriceScheduleTimer(PriceSchedule& schedule, const Clock& clock, QObject* parent = nullptr);

    // Applies what is due now and arms the timer for the next change.
    void check();
    // How long the timer waits now (ms), for tests.
    int interval() const;

    static constexpr int kMaxWaitMs = 60 * 1000;

signals:
    void applied(int count);            // prices changed: views showing prices refresh
    void failed(const QString& message);  // the store could not be written; retried next wake-up

private:
    PriceSchedule& m_schedule;
    const Clock& m_clock;
    QTimer* m_timer;
};

} // namespace patron
