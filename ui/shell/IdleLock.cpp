#include "shell/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace patron::ui {

IdleLock::IdleLock(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_armed)
            emit idle();
    });
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleLock::setTimeoutSecs(int secs)
{
    m_timer.setInterval(secs * 1000);
    if (secs <= 0)
        m_timer.stop();
}

void IdleLock::arm()
{
    m_armed = true;
    if (m_timer.interval() > 0)
        m_timer.start();
}

void IdleLock::disarm()
{
    m_armed = false;
    m_timer.stop();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        if (m_armed && m_timer.interval() > 0)
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace patron::ui
