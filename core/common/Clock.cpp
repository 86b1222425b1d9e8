#include "common/Clock.h"

#include <QFileInfo>

#include <ctime>

namespace patron {

QDateTime SystemClock::now() const { return QDateTime::currentDateTime(); }

ManualClock::ManualClock(QDateTime start) : m_now(std::move(start)) {}

std::shared_ptr<Clock> systemClock()
{
    static const auto clock = std::make_shared<SystemClock>();
    return clock;
}

void pinLocalTimeZone()
{
#if defined(Q_OS_UNIX)
    // With TZ unset, glibc reloads the zone on every local-time conversion (each QDateTime local
    // to UTC step calls mktime: a stat of /etc/localtime each time, ~3 % of a checkout's CPU).
    // With TZ naming a file, it keeps the zone while TZ stays the same string. The same zone
    // either way; the price is that a change of the system's zone needs a restart.
    static const char kSystemZone[] = "/etc/localtime";
    if (qEnvironmentVariableIsSet("TZ") || !QFileInfo::exists(QString::fromLatin1(kSystemZone)))
        return;
    qputenv("TZ", QByteArray(":") + kSystemZone);
    tzset();
#endif
}

QString isoWithOffset(const QDateTime& t)
{
    // Qt::ISODate drops the offset for local time; convert to an explicit offset first.
    return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate);
}

} // namespace patron
