#include "KeyBurst.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QWidget>

namespace patron::uibench {

KeyBurst::KeyBurst(QWidget* target, int gapMs) : m_target(target), m_gapMs(gapMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(gapMs);
    connect(&m_timer, &QTimer::timeout, this, &KeyBurst::tick);
}

void KeyBurst::send(const QString& code, std::function<void(std::chrono::steady_clock::time_point)> enterPosted)
{
    m_code = code;
    m_next = 0;
    m_enterPosted = std::move(enterPosted);
    m_timer.start();
}

void KeyBurst::tick()
{
    m_clockMs += m_gapMs;
    if (m_next < m_code.size()) {
        const QChar c = m_code.at(m_next++);
        const int key = c.isDigit() ? Qt::Key_0 + c.digitValue() : c.toUpper().unicode();
        QCoreApplication::postEvent(m_target, new QKeyEvent(QEvent::KeyPress, key, Qt::NoModifier, QString(c)));
        QCoreApplication::postEvent(m_target, new QKeyEvent(QEvent::KeyRelease, key, Qt::NoModifier, QString(c)));
        return;
    }
    m_timer.stop();
    const auto at = std::chrono::steady_clock::now();
    QCoreApplication::postEvent(m_target, new QKeyEvent(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r")));
    QCoreApplication::postEvent(m_target, new QKeyEvent(QEvent::KeyRelease, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r")));
    m_enterPosted(at);
}

} // namespace patron::uibench
