#include "shell/SyncIndicator.h"

#include "common/Clock.h"
#include "shell/ClockDriftIndicator.h"
#include "sync/SyncStatusBoard.h"

#include <QDateTime>
#include <QStyle>

namespace patron::ui {

SyncIndicator::SyncIndicator(SyncStatusBoard& board, const Clock& clock, QWidget* parent)
    : QLabel(parent), m_board(board), m_clock(clock)
{
    setObjectName(QStringLiteral("statusSync"));
    // Published from the sync thread: queued to this (UI) thread by the connection type.
    connect(&m_board, &SyncStatusBoard::statusChanged, this, [this] { display(m_board.status()); });
    display(m_board.status());
}

void SyncIndicator::display(const SyncStatus& s)
{
    if (!s.configured) {
        setText(tr("Standalone · %1").arg(tr("%n event(s) waiting", nullptr, int(s.pendingEvents))));
        setToolTip(tr("This till is not joined to a head office; everything is kept in this store."));
        setRole(QString());
        return;
    }
    const QDateTime last = QDateTime::fromString(s.lastSuccessAt, Qt::ISODate).toLocalTime();
    // The time alone within the last day: the status bar must keep room for a clock warning at
    // 1024 pixels. The tooltip has the date.
    const bool recent = last.isValid() && qAbs(last.secsTo(m_clock.now())) < 20 * 3600;
    const QString lastText = !last.isValid() ? tr("never synced")
                                             : tr("last sync %1").arg(last.toString(recent ? QStringLiteral("HH:mm")
                                                                                           : QStringLiteral("MM-dd HH:mm")));
    const int pending = int(s.pendingEvents);
    // What shutting down now would mean: with nothing waiting, head office has everything.
    const QString waiting = pending == 0 ? tr("safe to shut down")
                            : s.syncing  ? tr("sending %n event(s)…", nullptr, pending)
                                         : tr("%n event(s) not yet sent", nullptr, pending);
    setText(QStringLiteral("%1 · %2 · %3").arg(s.online ? tr("Online") : tr("Offline"), lastText, waiting));
    QStringList tip;
    if (last.isValid())
        tip << tr("Last successful sync: %1").arg(last.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (pending > 0)
        tip << tr("The events are kept safely on this till: shutting down loses nothing, they are sent after "
                  "the next start. Until then head office does not know about them.");
    if (!s.lastError.isEmpty())
        tip << tr("Last error: %1").arg(s.lastError);
    if (s.driftMs)
        tip << (s.driftWarning ? tr("%1: beyond the limit, correct this PC's clock.")
                               : tr("%1: within the limit."))
                   .arg(ClockDriftIndicator::describeDrift(*s.driftMs));
    if (s.inboxPending > 0)
        tip << tr("%1 pulled change(s) waiting to be applied").arg(s.inboxPending);
    setToolTip(tip.join(u'\n'));
    setRole(s.online || pending == 0 ? QString() : QStringLiteral("error"));
}

void SyncIndicator::setRole(const QString& role)
{
    if (property("role").toString() == role)
        return;
    setProperty("role", role);
    // A dynamic property does not restyle by itself.
    style()->unpolish(this);
    style()->polish(this);
}

} // namespace patron::ui
