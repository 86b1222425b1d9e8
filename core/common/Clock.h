#pragma once
// The seam for time: everything with dates (tiers, expiry, birthdays, shifts, backoff) asks a
// Clock, so tests can move time instead of waiting for it.

#include <QDateTime>

#include <memory>

namespace patron {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;  // local time with offset
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override;
};

// A clock that stands still until told to move. For tests and simulations.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start);
    QDateTime now() const override { return m_now; }
    void set(QDateTime t) { m_now = std::move(t); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }
    void advanceDays(qint64 d) { m_now = m_now.addDays(d); }

private:
    QDateTime m_now;
};

std::shared_ptr<Clock> systemClock();

// Makes local-time conversions cheap for the whole process: call first thing in main, before
// any thread starts. Sets TZ to the system zone's file when TZ is unset (see Clock.cpp).
void pinLocalTimeZone();

// ISO 8601 with offset, e.g. 2026-11-22T15:44:13+08:00, the form every output uses.
QString isoWithOffset(const QDateTime& t);

} // namespace patron
