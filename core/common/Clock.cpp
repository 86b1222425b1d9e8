#include "common/Clock.h"

namespace patron {

QDateTime SystemClock::now() const { return QDateTime::currentDateTime(); }

ManualClock::ManualClock(QDateTime start) : m_now(std::move(start)) {}

std::shared_ptr<Clock> systemClock()
{
    static const auto clock = std::make_shared<SystemClock>();
    return clock;
}

QString isoWithOffset(const QDateTime& t)
{
    // Qt::ISODate drops the offset for local time; convert to an explicit offset first.
    return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate);
}

} // namespace patron
