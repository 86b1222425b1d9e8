#pragma once
// The sync part of the till's status bar: standalone, or online/offline, the last good sync, and
// either "safe to shut down" (head office has every event) or the events not yet sent ("sending"
// while a cycle pushes them). The details (last error, clock drift) are in the tooltip; a drift
// beyond the limit also has its own warning (ClockDriftIndicator).

#include <QLabel>

namespace patron {
class Clock;
class SyncStatusBoard;
struct SyncStatus;
}

namespace patron::ui {

class SyncIndicator : public QLabel {
    Q_OBJECT
public:
    // The clock decides whether the last sync was recent enough to show its time alone.
    SyncIndicator(SyncStatusBoard& board, const Clock& clock, QWidget* parent = nullptr);
    void display(const SyncStatus& status);

private:
    void setRole(const QString& role);
    SyncStatusBoard& m_board;
    const Clock& m_clock;
};

} // namespace patron::ui
