#include "shell/SyncIndicator.h"

#include "sync/SyncStatusBoard.h"

#include <QDateTime>

namespace patron::ui {

SyncIndicator::SyncIndicator(SyncStatusBoard& board, QWidget* parent) : QLabel(parent), m_board(board)
{
    setObjectName(QStringLiteral("statusSync"));
    // Published from the sync thread: queued to this (UI) thread by the connection type.
    connect(&m_board, &SyncStatusBoard::statusChanged, this, [this] { display(m_board.status()); });
    display(m_board.status());
}

void SyncIndicator::display(const SyncStatus& s)
{
    const QString waiting = tr("%n event(s) waiting", nullptr, int(s.pendingEvents));
    if (!s.configured) {
        setText(tr("Standalone · %1").arg(waiting));
        setToolTip(tr("This till is not joined to a head office; everything is kept in this store."));
        return;
    }
    const QDateTime last = QDateTime::fromString(s.lastSuccessAt, Qt::ISODate).toLocalTime();
    const QString lastText = last.isValid() ? tr("last sync %1").arg(last.toString(QStringLiteral("MM-dd HH:mm")))
                                            : tr("never synced");
    QString text = QStringLiteral("%1 · %2 · %3").arg(s.online ? tr("Online") : tr("Offline"), waiting, lastText);
    // Events still waiting would reach head office only after the next start-up.
    if (s.pendingEvents == 0)
        text += tr(" · safe to shut down");
    setText(text);
    QStringList tip;
    if (!s.lastError.isEmpty())
        tip << tr("Last error: %1").arg(s.lastError);
    if (s.driftMs)
        tip << (s.driftWarning ? tr("Clock drift %1 ms: beyond the limit, correct this PC's clock.")
                               : tr("Clock drift %1 ms"))
                   .arg(*s.driftMs);
    if (s.inboxPending > 0)
        tip << tr("%1 pulled change(s) waiting to be applied").arg(s.inboxPending);
    setToolTip(tip.join(u'\n'));
    setProperty("role", s.online || s.pendingEvents == 0 ? QString() : QStringLiteral("error"));
}

} // namespace patron::ui
