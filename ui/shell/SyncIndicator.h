#pragma once
// The sync part of the till's status bar: standalone, or online/offline with the events still
// waiting for head office, the last good sync and whether the PC may be shut down without
// leaving anything behind. The details (last error, clock drift) are in the tooltip.

#include <QLabel>

namespace patron {
class SyncStatusBoard;
struct SyncStatus;
}

namespace patron::ui {

class SyncIndicator : public QLabel {
    Q_OBJECT
public:
    SyncIndicator(SyncStatusBoard& board, QWidget* parent = nullptr);
    void display(const SyncStatus& status);

private:
    SyncStatusBoard& m_board;
};

} // namespace patron::ui
