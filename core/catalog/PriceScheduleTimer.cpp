#include "catalog/PriceScheduleTimer.h"

#include "catalog/PriceSchedule.h"
#include "common/Clock.h"
#include "store/Database.h"

#include <QTimer>

#include <algorithm>

namespace patron {

PriceScheduleTimer::PriceScheduleTimer(PriceSchedule& schedule, const Clock& clock, QObject* parent)
    : QObject(parent), m_schedule(schedule), m_clock(clock), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &PriceScheduleTimer::check);
}

void PriceScheduleTimer::check()
{
    auto done = m_schedule.applyDue();
    if (!done)
        emit failed(done.message());
    else if (*done > 0)
        emit applied(*done);
    qint64 wait = kMaxWaitMs;
    try {
        if (auto next = m_schedule.nextDue())
            wait = std::clamp<qint64>(m_clock.now().msecsTo(*next), 0, kMaxWaitMs);
    } catch (const StoreException& e) {
        emit failed(e.error().message);
    }
    m_timer->start(int(wait));
}

int PriceScheduleTimer::interval() const { return m_timer->interval(); }

} // namespace patron
