#pragma once
// The clock-drift part of the till's status bar: hidden while this PC's clock agrees with head
// office's, a coloured warning ("Clock 3 h 12 min ahead of head office") while the last measured
// drift is beyond head office's threshold (hq.config drift_warn_ms). A clock hours ahead would
// win every concurrent member-profile edit, so the warning stays until the clock is corrected.
// warningStarted() fires once each time the drift goes beyond the threshold, not at every sync,
// so the window can tell the cashier once.

#include <QLabel>

namespace patron {
class SyncStatusBoard;
struct SyncStatus;
}

namespace patron::ui {

class ClockDriftIndicator : public QLabel {
    Q_OBJECT
public:
    explicit ClockDriftIndicator(SyncStatusBoard& board, QWidget* parent = nullptr);
    void display(const SyncStatus& status);
    bool warning() const { return m_warning; }

    // "3 h 12 min", "5 min", "40 s", "2 d 4 h": the size of a drift, for people.
    static QString describeDuration(qint64 ms);
    // "Clock 3 h 12 min ahead of head office" (driftMs > 0) or "… behind head office".
    static QString describeDrift(qint64 driftMs);

signals:
    void warningStarted(const QString& text);

private:
    SyncStatusBoard& m_board;
    bool m_warning = false;
};

} // namespace patron::ui
