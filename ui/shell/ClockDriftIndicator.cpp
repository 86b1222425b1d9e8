#include "shell/ClockDriftIndicator.h"

#include "sync/SyncStatusBoard.h"

namespace patron::ui {

ClockDriftIndicator::ClockDriftIndicator(SyncStatusBoard& board, QWidget* parent) : QLabel(parent), m_board(board)
{
    setObjectName(QStringLiteral("statusClock"));
    // Amber, not the error red: the till still sells; somebody must fix the PC's clock.
    setStyleSheet(QStringLiteral("QLabel { background: #ffe0b2; color: #bf360c; font-weight: bold; padding: 0 4px; }"));
    setToolTip(tr("This PC's clock differs from head office's by more than head office allows. Member changes "
                  "made here are ordered by this clock, and head office has recorded the difference: ask a "
                  "manager to correct the PC's date and time."));
    hide();
    // Published from the sync thread: queued to this (UI) thread by the connection type.
    connect(&m_board, &SyncStatusBoard::statusChanged, this, [this] { display(m_board.status()); });
    display(m_board.status());
}

void ClockDriftIndicator::display(const SyncStatus& s)
{
    const bool warn = s.configured && s.driftWarning && s.driftMs.has_value();
    if (warn)
        setText(describeDrift(*s.driftMs));
    setVisible(warn);
    const bool started = warn && !m_warning;
    m_warning = warn;
    if (started)
        emit warningStarted(text());
}

QString ClockDriftIndicator::describeDuration(qint64 ms)
{
    const qint64 secs = (ms < 0 ? -ms : ms) / 1000;
    const qint64 days = secs / 86400;
    const qint64 hours = secs % 86400 / 3600;
    const qint64 mins = secs % 3600 / 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(mins);
    if (mins > 0)
        return tr("%1 min").arg(mins);
    return tr("%1 s").arg(secs);
}

QString ClockDriftIndicator::describeDrift(qint64 driftMs)
{
    // The drift is this till's clock minus head office's: positive means this clock is ahead.
    return driftMs > 0 ? tr("Clock %1 ahead of head office").arg(describeDuration(driftMs))
                       : tr("Clock %1 behind head office").arg(describeDuration(driftMs));
}

} // namespace patron::ui
